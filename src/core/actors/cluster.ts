// Named mentions -> clusters, one per actor: full names and surnames, spelling variants of transliterated
// names (Bagheri/Baqeri), acronyms (CSTO, FTC), short forms (Corvane Systems/Corvane), a country's names
// (Russian Federation/Russia); with the titles written before a name and the roles stated around it.
import { ORG_HEADS } from '../lexicon/organizations';
import { COUNTRY_BY_NAME, stateOf, type CountryInfo } from '../lexicon/places';
import { HONORIFICS, TITLE_HEADS } from '../lexicon/titles';
import type { RoleClue } from '../roles/roles';
import { roleClues } from '../roles/roles';
import { sameSurname, type SpellingMemo } from '../entities/spelling';
import type { Word } from '../entities/words';
import type { DocContext } from '../text/document';
import type { EntityType, Mention } from '../types';
import { addClue, settleRole } from './clues';

export interface Cluster {
  type: EntityType;
  mentions: Mention[];
  /** Lower-cased name forms. */
  forms: Set<string>;
  titles: Set<string>;
  clues: RoleClue[];
  country?: CountryInfo;
  /** Set by the coreference stage on its copies (coref/gender.ts). */
  gender?: 'm' | 'f';
  /** The actor id, given by the coreference stage on its copies. */
  id?: string;
  /** Merged into this cluster (an acronym into its expansion, a short form into the full name). */
  into?: Cluster;
  /** Descriptions and pronouns resolved to this actor. */
  refs?: Mention[];
  /** The words of its roles and titles (cached). */
  roleWords?: Set<string>;
  /** An actor the article never names, known by descriptions ("the man", "the researchers"): coref/described.ts. */
  unnamed?: { head: string; plural: boolean };
}

/** The clusters layer: named mentions (copies of the entity mentions) grouped by actor. */
export interface ClusterResult {
  /** The named mentions (person, organization, place), copied from the entities layer. */
  named: Mention[];
  /** Other mentions of the input, passed through. */
  others: Mention[];
  /** Clusters with mentions, in the order they were opened. */
  live: Cluster[];
  clusterOf: Map<Mention, Cluster>;
}

const CONNECTOR_WORDS = new Set(['of', 'and', 'the', 'for', '&', 'de', 'du', 'la', 'le', 'on']);

/** "FTC" for "Federal Trade Commission": capitals of the main words. */
export function initialsOf(name: string): string {
  return name.split(/[\s-]+/).filter((w) => w && !CONNECTOR_WORDS.has(w.toLowerCase())).map((w) => w[0]).join('').toUpperCase();
}

export const isAcronym = (s: string): boolean => /^[\p{Lu}][\p{Lu}.&]{1,7}$/u.test(s) && s.replace(/[^\p{L}]/gu, '').length >= 2;

type Index = Map<string, Set<Cluster>>;

function index(map: Index, key: string, c: Cluster): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(c);
}

/** Index of the word whose start (or end) is exactly pos, if any. */
export function wordWith(ws: readonly Word[], pos: number, side: 'start' | 'end'): number | undefined {
  let lo = 0;
  let hi = ws.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ws[mid][side] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < ws.length && ws[lo][side] === pos ? lo : undefined;
}

/**
 * wordWith for many positions at once (-1 where no word starts or ends there): the positions sorted (by a
 * numeric key, ties by index) and one pass over the words, instead of a search through the words for each.
 */
export function wordsWith(ws: readonly Word[], pos: readonly number[], side: 'start' | 'end'): Int32Array {
  const n = pos.length;
  const out = new Int32Array(n);
  let max = 0;
  for (const p of pos) if (!(Number.isInteger(p) && p >= 0)) max = Infinity; else if (p > max) max = p;
  if ((max + 1) * n >= 2 ** 52) { pos.forEach((p, k) => { out[k] = wordWith(ws, p, side) ?? -1; }); return out; }
  const keys = new Float64Array(n);
  for (let k = 0; k < n; k++) keys[k] = pos[k] * n + k;
  keys.sort();
  let w = 0;
  for (let j = 0; j < n; j++) {
    const k = keys[j] % n, p = pos[k];
    if (side === 'start') {
      while (w < ws.length && ws[w].start < p) w++;
      out[k] = w < ws.length && ws[w].start === p ? w : -1;
    } else {
      while (w < ws.length && ws[w].end < p) w++;
      out[k] = w < ws.length && ws[w].end === p ? w : -1;
    }
  }
  return out;
}

/** The clusters being built, with the lookups every clustering step shares. */
class Clusters {
  readonly clusterOf = new Map<Mention, Cluster>();
  readonly all: Cluster[] = [];
  readonly byKey = new Map<string, Cluster>();

  add(c: Cluster, m: Mention): void {
    c.mentions.push(m);
    c.forms.add(m.text.toLowerCase());
    this.clusterOf.set(m, c);
  }

  fresh(m: Mention): Cluster {
    const c: Cluster = { type: m.type as EntityType, mentions: [], forms: new Set(), titles: new Set(), clues: [] };
    this.all.push(c);
    return c;
  }

  keyed(key: string, m: Mention): void {
    let c = this.byKey.get(key);
    while (c && !c.mentions.length && c.into) c = c.into;
    if (!c) { c = this.fresh(m); this.byKey.set(key, c); }
    this.add(c, m);
  }

  merge(from: Cluster, into: Cluster): void {
    for (const m of from.mentions) this.add(into, m);
    for (const t of from.titles) into.titles.add(t);
    from.mentions = [];
    from.into = into;
  }

  find(c: Cluster): Cluster {
    return c.mentions.length || !c.into ? c : this.find(c.into);
  }

  only(set: Set<Cluster> | undefined): Cluster | undefined {
    if (!set) return undefined;
    const live = new Set([...set].map((c) => this.find(c)));
    return live.size === 1 ? [...live][0] : undefined;
  }
}

/**
 * Named mentions -> clusters. The mentions are copied (the entities layer is left unchanged).
 * `titles`: the title or honorific written before a mention, by its start ("General" for "General Bagheri").
 */
export function clusterMentions(ctx: DocContext, ws: Word[], input: readonly Mention[], titles: ReadonlyMap<number, string>, spelling?: SpellingMemo): ClusterResult {
  const named = input.filter((m) => m.type === 'person' || m.type === 'organization' || m.type === 'place').map((m) => ({ ...m }));
  const others = input.filter((m) => !(m.type === 'person' || m.type === 'organization' || m.type === 'place'));
  const cs = new Clusters();
  clusterPlaces(cs, named);
  clusterOrganizations(ctx, cs, named);
  clusterPeople(cs, named, spelling);
  collectRoles(ctx, ws, cs, titles);
  return { named, others, live: cs.all.filter((c) => c.mentions.length), clusterOf: cs.clusterOf };
}

/** Places: one actor per country whatever its name; otherwise by name. */
function clusterPlaces(cs: Clusters, named: readonly Mention[]): void {
  for (const m of named) if (m.type === 'place') {
    const l = m.text.toLowerCase();
    const country = COUNTRY_BY_NAME.get(l);
    const state = stateOf(m.text);
    cs.keyed(country ? `place:${country.code}` : `place:${(state ?? l).toLowerCase()}`, m);
    if (country) cs.byKey.get(`place:${country.code}`)!.country = country;
  }
}

/** Organizations: by name; then acronyms and short forms join their full names. */
function clusterOrganizations(ctx: DocContext, cs: Clusters, named: readonly Mention[]): void {
  const orgs = named.filter((m) => m.type === 'organization');
  for (const m of orgs) cs.keyed(`org:${m.text.toLowerCase().replace(/^the\s+/, '')}`, m);
  // indexes over distinct names, so that long documents stay linear in their mentions
  const distinct = new Map<string, Mention>();
  for (const m of orgs) if (!distinct.has(m.text)) distinct.set(m.text, m);
  const expansionOf = new Map<string, Cluster>(); // "CSTO" -> the name written before "(CSTO)"
  for (const o of orgs) {
    if (isAcronym(o.text)) continue;
    const p = /^\s*\(([\p{Lu}][\p{Lu}.&]{1,7})\)/u.exec(ctx.text.slice(o.end, o.end + 14));
    if (p && !expansionOf.has(p[1])) expansionOf.set(p[1], cs.clusterOf.get(o)!);
  }
  mergeShortForms(cs, distinct, expansionOf);
}

/** An acronym joins its expansion, a one-word name the longer name it starts, a prefix the name it opens. */
function mergeShortForms(cs: Clusters, distinct: ReadonlyMap<string, Mention>, expansionOf: ReadonlyMap<string, Cluster>): void {
  const byInitials: Index = new Map();
  const byFirstWord: Index = new Map();
  const byPrefix: Index = new Map();
  for (const [t, o] of distinct) {
    if (isAcronym(t)) continue;
    const words = t.toLowerCase().replace(/^the\s+/, '').split(/\s+/);
    if (words.length < 2) continue;
    const c = cs.clusterOf.get(o)!;
    index(byInitials, initialsOf(t), c);
    index(byFirstWord, words[0], c);
    if (ORG_HEADS.has(words[words.length - 1])) index(byFirstWord, words[words.length - 1], c);
    for (let k = 1; k < words.length - 1; k++) if (/^(of|for|in|on)$/.test(words[k])) index(byPrefix, words.slice(0, k).join(' '), c);
  }
  for (const [t, m] of distinct) {
    const mine = cs.find(cs.clusterOf.get(m)!);
    if (isAcronym(t)) {
      // "Collective Security Treaty Organization (CSTO)": the explicit expansion wins; else "FTC" = Federal Trade Commission
      if ([...mine.forms].some((f) => !isAcronym(f.toUpperCase()) || f.toUpperCase() !== t.toUpperCase())) continue;
      const target = expansionOf.get(t) ? cs.find(expansionOf.get(t)!) : cs.only(byInitials.get(t.replace(/[^\p{L}]/gu, '')));
      if (target && target !== mine) cs.merge(mine, target);
    } else if (!/\s/.test(t)) {
      // "Corvane" for "Corvane Systems", "Lattice" for "Lattice Shield"
      if ([...mine.forms].some((f) => /\s/.test(f))) continue;
      const target = cs.only(byFirstWord.get(t.toLowerCase()));
      if (target && target !== mine) cs.merge(mine, target);
    } else {
      // "Port Authority" for "Port Authority of New York and New Jersey"
      const target = cs.only(byPrefix.get(t.toLowerCase().replace(/^the\s+/, '')));
      if (target && target !== mine) cs.merge(mine, target);
    }
  }
}

/** Lower-case words of a person's name without leading titles ("general mohammad bagheri" -> "mohammad bagheri"). */
function coreOf(m: Mention): string[] {
  const parts = m.text.toLowerCase().split(/\s+/);
  while (parts.length > 1 && (TITLE_HEADS.has(parts[0].replace(/\.$/, '')) || HONORIFICS.has(parts[0].replace(/\.$/, '')))) parts.shift();
  return parts;
}

/**
 * People: longest names first; shorter forms (surname, "Al Mansour", "de la Vega", "Sheikh Khalid", a family
 * name written first) and spelling variants join the most recently mentioned person they fit.
 */
function clusterPeople(cs: Clusters, named: readonly Mention[], spelling?: SpellingMemo): void {
  const people = named.filter((m) => m.type === 'person');
  const cores = new Map<Mention, string[]>();
  for (const m of people) cores.set(m, coreOf(m));
  const byLength = people.slice().sort((x, y) => cores.get(y)!.length - cores.get(x)!.length || x.start - y.start);
  const forms = new PersonForms(spelling);
  for (const m of byLength) {
    const core = cores.get(m)!;
    const l = core.join(' ');
    let c = cs.byKey.get(`person:${l}`);
    if (!c) {
      c = forms.fitting(m, core);
      if (!c) { c = cs.fresh(m); forms.opened(c); }
      cs.byKey.set(`person:${l}`, c);
    }
    const newForms = [m.text.toLowerCase(), l].filter((f) => !c!.forms.has(f));
    cs.add(c, m);
    c.forms.add(l);
    for (const f of new Set(newForms)) forms.index(c, f);
  }
}

/**
 * Indexes over the forms of the people seen so far, so that each new name is tried only against the
 * people it may fit (a long document has thousands of them); every fit is still checked in full.
 */
class PersonForms {
  private readonly bySuffix: Index = new Map(); // "2|al mansour" -> people with a longer form ending so
  private readonly byPenultimate: Index = new Map();
  private readonly byFirst: Index = new Map();
  private readonly byLastInitial: Index = new Map(); // spelling variants share the first letter of the last word
  private readonly order = new Map<Cluster, number>();
  /** The words of each form, split once (a form is tried against every new name that may fit it). */
  private readonly wordsOf = new Map<string, string[]>();

  constructor(private readonly spelling?: SpellingMemo) {}

  private words(f: string): string[] {
    let w = this.wordsOf.get(f);
    if (!w) this.wordsOf.set(f, (w = f.split(/\s+/)));
    return w;
  }

  opened(c: Cluster): void {
    this.order.set(c, this.order.size);
  }

  index(c: Cluster, f: string): void {
    const w = f.split(/\s+/);
    for (let k = 1; k < w.length; k++) index(this.bySuffix, `${k}|${w.slice(w.length - k).join(' ')}`, c);
    if (w.length >= 3) index(this.byPenultimate, w[w.length - 2], c);
    if (w.length >= 2) index(this.byFirst, w[0], c);
    index(this.byLastInitial, (w[w.length - 1][0] ?? '').toLowerCase(), c);
  }

  /** The person a name (its core words) is a shorter form or a spelling variant of, if any. */
  fitting(m: Mention, core: string[]): Cluster | undefined {
    const l = core.join(' ');
    const lastSeenBefore = (p: Cluster): number => {
      let best = -1;
      for (const x of p.mentions) if (x.start < m.start && x.start > best) best = x.start;
      return best;
    };
    // whether one of p's names, longer than the core, passes the test (its words; no list built: a common last
    // initial makes this run over thousands of clusters)
    const longer = (p: Cluster, test: (f: string[]) => boolean): boolean => {
      for (const form of p.forms) { const f = this.words(form); if (f.length > core.length && test(f)) return true; }
      return false;
    };
    const variant = (p: Cluster): boolean => {
      for (const form of p.forms) {
        const q = this.words(form);
        if (q.length === core.length && q.every((x, i) => sameSurname(x, core[i], this.spelling))) return true;
      }
      return false;
    };
    const fits: Array<[Set<Cluster> | undefined, (p: Cluster) => boolean]> = [
      // a word-final part of a longer name: "Bagheri", "Al Mansour", "de la Vega"
      [this.bySuffix.get(`${core.length}|${l}`), (p: Cluster) => longer(p, (f) => f.slice(f.length - core.length).join(' ') === l)],
      // a father's surname before a mother's: "Huamaní" of "Carmen Rosa Huamaní Ccori"
      [core.length === 1 ? this.byPenultimate.get(l) : undefined, (p: Cluster) => core.length === 1 && longer(p, (f) => f.length >= 3 && f[f.length - 2] === l)],
      // the first name or a family name written first: "Khalid" (of "Sheikh Khalid"), "Han" (of "Han Jae-won")
      [core.length === 1 ? this.byFirst.get(l) : undefined, (p: Cluster) => core.length === 1 && longer(p, (f) => f[0] === l)],
      // every word a spelling variant: "Baqeri", "Mohammed Bagheri"
      [this.byLastInitial.get((core[core.length - 1][0] ?? '').toLowerCase()),
        (p: Cluster) => variant(p) || (core.length === 1 && longer(p, (f) => sameSurname(f[f.length - 1], core[0], this.spelling)))],
    ];
    for (const [candidates, fit] of fits) {
      if (!candidates) continue;
      // the fit is pure: filtering first sorts only the few that fit (a common last initial gathers thousands)
      const hits = [...candidates].filter(fit).sort((x, y) => this.order.get(x)! - this.order.get(y)!);
      if (hits.length) return hits.sort((x, y) => lastSeenBefore(y) - lastSeenBefore(x))[0];
    }
    return undefined;
  }
}

/** Titles written before a name ("General Bagheri") and roles stated around it. */
function collectRoles(ctx: DocContext, ws: Word[], cs: Clusters, titles: ReadonlyMap<number, string>): void {
  // the words each person's mention starts and ends with, found for all of them at once
  const starts: number[] = [], ends: number[] = [];
  for (const c of cs.all) if (c.type === 'person') for (const m of c.mentions) { starts.push(m.start); ends.push(m.end); }
  const firstWord = wordsWith(ws, starts, 'start'), lastWord = wordsWith(ws, ends, 'end');
  let k = 0;
  for (const c of cs.all) for (const m of c.mentions) {
    const t = titles.get(m.start);
    if (t) c.titles.add(t);
    if (c.type === 'person') {
      const a = firstWord[k], e = lastWord[k];
      k++;
      if (a >= 0 && e >= 0) for (const clue of roleClues(ctx, ws, a, e + 1)) addClue(c, clue);
    }
  }
  for (const c of cs.all) if (c.type === 'person') settleRole(c);
}
