// What the tagger knows before reading: world-countries (countries, capitals, demonyms, regions) and
// compromise's static lexicon (word -> tags such as MaleName, City, Organization), no tagging run.
import nlp from 'compromise';
import countries from 'world-countries';

/** Lower-case name -> kind: 'country', 'capital', 'demonym' or 'region'. */
let places: Map<string, string> | undefined;
/** First words of the names of two words or more, with the most words of a name starting with each. */
const starts = new Map<string, number>();

function gazetteer(): Map<string, string> {
  if (places) return places;
  const m = new Map<string, string>();
  const add = (name: string | undefined, kind: string): void => {
    if (!name) return;
    const key = name.toLowerCase();
    if (!m.has(key)) m.set(key, kind);
    const parts = key.split(' ');
    if (parts.length > 1) starts.set(parts[0], Math.max(starts.get(parts[0]) ?? 0, parts.length));
  };
  for (const c of countries) {
    add(c.name.common, 'country');
    add(c.name.official, 'country');
    for (const a of c.altSpellings) if (a.length > 2) add(a, 'country');
    for (const cap of c.capital ?? []) add(cap, 'capital');
    const d = c.demonyms?.eng;
    if (d) { add(d.m, 'demonym'); add(d.f, 'demonym'); }
    add(c.region, 'region');
    add(c.subregion, 'region');
  }
  for (const n of ['Britain', 'America', 'U.S.', 'U.K.', 'Holland', 'Korea', 'Burma', 'Congo', 'Taiwan', 'Palestine']) add(n, 'country');
  for (const n of ['British', 'American', 'English', 'Dutch', 'Saudi', 'Korean', 'Israeli', 'Palestinian', 'Soviet']) add(n, 'demonym');
  places = m;
  return m;
}

/** For each token, the gazetteer kind and B/I/L/U position of the longest match covering it ("" when none). */
export function gazetteerTags(lower: string[]): string[] {
  const g = gazetteer();
  const out = lower.map(() => '');
  for (let i = 0; i < lower.length; i++) {
    // only as many words as the longest name starting with this one (no name of more words could match)
    for (let n = Math.min(starts.get(lower[i]) ?? 1, lower.length - i); n >= 1; n--) {
      const kind = g.get(n === 1 ? lower[i] : lower.slice(i, i + n).join(' '));
      if (!kind) continue;
      for (let k = 0; k < n; k++) out[i + k] = kind + (n === 1 ? 'U' : k === 0 ? 'B' : k === n - 1 ? 'L' : 'I');
      i += n - 1;
      break;
    }
  }
  return out;
}

let lexicon: Record<string, string> | undefined;

/** compromise's lexicon tags of a lower-case word ("" when unknown). */
export function lexiconTag(lower: string): string {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, string> } }).one.lexicon;
  const t = lexicon[lower];
  return typeof t === 'string' ? t : '';
}
