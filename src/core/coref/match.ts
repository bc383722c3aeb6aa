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

/** An actor in a window: how often it was mentioned there, and its last mention (`last` its position, `k` its index in recent). */
export interface Seen { last: number; count: number; k: number }

/** More recent: the later last mention, ties to the later one read (what a scan of recent from its end meets first). */
const moreRecent = (a: Seen, b: Seen): number => a.last - b.last || a.k - b.k;

/**
 * The actors seen in the last `sentences` sentences, at most `entries` mentions back (bounded, so that long
 * documents stay linear): the mentions of recent from its end back to the first one more than `sentences`
 * before s. Kept up to date as recent grows and s advances, not rebuilt for each description: each
 * mention is added once and dropped once. Its order carries no meaning (callers rank by moreRecent).
 */
export class Window {
  private readonly seen = new Map<Cluster, Seen>();
  /** The window is recent[lo, hi). */
  private lo = 0;
  private hi = 0;
  private s = -Infinity;
  /** The last index whose sentence is below the one before it (a mention out of sentence order). */
  private dip = 0;

  constructor(private readonly recent: Recent, private readonly sentences = 40, private readonly entries = 400) {}

  at(s: number): ReadonlyMap<Cluster, Seen> {
    const { recent, seen } = this;
    // a sentence before the last one asked about can widen the window again: start over
    if (s < this.s) { seen.clear(); this.lo = this.hi = this.dip = 0; }
    this.s = s;
    for (; this.hi < recent.length; this.hi++) {
      const k = this.hi, x = recent[k];
      if (k > 0 && x.sentence < recent[k - 1].sentence) this.dip = k;
      const e = seen.get(x.c);
      if (e) { e.count++; e.last = x.at; e.k = k; } else seen.set(x.c, { last: x.at, count: 1, k });
    }
    let lo = Math.max(this.lo, recent.length - this.entries);
    if (this.dip > lo) {
      // mentions out of sentence order in the window: the scan back from the end decides where it stops
      for (let k = recent.length - 1; k >= lo; k--) if (s - recent[k].sentence > this.sentences) { lo = k + 1; break; }
    } else {
      while (lo < recent.length && s - recent[lo].sentence > this.sentences) lo++;
    }
    for (; this.lo < lo; this.lo++) {
      const c = recent[this.lo].c, e = seen.get(c)!;
      if (--e.count === 0) seen.delete(c);
    }
    return seen;
  }
}

/** What descriptions are matched against: the actor mentions read so far and their windows of the last 4 and 40 sentences. */
export interface Read {
  readonly recent: Recent;
  readonly near: Window;
  readonly wide: Window;
  readonly seenByWord: Map<string, Cluster>;
}

/** The windows a reading of recent uses: the last 4 sentences (200 mentions) and the last 40 (400). */
export const windows = (recent: Recent): { near: Window; wide: Window } => ({ near: new Window(recent, 4, 200), wide: new Window(recent, 40, 400) });

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
export function matchThing(r: Reference, read: Read, s: number): Cluster | undefined {
  const { recent } = read;
  // "the court" = the U.S. District Court ...: the last one seen with that word in its name (not "this city" = "City Hall")
  if (!/^(city|town|village|capital|country|nation|region|group|company|firm)$/.test(r.head)) {
    const named = read.seenByWord.get(`${r.type}:${r.head}`);
    if (named) return named;
  }
  const near = read.near.at(s);
  // the wide window only once a candidate needs it (most descriptions have none of their type nearby)
  const wide = (): ReadonlyMap<Cluster, Seen> => read.wide.at(s);
  let best: Cluster | undefined, score = -1;
  for (const [c, seen] of near) {
    if (c.type !== r.type || c.unnamed || !placeFits(r, c)) continue;
    // "the agency" is a public body, "the company" is not
    const publicBody = [...c.forms].some((f) => PUBLIC_BODY_HEADS.has(f.split(/\s+/).pop()!) || (isAcronym(f.toUpperCase()) && c.forms.size > 1 && [...c.forms].some((g) => PUBLIC_BODY_HEADS.has(g.split(/\s+/).pop()!))));
    if (r.type === 'organization' && PUBLIC_BODY_NOMINALS.has(r.head) && !publicBody) continue;
    if (r.type === 'organization' && BUSINESS_NOMINALS.has(r.head) && publicBody) continue;
    // the most talked-about, with a lead for the one just named; ties to the more recent
    const sc = (wide().get(c)?.count ?? seen.count) + (recentSentence(recent, c, s) ? 3 : 0);
    if (sc > score || (sc === score && moreRecent(seen, near.get(best!)!) > 0)) { best = c; score = sc; }
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
function topPlace(r: Reference, wide: ReadonlyMap<Cluster, Seen>): Cluster | undefined {
  if (!/^(city|town|country|nation)$/.test(r.head)) return undefined;
  const fits = [...wide].filter(([c]) => c.type === 'place' && !c.unnamed && placeFits(r, c)).sort((x, y) => y[1].count - x[1].count || moreRecent(y[1], x[1]));
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

export function matchDescription(r: Reference, read: Read, s: number, not?: Cluster): Cluster | undefined {
  const { recent } = read;
  const seen = read.wide.at(s);
  const people = [...seen.keys()].filter((c) => c.type === 'person' && c !== not && !c.unnamed);
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
  const pick = (xs: Cluster[]): Cluster | undefined => xs.reduce<Cluster | undefined>((b, c) => (!b || moreRecent(seen.get(c)!, seen.get(b)!) > 0 ? c : b), undefined);
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
