// Which actor a description or a pronoun stands for: among the actors of the last sentences, the one
// whose name has the description's head word, whose role and country match, or the most recent fitting one.
import type { Cluster } from '../actors/cluster';
import { isAcronym } from '../actors/cluster';
import { BUSINESS_NOMINALS, PUBLIC_BODY_HEADS, PUBLIC_BODY_NOMINALS } from '../lexicon/nominals';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles';
import { roleWords } from '../roles/roles';
import type { Reference } from './references';

/** Actor mentions read so far, in text order (`oblique`: a possessive or after a preposition, no subject). */
export type Recent = Array<{ at: number; c: Cluster; sentence: number; oblique?: boolean }>;

/** The actors seen in the last sentences (bounded, so that long documents stay linear): last position and count. */
export function window(recent: Recent, s: number, sentences = 40, entries = 400): Map<Cluster, { last: number; count: number }> {
  const out = new Map<Cluster, { last: number; count: number }>();
  for (let k = recent.length - 1; k >= 0 && recent.length - k <= entries; k--) {
    const x = recent[k];
    if (s - x.sentence > sentences) break;
    const seen = out.get(x.c);
    if (seen) seen.count++;
    else out.set(x.c, { last: x.at, count: 1 });
  }
  return out;
}

/**
 * The mentions of these clusters by start, ties in cluster then mention order (as a stable sort of them
 * gives): sorted as numbers start * n + index, exact while those stay below 2^53.
 */
export function sortedTimeline(live: Cluster[], textLength: number): Array<{ at: number; end: number; c: Cluster }> {
  const timeline: Array<{ at: number; end: number; c: Cluster }> = [];
  for (const c of live) for (const m of c.mentions) timeline.push({ at: m.start, end: m.end, c });
  const n = timeline.length;
  if (n < 2 || (textLength + 1) * n >= 2 ** 52 || timeline.some((t) => !Number.isInteger(t.at) || t.at < 0 || t.at > textLength)) {
    return timeline.sort((x, y) => x.at - y.at);
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = timeline[i].at * n + i;
  keys.sort();
  const out: Array<{ at: number; end: number; c: Cluster }> = new Array(n);
  for (let i = 0; i < n; i++) out[i] = timeline[keys[i] % n];
  return out;
}

/** Which organization or place a description stands for: one whose name has the head word, else the most talked-about recent one. */
export function matchThing(r: Reference, recent: Recent, s: number, seenByWord: Map<string, Cluster>): Cluster | undefined {
  // "the court" = the U.S. District Court ...: the last one seen with that word in its name (not "this city" = "City Hall")
  if (!/^(city|town|village|capital|country|nation|region|group|company|firm)$/.test(r.head)) {
    const named = seenByWord.get(`${r.type}:${r.head}`);
    if (named) return named;
  }
  const near = window(recent, s, 4, 200);
  // the wide window only once a candidate needs it (most descriptions have none of their type nearby)
  let wideWindow: ReturnType<typeof window> | undefined;
  const wide = (): ReturnType<typeof window> => (wideWindow ??= window(recent, s));
  let best: Cluster | undefined, score = -1;
  for (const [c, seen] of near) {
    if (c.type !== r.type || c.unnamed || !placeFits(r, c)) continue;
    // "the agency" is a public body, "the company" is not
    const publicBody = [...c.forms].some((f) => PUBLIC_BODY_HEADS.has(f.split(/\s+/).pop()!) || (isAcronym(f.toUpperCase()) && c.forms.size > 1 && [...c.forms].some((g) => PUBLIC_BODY_HEADS.has(g.split(/\s+/).pop()!))));
    if (r.type === 'organization' && PUBLIC_BODY_NOMINALS.has(r.head) && !publicBody) continue;
    if (r.type === 'organization' && BUSINESS_NOMINALS.has(r.head) && publicBody) continue;
    // the most talked-about, with a lead for the one just named
    const sc = (wide().get(c)?.count ?? seen.count) + (recentSentence(recent, c, s) ? 3 : 0);
    if (sc > score || (sc === score && best && seen.last > (near.get(best)?.last ?? -1))) { best = c; score = sc; }
  }
  return best ?? (r.type === 'place' ? topPlace(r, wide()) : undefined);
}

/** A city is no country, a country is one ("the city" is not France, "the country" not Paris). */
function placeFits(r: Reference, c: Cluster): boolean {
  if (r.type !== 'place') return true;
  if (/^(city|town|village|capital|port)$/.test(r.head) && c.country) return false;
  if (/^(country|nation|kingdom|republic)$/.test(r.head) && !c.country) return false;
  return true;
}

/**
 * "The country", "this city" with no place of its kind in the last sentences: the article's place of
 * that kind, the one named most often in the last 40 sentences, when it is named at least twice or is
 * the only one (a place named once among others is no topic).
 */
function topPlace(r: Reference, wide: Map<Cluster, { last: number; count: number }>): Cluster | undefined {
  if (!/^(city|town|country|nation)$/.test(r.head)) return undefined;
  const fits = [...wide].filter(([c]) => c.type === 'place' && !c.unnamed && placeFits(r, c)).sort((x, y) => y[1].count - x[1].count || y[1].last - x[1].last);
  if (!fits.length) return undefined;
  if (fits.length > 1 && (fits[0][1].count < 2 || fits[0][1].count === fits[1][1].count)) return undefined;
  return fits[0][0];
}

export function recentSentence(recent: Recent, c: Cluster, s: number): boolean {
  for (let k = recent.length - 1; k >= 0; k--) {
    if (s - recent[k].sentence > 1) return false;
    if (recent[k].c === c) return true;
  }
  return false;
}

/** Which person a description stands for: the role it names, its country, then the most recent person. */
// offices one person rarely holds together, by their forms ("Sen." = "senator")
const OFFICES: ReadonlyMap<string, string> = new Map([
  ['mayor', 'mayor'], ['senator', 'senator'], ['sen', 'senator'], ['governor', 'governor'], ['gov', 'governor'],
  ['president', 'president'], ['president-elect', 'president'], ['premier', 'premier'], ['chancellor', 'chancellor'],
  ['congressman', 'representative'], ['congresswoman', 'representative'], ['representative', 'representative'], ['rep', 'representative'],
  ['judge', 'judge'], ['prosecutor', 'prosecutor'], ['sheriff', 'sheriff'], ['king', 'king'], ['queen', 'queen'], ['pope', 'pope'],
  ['ambassador', 'ambassador'], ['coach', 'coach'],
]);
const office = (w: string): string | undefined => OFFICES.get(w);

export function matchDescription(r: Reference, recent: Recent, s: number, not?: Cluster): Cluster | undefined {
  const seen = window(recent, s);
  const people = [...seen.keys()].filter((c) => c.type === 'person' && c !== not && !c.unnamed);
  const lastSeen = (c: Cluster): number => seen.get(c)?.last ?? -1;
  const wordsOfCluster = (c: Cluster): Set<string> => {
    if (c.roleWords) return c.roleWords;
    const out = new Set<string>();
    for (const cl of c.clues) for (const x of roleWords(cl.role)) out.add(x);
    for (const t of c.titles) for (const x of roleWords(t)) out.add(x);
    c.roleWords = out;
    return out;
  };
  const countryOk = (c: Cluster): boolean => !r.country || !c.country || c.country.code === r.country.code;
  const specific = [...r.titleWords].filter((x) => TITLE_HEADS.has(x) || TITLE_MODIFIERS.has(x));
  // every title word matches ("the Russian Minister of Defense" = "Russian Defense Minister")
  const byRole = people.filter((c) => countryOk(c) && specific.length > 0 && (() => { const cw = wordsOfCluster(c); return specific.every((x) => cw.has(x)); })());
  const pick = (xs: Cluster[]): Cluster | undefined => xs.slice().sort((x, y) => lastSeen(y) - lastSeen(x))[0];
  // a person known to hold another office does not fit ("the mayor" is not Senator Harlan)
  const offices = new Set([...r.titleWords].map(office).filter(Boolean));
  const fits = (c: Cluster): boolean => {
    if (!offices.size) return true;
    const held = [...wordsOfCluster(c)].map(office).filter(Boolean);
    return !held.length || held.some((o) => offices.has(o));
  };
  if (r.country) {
    const strict = byRole.filter((c) => c.country && c.country.code === r.country!.code);
    if (strict.length) return pick(strict);
  }
  if (byRole.length) return pick(byRole);
  if (r.country) {
    const p = pick(people.filter((c) => c.country?.code === r.country!.code && fits(c)));
    if (p) return p;
  }
  // the most recent person, within a few sentences
  for (let k = recent.length - 1; k >= 0; k--) {
    const x = recent[k];
    if (s - x.sentence > 4) break;
    if (x.c.type === 'person' && x.c !== not && !x.c.unnamed && countryOk(x.c) && fits(x.c)) return x.c;
  }
  return undefined;
}


export function lastPerson(recent: Array<{ c: Cluster; sentence: number }>, s: number, not?: Cluster): Cluster | undefined {
  for (let k = recent.length - 1; k >= 0; k--) {
    if (s - recent[k].sentence > 3) break;
    if (recent[k].c.type === 'person' && recent[k].c !== not) return recent[k].c;
  }
  return undefined;
}
