// One name run -> typed candidates: titles stripped ("Defense Minister Sergei Shoigu"), runs split at
// "and" / "of", leading common words dropped, then typed by gazetteers, cue words, context and tags.
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME, isKnownPlace, PLACE_HEADS, PLACE_NOUNS, REGIONAL_DEMONYMS, REGIONS, STATE_ABBREVIATIONS } from '../lexicon/places';
import { CONNECTORS, FUNCTION_TAGS, GOVERNMENT_WORDS, HOLDING_WORDS, MOTION_VERBS, NAME_PARTICLES, PLACE_PREPOSITIONS, RANKS, SPEECH, STORM_WORDS, STRONG_FUNCTION_TAGS } from '../lexicon/name-words';
import { KNOWN_ORG_NAMES, NON_ORG_TAILS, ORG_DESCRIPTORS, ORG_HEADS } from '../lexicon/organizations';
import { HONORIFICS, isRoleNoun, TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles';
import type { EntityType } from '../types';
import { describedAsPerson, hasTag, isDemonym, isTitleish, joined, orgTagOf, placeTagOf, placeWordIn, type Candidate, type Env } from './env';
import { HYPHEN_SUFFIXES, lowerKey, type Word } from './words';
export function classifyRun(env: Env, a: number, b: number, out: Candidate[]): void {
  const { ws } = env;
  if (a >= b) return;
  const lowerOf = (x: number, y: number): string => lowerKey(ws, x, y);
  // the whole run is a known place ("Islamic Republic of Iran", "Russian Federation")
  if (isKnownPlace(lowerOf(a, b))) { out.push({ a, b, type: 'place', strength: 3, why: 'a known place name' }); return; }

  // leading titles: "Russian Defense Minister Sergei Shoigu", "Chief of Staff of the Iranian Armed Forces"
  let p = a, lastHead = -1;
  while (p < b && (isTitleish(ws[p]) || (p > a && CONNECTORS.has(ws[p].lower)))) {
    if (TITLE_HEADS.has(ws[p].lower) || HONORIFICS.has(ws[p].lower)) lastHead = p;
    p++;
  }
  let title: string | undefined;
  if (lastHead < 0) {
    // a title inside the run: "Fisheries Minister Karin Bjorvik", "ECB President Élodie Marchand", "U.S. District Judge Miriam Okafor"
    let k = b - 2;
    while (k > a && !(TITLE_HEADS.has(ws[k].lower) && !CONNECTORS.has(ws[k + 1].lower) && !isTitleish(ws[k + 1]))) k--;
    if (k > a && TITLE_HEADS.has(ws[k].lower) && !ORG_HEADS.has(ws[b - 1].lower) && !ws.slice(k + 1, b).some((w) => TITLE_HEADS.has(w.lower))) {
      let t0 = k;
      while (t0 > a && (isTitleish(ws[t0 - 1]) || CONNECTORS.has(ws[t0 - 1].lower))) t0--;
      // what stands before the title is a name of its own when it is an acronym, a known place or an organization
      let p0 = t0;
      while (p0 > a) {
        const pre = lowerOf(a, p0);
        if (isKnownPlace(pre) || ORG_HEADS.has(ws[p0 - 1].lower) || (p0 - a === 1 && ws[a].caps)) break;
        p0--;
      }
      if (p0 > a && !COUNTRY_BY_DEMONYM.has(lowerOf(a, p0)) && !REGIONAL_DEMONYMS.has(lowerOf(a, p0))) classifyCore(env, a, p0, out, undefined);
      return classifyCore(env, k + 1, b, out, env.text.slice(ws[p0].start, ws[k].end), k);
    }
  }
  if (lastHead >= 0) {
    if (p === b && (lastHead === b - 1 || !ORG_HEADS.has(ws[b - 1].lower))) return; // only a title ("Chief of Staff", "Minister of Defense")
    const endsInOrg = ORG_HEADS.has(ws[b - 1].lower);
    if (!(endsInOrg && lastHead === a && p - a === 1 && b - a <= 3 && !HONORIFICS.has(ws[a].lower))) {
      title = env.text.slice(ws[a].start, ws[lastHead].end);
      let s = lastHead + 1;
      while (s < b && CONNECTORS.has(ws[s].lower)) s++;
      if (s >= b) return;
      return classifyCore(env, s, b, out, title, lastHead);
    }
  }
  // a leading demonym before a name that is not an organization ("Israeli Noam Bar-Lev")
  classifyCore(env, a, b, out, undefined);
}

export function classifyCore(env: Env, a: number, b: number, out: Candidate[], title: string | undefined, titleAt = -1): void {
  const { ws } = env;
  // a rank with a single name is how the person is called: "General Bagheri", "Sheikh Khalid"
  if (titleAt >= 0 && titleAt === a - 1 && b - a === 1 && RANKS.has(ws[titleAt].lower.replace(/\.$/, ''))) {
    out.push({ a: titleAt, b, type: 'person', strength: 3, title, why: 'a rank before a single name ("General Bagheri")' });
    return;
  }
  const lowerOf = (x: number, y: number): string => lowerKey(ws, x, y);
  while (a < b && CONNECTORS.has(ws[a].lower) && !NAME_PARTICLES.has(ws[a].lower)) a++;
  while (b > a && CONNECTORS.has(ws[b - 1].lower) && !ws[b - 1].cap) b--;
  if (b - a > 1 && NON_ORG_TAILS.has(ws[b - 1].lower) && !ws.slice(a, b - 1).some((w) => ORG_HEADS.has(w.lower))) return; // "U.S. Open", "Paris Agreement"
  // "U.S. Federal Reserve": an abbreviated country before an organization is a name of its own
  if (b - a > 1 && ws[a].text.includes('.') && isKnownPlace(ws[a].lower) && ws[a].caps && !ws.slice(a, b).some((w) => /^(of|for)$/.test(w.lower))) {
    out.push({ a, b: a + 1, type: 'place', strength: 2, why: 'an abbreviated country before an organization' });
    return classifyCore(env, a + 1, b, out, title);
  }
  if (a >= b) return;
  if (isKnownPlace(lowerOf(a, b))) { out.push({ a, b, type: 'place', strength: 3, why: 'a known place name' }); return; }
  // organization heads, and document / event names after them ("UN Security Council Resolution 2231")
  let lastOrg = -1;
  for (let k = a; k < b; k++) if (ORG_HEADS.has(ws[k].lower) && k > a) lastOrg = k;
  for (let k = a + 1; k < b; k++) {
    if (NON_ORG_TAILS.has(ws[k].lower)) {
      if (lastOrg >= 0 && lastOrg < k) return classifyCore(env, a, lastOrg + 1, out, title);
      if (k === b - 1) return; // "Paris Agreement", "World Cup": not a person, place or organization
    }
  }
  // split at "and" unless the whole is one organization; split "X of Y" unless X heads an organization or a place
  let ofKept = false;
  for (let k = a + 1; k < b - 1; k++) {
    const w = ws[k].lower;
    const ofOrg = ws.slice(a, k).some((x, q) => ORG_HEADS.has(x.lower) && /^(of|for)$/.test(ws[a + q + 1]?.lower ?? ''));
    if ((w === 'and' || w === '&') && !ofOrg && !(w === '&' && k === a + 1 && b === k + 2) && (!ORG_HEADS.has(ws[b - 1].lower) || isKnownPlace(lowerOf(a, k)) || ws[k + 1].lower === 'the')) {
      classifyCore(env, a, k, out, title);
      classifyCore(env, k + 1, b, out, undefined);
      return;
    }
    if (w === 'of' || w === 'for' || w === 'on') {
      const left = ws[k - 1].lower;
      const orgish = ORG_HEADS.has(left) || PLACE_HEADS.has(left) || /^(north|south|east|west|central|republic|kingdom|state|states|emirate|province|city|isle|islands|bank|university|gulf|bay|sea|cape|federation|union|league|ministry|department|office|court|house|people|friends|daughters|sons|sisters|brothers|church|order|knights|army|navy|bureau)$/.test(left);
      if (orgish) ofKept = true;
      if (!orgish && !ofKept) {
        classifyCore(env, a, k, out, title);
        classifyCore(env, k + 1, b, out, undefined);
        return;
      }
    }
  }
  // sentence-initial capitals: drop a leading common word
  if (ws[a].weak && b - a > 1 && (hasTag(ws[a], ...STRONG_FUNCTION_TAGS) || (hasTag(ws[a], ...FUNCTION_TAGS) && (env.lowerVocabulary.has(ws[a].lower) || /(ly|ing|ed)$/.test(ws[a].lower))))
    && !hasTag(ws[a], 'Person', 'Place', 'Organization', 'FirstName')
    && !NAME_PARTICLES.has(ws[a].lower) && !describedAsPerson(env, b) && !(/^\p{Lu}$/u.test(ws[a].text) && env.text[ws[a].end] === '.')) {
    return classifyCore(env, a + 1, b, out, title);
  }
  if (b - a > 1 && isDemonym(ws[a]) && !ORG_HEADS.has(ws[b - 1].lower) && !isKnownPlace(lowerOf(a, b))) {
    return classifyCore(env, a + 1, b, out, title);
  }
  if (b - a > 2 && COUNTRY_BY_DEMONYM.has(lowerOf(a, a + 2)) && !ORG_HEADS.has(ws[b - 1].lower)) return classifyCore(env, a + 2, b, out, title);
  if (b - a > 1 && ws[a].weak && ORG_DESCRIPTORS.has(ws[a].lower) && !hasTag(ws[a], 'Person', 'Place', 'Organization')) {
    const before = out.length;
    classifyCore(env, a + 1, b, out, title);
    for (let k = before; k < out.length; k++) if (out[k].a === a + 1 && out[k].strength < 2.5) { out[k].type = 'organization'; out[k].strength = 2.5; out[k].why = 'an organization descriptor opens the sentence before it'; }
    return;
  }
  // "Off-spinner Kasun Wickramasinghe": an occupation written capitalized at the start of a sentence
  if (b - a > 1 && ws[a].weak && !ws[a].caps && isRoleNoun(ws[a].lower, ws[a].tags) && !ws[a].tags.has('Person')
    && (TITLE_HEADS.has(ws[a].lower) || ws[a].tags.has('Actor') || env.lowerVocabulary.has(ws[a].lower) || ws[a].text.includes('-')) && !ws[a].tags.has('FirstName') && !ORG_HEADS.has(ws[b - 1].lower)) {
    return classifyCore(env, a + 1, b, out, env.text.slice(ws[a].start, ws[a].end), a);
  }
  typeName(env, nameView(env, a, b, title), out);
}

/** A run of words [a, b) with its neighbours in the sentence, as the typing rules read it. */
interface NameView {
  a: number;
  b: number;
  n: number;
  first: Word;
  last: Word;
  key: string;
  before?: Word;
  after?: Word;
  after2?: Word;
  title?: string;
}

/** A type with its strength (how sure), or null: not a name; undefined: this rule group has no say. */
type Verdict = { type: EntityType; strength: number; why: string } | null | undefined;

function nameView(env: Env, a: number, b: number, title: string | undefined): NameView {
  const { ws } = env;
  const first = ws[a], last = ws[b - 1];
  const before = a > 0 && ws[a - 1].sentence === first.sentence ? ws[a - 1] : undefined;
  const after = b < ws.length && ws[b].sentence === last.sentence ? ws[b] : undefined;
  const after2 = after && b + 1 < ws.length && ws[b + 1].sentence === last.sentence ? ws[b + 1] : undefined;
  return { a, b, n: b - a, first, last, key: lowerKey(ws, a, b), before, after, after2, title };
}

/** Types a name by its own words first, then by the words next to it, then by compromise's tags and context. */
function typeName(env: Env, v: NameView, out: Candidate[]): void {
  let d = typeByForm(env, v);
  if (d === undefined) d = typeByNeighbours(env, v);
  if (d === undefined) d = typeByTagsAndContext(env, v);
  if (d) out.push({ a: v.a, b: v.b, type: d.type, strength: d.strength, title: v.title, why: d.why });
}

/** Gazetteers and the shape of the name: a known organization or place, a demonym, an org or place head, an acronym. */
function typeByForm(env: Env, v: NameView): Verdict {
  const { ws } = env;
  const { a, b, n, first, last, key, before, after, title } = v;
  const placeWord = (w: Word): boolean => hasTag(w, 'Place', 'Country', 'City', 'Region') || isKnownPlace(w.lower);
  const afterPlacePrep = before && PLACE_PREPOSITIONS.has(before.lower) && !env.text.slice(before.end, first.start).includes('\n');
  const roleBefore = before && !before.cap && !before.possessive && isRoleNoun(before.lower, before.tags) && !ORG_DESCRIPTORS.has(before.lower);
  if (env.sports && !afterPlacePrep && !title && !roleBefore && (n === 1 ? placeWord(first) : placeWord(last) || ORG_HEADS.has(last.lower))
    && !COUNTRY_BY_NAME.has(key) && !REGIONS.has(key) && !first.tags.has('FirstName')
    && !(n > 1 && ws.slice(a, b).some((w) => w.tags.has('Person')))) return { type: 'organization', strength: 2.5, why: 'sports report: a place name used as a team' };
  if ((n > 1 && /^\p{Lu}$/u.test(last.text)) || (after && /^\p{Lu}$/u.test(after.text) && env.text[after.end] !== '.' && joined(env, b - 1, b))) return null; // "Group C", "Category 3": labels, not names

  if (KNOWN_ORG_NAMES.has(key)) return { type: 'organization', strength: 3, why: 'a known organization name' };
  if (n === 1 && isDemonym(first)) return null; // "Russian", "Iranian"
  if (n > 1 && isDemonym(last) && !ORG_HEADS.has(last.lower)) return null; // "Many Syrians", "young Europeans"
  if (STORM_WORDS.has(first.lower)) { env.blocked.add(ws.slice(a + (first.lower === 'tropical' ? 2 : 1), b).map((w) => w.lower).join(' ')); return null; } // "Hurricane Sally"
  if (n === 2 && (COUNTRY_BY_DEMONYM.has(key) || REGIONAL_DEMONYMS.has(key))) return null; // "South Korean", "West Indian"
  if (n === 1 && (TITLE_HEADS.has(key) || TITLE_MODIFIERS.has(key) || HONORIFICS.has(key))) return null;
  if (isKnownPlace(key)) return { type: 'place', strength: 3, why: 'a known place name' };
  if (n === 1 && STATE_ABBREVIATIONS.has(first.text.replace(/\.$/, '')) && before && env.text.slice(before.end, first.start).includes(',')) return { type: 'place', strength: 2.5, why: 'a state abbreviation after a comma' };
  if (after && env.text.slice(last.end, after.start).trim() === ',' && (STATE_ABBREVIATIONS.has(after.text.replace(/\.$/, '')) || isKnownPlace(after.lower))
    && !ORG_HEADS.has(last.lower) && !(n > 1 && first.tags.has('FirstName'))) return { type: 'place', strength: 2.2, why: 'followed by ", <state or country>"' };
  if (n > 1 && ORG_HEADS.has(last.lower)) return { type: 'organization', strength: 3, why: 'ends in an organization word' };
  if (n > 2 && PLACE_HEADS.has(first.lower) && ws[a + 1].lower === 'of') return { type: 'place', strength: 2.5, why: 'a place head with "of" ("Republic of …")' };
  if (n > 1 && ws.slice(a, b).some((w, k) => ORG_HEADS.has(w.lower) && /^(of|for|on)$/.test(ws[a + k + 1]?.lower ?? ''))) return { type: 'organization', strength: 3, why: 'an organization word with "of/for/on" inside' };
  if (n > 1 && PLACE_HEADS.has(last.lower)) return { type: 'place', strength: 2.5, why: 'ends in a place word' };
  const acronym = n === 1 && first.caps && /^[\p{Lu}.&]{2,7}$/u.test(first.text);
  if (acronym) return { type: 'organization', strength: 2, why: 'an acronym' };
  return undefined;
}

/** A title or role word before the name, an organization descriptor, "provinces of …", a results table. */
function typeByNeighbours(env: Env, v: NameView): Verdict {
  const { ws } = env;
  const { a, b, n, first, last, before, title } = v;
  const inTable = env.tableLine.has(a);
  if (title) return { type: 'person', strength: 3, why: 'a title written before it' };
  // a role word right before: "chief executive Priya Natarajan", "officers Noam Bar-Lev", "Mr. Raisi"
  if (before && (TITLE_HEADS.has(before.lower) || TITLE_HEADS.has(before.lower.replace(/s$/, '')) || HONORIFICS.has(before.lower)) && !before.possessive) {
    return { type: 'person', strength: 3, why: 'a title or honorific right before it' };
  }
  if (before && ORG_DESCRIPTORS.has(before.lower) && !before.cap) return { type: 'organization', strength: 2.5, why: 'an organization descriptor right before it' };
  // "seamer Pasindu Ekanayake", "opposition candidate Folasade Adeyemi"
  if (before && !before.cap && !before.possessive && isRoleNoun(before.lower, before.tags) && /^[ \t]+$/.test(env.text.slice(before.fullEnd, first.start))
    && !ORG_HEADS.has(last.lower) && !placeTagOf(ws, a, b)) return { type: 'person', strength: 2.5, why: 'a role word right before it' };
  // "provinces of Caylloma and Castilla", "parts of Ede"
  if (before && before.lower === 'of' && a >= 2 && /^(parts?|provinces?|regions?|districts?|states?|cities|city|towns?|villages?|areas?|outskirts|suburbs?|centre|center|north|south|east|west)$/.test(ws[a - 2].lower)
    && !orgTagOf(ws, a, b) && !first.tags.has('FirstName')) return { type: 'place', strength: 1.8, why: '"provinces/parts of …"' };
  if (inTable) {
    if (n > 1 && ws.slice(a, b).some((w) => hasTag(w, 'Person', 'FirstName')) && !placeWordIn(ws, a, b)) return { type: 'person', strength: 2, why: 'a results table line with a first name' };
    return { type: 'organization', strength: 2.5, why: 'a results table line (a team)' };
  }
  return undefined;
}

/** compromise's Person / Place / Organization tags, then speech verbs and prepositions around the name. */
function typeByTagsAndContext(env: Env, v: NameView): Verdict {
  const { ws } = env;
  const { a, b, n, first, last, key, before, after, after2 } = v;
  const personTag = ws.slice(a, b).some((w) => w.tags.has('Person') && !w.tags.has('Honorific'));
  // a bare Place tag on the first of several words is a guess ("Diego", "Park"): only a city, country, region or the last word counts
  const placeTag = ws.slice(a, b).some((w, k) => hasTag(w, 'Country', 'City', 'Region') || (w.tags.has('Place') && (k === n - 1 || n === 1)));
  if (n === 1 && after && HYPHEN_SUFFIXES.has(after.lower) && /^[-‐‑]$/.test(env.text.slice(last.end, after.start)) && /^(based|headquartered)$/.test(after.lower)) return { type: 'place', strength: 2, why: '"X-based": a place' };
  // "Park Seo-yeon, a professor of ...": a person described by an apposition
  if (describedAsPerson(env, b)) return { type: 'person', strength: 2.6, why: 'an apposition with a title after it (", a professor of …")' };
  // "Kuwait 's Al Shabab", "Lebanon's Nejmeh": a team or company of a country
  const possessor = before && (before.possessive ? before : before.lower === 's' && /['’]$/.test(env.text.slice(Math.max(0, before.start - 1), before.start)) && a >= 2 ? ws[a - 2] : undefined);
  if (possessor && isKnownPlace(possessor.lower) && !ws.slice(a, b).some((w) => hasTag(w, 'Person', 'FirstName'))) return { type: 'organization', strength: 2, why: 'a place\'s possessive before it ("Lebanon\'s Nejmeh")' };
  if (before && before.lower === 'in' && a >= 2 && HOLDING_WORDS.test(ws[a - 2].lower) && !placeTag) return { type: 'organization', strength: 2.2, why: '"shares in …": a company' };
  // "in Montgomery", "near Bayou La Batre"
  if (before && /^(in|near)$/.test(before.lower) && !first.tags.has('FirstName') && n <= 3 && !orgTagOf(ws, a, b) && (n === 1 || !personTag)) return { type: 'place', strength: n === 1 ? 2.2 : 1.5, why: 'after "in/near"' };
  if (n === 1 && before && before.lower === 'the' && a >= 2 && /^(in|near|at|across|into|from)$/.test(ws[a - 2].lower) && !ORG_HEADS.has(key)) return { type: 'place', strength: 1.2, why: 'after "in/at the"' };
  const orgTag = ws.slice(a, b).some((w) => w.tags.has('Organization'));
  if (first.weak && n === 1 && ((!personTag && !placeTag && !orgTag) || ORG_HEADS.has(key))) return null; // "Software", "Police", "Analyst"
  const speech = (after && SPEECH.test(after.lower)) || (before && SPEECH.test(before.lower) && before.lower !== 'according')
    || (after && env.text.slice(last.end, after.start).includes(',') && /^(a|an|the|who|whose|\d+)$/.test(after.lower) && after2 && !after2.cap);
  if (n > 1 && first.tags.has('FirstName') && !placeTag && !orgTag) return { type: 'person', strength: 2, why: 'tagged as a first name' };
  if (orgTag && !personTag) return { type: 'organization', strength: 2, why: 'tagged as an organization' };
  if (personTag && !(placeTag && n === 1)) return { type: 'person', strength: 2, why: 'tagged as a person' };
  if (placeTag) return { type: 'place', strength: 2, why: 'tagged as a place' };
  if (after && PLACE_NOUNS.has(after.lower) || after2 && !after?.cap && PLACE_NOUNS.has(after2.lower) && after && !after.possessive) return { type: 'place', strength: 1.5, why: 'a place noun after it' };
  if (n === 1 && after && GOVERNMENT_WORDS.test(after.lower) && !orgTag) return { type: 'place', strength: 1.5, why: '"… government/authorities": a place' };
  if (speech) return { type: n <= 4 ? 'person' : 'organization', strength: 1.5, why: 'next to a speech verb' };
  if (before && before.lower === 'according' ) return { type: 'organization', strength: 1, why: 'after "according"' };
  if (n === 1 && before && PLACE_PREPOSITIONS.has(before.lower) && (before.lower !== 'to' || (a >= 2 && MOTION_VERBS.test(ws[a - 2].lower)))) return { type: 'place', strength: 1.2, why: 'after a place preposition' };
  if (n === 1 && before && /^(of|to|by|with|for|from)$/.test(before.lower) && a >= 2 && ws[a - 2].lower === 'according') return { type: 'organization', strength: 1, why: '"according to …"' };
  if (n >= 2 && n <= 4 && !ws.slice(a, b).some((w) => w.caps)) return { type: 'person', strength: 1, why: 'a short capitalized run' };
  return { type: 'organization', strength: 0.5, why: 'capitalized, nothing else known' };
}
