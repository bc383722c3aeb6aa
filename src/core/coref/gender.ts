// A person's gender, decided once for the whole engine (the coreference stage asks, claims read its
// answer): an honorific written before a name ("Mr.", "Mrs."), else a first name of one gender only or a
// Slavic surname (-ov/-ova).
import type { Cluster } from '../actors/cluster';
import { firstTokenAtOrAfter, type DocContext } from '../text/document';

export type Gender = 'm' | 'f';

const MALE_TITLES = /^(mr|sir|lord)\.?$/i;
const FEMALE_TITLES = /^(mrs|ms|miss|lady|dame|madam)\.?$/i;
// Slavic surnames say the gender their first names often hide from English name lists ("Valery Gerasimov")
const MALE_SURNAME = /\p{L}{2}(ov|ev|yov|sky|skiy)$/u;
const FEMALE_SURNAME = /\p{L}{2}(ova|eva|yova|skaya)$/u;

/** From the titles written before the name ("Mr. Reed"), the last one read deciding. */
function byTitle(titles: Iterable<string>): Gender | undefined {
  let g: Gender | undefined;
  for (const t of titles) {
    if (MALE_TITLES.test(t)) g = 'm';
    else if (FEMALE_TITLES.test(t)) g = 'f';
  }
  return g;
}

/** From the first name of a mention (compromise's name lists) or the honorific just before it. */
function byName(ctx: DocContext, c: Cluster): Gender | undefined {
  const toks = ctx.tokens;
  // the first mentions carry the full name (a long article repeats the surname alone)
  for (const m of c.mentions.slice(0, 8)) {
    const first = firstTokenAtOrAfter(toks, m.start);
    let g: Gender | undefined;
    // the first word only: "Sandra Okonjo-Reid" is not a man for "Reid"
    const tags = toks[first]?.start < m.end ? toks[first].tags : undefined;
    if (tags?.has('FirstName') && tags.has('FemaleName') && !tags.has('MaleName')) g = 'f';
    if (tags?.has('FirstName') && tags.has('MaleName') && !tags.has('FemaleName')) g = 'm';
    const last = m.text.split(/\s+/).pop() ?? '';
    if (m.text.includes(' ') && MALE_SURNAME.test(last)) g = 'm';
    if (m.text.includes(' ') && FEMALE_SURNAME.test(last)) g = 'f';
    const before = toks[first - 1];
    if (before && MALE_TITLES.test(before.normal)) g = 'm';
    if (before && FEMALE_TITLES.test(before.normal)) g = 'f';
    if (g) return g;
  }
  return undefined;
}

/** A person's gender, or undefined when nothing tells (no gender for organizations and places). */
export function genderOf(ctx: DocContext, c: Cluster): Gender | undefined {
  if (c.type !== 'person') return undefined;
  return byTitle(c.titles) ?? byName(ctx, c);
}
