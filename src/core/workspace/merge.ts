// The workspace index: article summaries by article, and the actors merged across articles. The same person
// in different articles is one entry when they share a full name or a name-like alias (spellings of one
// transliterated name count as the same: Bagheri / Baqeri), or when an article names a person by surname
// alone and exactly one person of the workspace has that surname. Types must agree.
import { isAcronym } from '../actors/cluster';
import { spellingKey } from '../entities/spelling';
import type { EntityType } from '../types';
import type { ActorSummary, ArticleSummary, ClaimSummary, EventSummary } from './summary';

export interface ActorRef {
  article: string;
  /** Index into the article summary's actors. */
  actor: number;
  /** The summary it was merged from (the article may have changed since). */
  summary: ArticleSummary;
}

export interface WorkspaceActor {
  /** Stable while the actor's main name stays: type and normalized name. */
  key: string;
  name: string;
  type: EntityType;
  role?: string;
  /** Every other name it has across articles. */
  aliases: string[];
  refs: ActorRef[];
  /** Number of distinct articles. */
  articles: number;
  mentions: number;
}

export interface WorkspaceMention {
  article: string;
  start: number;
  end: number;
  line: number;
  column: number;
  text: string;
}

export interface Located<T> {
  article: string;
  item: T;
}

interface Entry {
  summary: ArticleSummary;
  /**
   * Made once, when the article is set, not at every merge: a merge then allocates little (merging 5,000
   * articles twenty times while indexing left 336 MB of garbage on the host thread's heap).
   */
  refs: ActorRef[];
  claims: Array<Located<ClaimSummary>>;
  events: DatedEvent[];
  /** Per actor: the full-name keys (merge on any shared one) and, for a one-word person, the surname key. */
  keys: string[][];
  surname: Array<string | undefined>;
  /** Per actor: the last-word key of a person named in full (candidates for one-word mentions elsewhere). */
  last: Array<string | undefined>;
}

/** A comparison key for one word: spelling-normalized, lower case for scripts the spelling key drops. */
function wordKey(w: string): string {
  const bare = w.replace(/['’]s$/u, '');
  return spellingKey(bare) || bare.toLowerCase();
}

export function nameKey(name: string): string {
  return name.split(/[\s\u00a0]+/u).filter(Boolean).map(wordKey).join(' ');
}

function words(name: string): number {
  return name.split(/[\s\u00a0]+/u).filter(Boolean).length;
}

/** Can this name alone identify an actor across articles? One-word person names cannot (surnames). */
function fullKey(name: string, type: EntityType): string | undefined {
  if (type === 'person' && words(name) < 2 && !isAcronym(name)) return undefined;
  const k = nameKey(name);
  return k ? `${type}|${k}` : undefined;
}

/**
 * One copy of each name, key and mention text across the workspace: the same names recur from article to
 * article, and each summary arrives as fresh strings. Bounded by the distinct strings the index holds.
 */
class Interner {
  private readonly strings = new Map<string, string>();
  of<T extends string>(s: T): T;
  of<T extends string>(s: T | undefined): T | undefined;
  of<T extends string>(s: T | undefined): T | undefined {
    if (s === undefined) return s;
    const had = this.strings.get(s);
    if (had !== undefined) return had as T;
    if (this.strings.size > 500_000) this.strings.clear(); // a workspace of nothing but distinct names
    this.strings.set(s, s);
    return s;
  }
}

/**
 * The words every summary repeats (types, kinds, triggers, dates) as one copy each: a summary that crossed
 * from a worker or was read from disk holds a fresh string for each (and a fresh empty list for each empty
 * one). 5,000 articles (840 real ones cycled): 126 -> 115 -> 111 MB of heap for the index.
 */
function internWords(summary: ArticleSummary, intern: Interner): void {
  summary.date = intern.of(summary.date);
  if (summary.date === undefined) delete summary.date;
  for (const c of summary.claims) c.kind = intern.of(c.kind);
  for (const e of summary.events) {
    e.type = intern.of(e.type);
    e.trigger = intern.of(e.trigger);
    if (e.date !== undefined) e.date = intern.of(e.date);
    if (!e.participants.length) e.participants = NONE;
  }
}

/** The one empty list the index's summaries share (most actors have no alias, many events no participant). */
const NONE = Object.freeze([]) as unknown as never[];

function entryOf(article: string, summary: ArticleSummary, intern: Interner): Entry {
  const keys: string[][] = [], surname: Array<string | undefined> = [], last: Array<string | undefined> = [];
  internWords(summary, intern);
  for (const a of summary.actors) {
    a.type = intern.of(a.type);
    a.name = intern.of(a.name);
    a.role = intern.of(a.role);
    if (a.role === undefined) delete a.role;
    a.aliases = a.aliases.length ? a.aliases.map((x) => intern.of(x)) : NONE;
    a.forms = a.forms.map((x) => intern.of(x));
    const names = [a.name, ...a.aliases];
    // a described speaker ("a spokesman") is one article's: never merged by its words
    keys.push(a.unnamed ? [] : [...new Set(names.map((n) => intern.of(fullKey(n, a.type))).filter((k): k is string => !!k))]);
    const single = !a.unnamed && a.type === 'person' && words(a.name) === 1 && !isAcronym(a.name);
    surname.push(single ? intern.of(`person|${nameKey(a.name)}`) : undefined);
    const parts = a.name.split(/\s+/u);
    last.push(!a.unnamed && a.type === 'person' && parts.length >= 2 ? intern.of(`person|${wordKey(parts[parts.length - 1])}`) : undefined);
  }
  const refs = summary.actors.map((_, actor) => ({ article, actor, summary }));
  const claims = summary.claims.map((item) => ({ article, item }));
  const events = summary.events.map((item) => ({ article, item, fromArticle: !item.date && !!summary.date }));
  return { summary, refs, claims, events, keys, surname, last };
}

class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]];
      x = this.parent[x];
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a), rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

function mostCommon(values: Array<string | undefined>, tieBreak: (a: string, b: string) => number): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined, bestCount = 0;
  for (const [v, c] of counts) if (c > bestCount || (c === bestCount && best !== undefined && tieBreak(v, best) < 0)) { best = v; bestCount = c; }
  return best;
}

type SpeakerGroup = { speaker: WorkspaceActor | undefined; claims: Array<Located<ClaimSummary>> };
type DatedEvent = Located<EventSummary> & { fromArticle: boolean };
type DateGroup = { date: string | undefined; events: DatedEvent[] };

/** One merge's result: read by every query until the next merge replaces it whole. */
interface Snapshot {
  actors: WorkspaceActor[];
  /** Per article entry: the workspace actor of each of its actors. */
  groups: Map<Entry, WorkspaceActor[]>;
  entries: Array<[string, Entry]>;
  claims: SpeakerGroup[];
  events: DateGroup[];
}

const EMPTY: Snapshot = { actors: [], groups: new Map(), entries: [], claims: [], events: [] };

/** Work between checks of the time slice in mergeAsync. */
const STEP = 1000;

/** The order of String.prototype.localeCompare, at a fraction of its cost (one collator, made once). */
const compareText = new Intl.Collator().compare;

/**
 * Sorts (stable, like Array.prototype.sort) in steps of about STEP comparisons, yielding between them: runs
 * sorted whole, then merged pairwise. The result is a new array.
 */
export function* sortSteps<T>(items: readonly T[], cmp: (a: T, b: T) => number): Generator<void, T[], void> {
  const RUN = 128;
  let a = items.slice();
  for (let i = 0; i < a.length; i += RUN) {
    const run = a.slice(i, i + RUN).sort(cmp);
    for (let k = 0; k < run.length; k++) a[i + k] = run[k];
    if ((i / RUN) % 8 === 7) yield;
  }
  let b = new Array<T>(a.length);
  let work = 0;
  for (let width = RUN; width < a.length; width *= 2) {
    for (let lo = 0; lo < a.length; lo += 2 * width) {
      const mid = Math.min(lo + width, a.length), hi = Math.min(lo + 2 * width, a.length);
      let i = lo, j = mid, k = lo;
      while (i < mid && j < hi) {
        b[k++] = cmp(a[j], a[i]) < 0 ? a[j++] : a[i++];
        if (++work === STEP) { work = 0; yield; }
      }
      while (i < mid) b[k++] = a[i++];
      while (j < hi) b[k++] = a[j++];
    }
    [a, b] = [b, a];
  }
  return a;
}

export class WorkspaceIndex {
  private readonly entries = new Map<string, Entry>();
  private readonly intern = new Interner();
  private snap: Snapshot = EMPTY;
  private dirty = false;
  /**
   * Merge on first read after a change (the default: simple and exact). The editor turns this off and
   * calls mergeAsync(), so that reads see the last merge and never block its thread on a large workspace.
   */
  autoMerge = true;

  set(article: string, summary: ArticleSummary): void {
    this.entries.set(article, entryOf(article, summary, this.intern));
    this.dirty = true;
  }

  delete(article: string): boolean {
    const had = this.entries.delete(article);
    if (had) this.dirty = true;
    return had;
  }

  clear(): void {
    this.entries.clear();
    this.dirty = true;
  }

  has(article: string): boolean {
    return this.entries.has(article);
  }

  summary(article: string): ArticleSummary | undefined {
    return this.entries.get(article)?.summary;
  }

  get articleCount(): number {
    return this.entries.size;
  }

  /** Changed since the last merge. */
  get stale(): boolean {
    return this.dirty;
  }

  articles(): string[] {
    return [...this.entries.keys()];
  }

  /** Merges now, in one go. */
  merge(): void {
    const steps = this.mergeSteps();
    while (!steps.next().done) { /* run to the end */ }
  }

  /**
   * Merges in slices of about sliceMs, yielding between them (`pause`, e.g. setImmediate), so a large
   * workspace never blocks the caller's thread for long. Reads keep seeing the previous merge until it ends.
   */
  async mergeAsync(pause: () => Promise<void>, sliceMs = 8): Promise<void> {
    const steps = this.mergeSteps();
    for (;;) {
      const until = Date.now() + sliceMs;
      let r = steps.next();
      while (!r.done && Date.now() < until) r = steps.next();
      if (r.done) return;
      await pause();
    }
  }

  private current(): Snapshot {
    if (this.dirty && this.autoMerge) this.merge();
    return this.snap;
  }

  /** The merged actors, most widely mentioned first (articles, then mentions, then name). */
  actors(): WorkspaceActor[] {
    return this.current().actors;
  }

  /** The workspace entry of an article's actor. */
  actorOf(article: string, actor: number): WorkspaceActor | undefined {
    const snap = this.current();
    const e = this.entries.get(article);
    return e && snap.groups.get(e)?.[actor];
  }

  /** Every mention of a workspace actor, article by article, in text order. */
  mentionsOf(actor: WorkspaceActor): WorkspaceMention[] {
    return mentionsOfRefs(actor.refs);
  }

  /** Claims grouped by speaker across articles (unattributed last), the most quoted first (made by the merge). */
  claimsBySpeaker(): SpeakerGroup[] {
    return this.current().claims;
  }

  /**
   * Events by date across articles: an event's own date, else its article's date (`fromArticle`); undated
   * events last. Dates in order, events of one date by article and position (made by the merge).
   */
  eventsByDate(): DateGroup[] {
    return this.current().events;
  }

  /**
   * The workspace actor an article's actor belongs to, by name (the article as open may differ from the
   * indexed one): the indexed article's actor of that name and type, else any actor with that name.
   */
  lookup(article: string, name: string, type: EntityType): WorkspaceActor | undefined {
    const k = this.entries.get(article)?.summary.actors.findIndex((a) => a.name === name && a.type === type) ?? -1;
    const own = k >= 0 ? this.actorOf(article, k) : undefined;
    if (own) return own;
    const key = nameKey(name);
    return this.actors().find((a) => a.type === type && (nameKey(a.name) === key || a.aliases.some((x) => nameKey(x) === key)));
  }

  /** Actors whose name or alias starts with (or, failing that, contains) the query, case-insensitively. */
  search(query: string): WorkspaceActor[] {
    const q = query.trim().toLowerCase();
    if (!q) return this.actors();
    const names = (a: WorkspaceActor) => [a.name, ...a.aliases].map((n) => n.toLowerCase());
    const starts = this.actors().filter((a) => names(a).some((n) => n.startsWith(q) || n.includes(` ${q}`)));
    return starts.length ? starts : this.actors().filter((a) => names(a).some((n) => n.includes(q)));
  }

  /** The merge, as a generator that yields every STEP units of work (mergeAsync slices it). */
  private *mergeSteps(): Generator<void, void, void> {
    this.dirty = false;
    const entries = [...this.entries];
    const refs: ActorRef[] = [];
    const owners: Entry[] = [];
    for (const [, e] of entries) {
      for (const r of e.refs) { refs.push(r); owners.push(e); }
      if (refs.length % STEP < e.summary.actors.length) yield;
    }
    yield;
    const uf = new UnionFind(refs.length);
    const owner = new Map<string, number>();
    for (let n = 0; n < refs.length; n++) {
      for (const key of owners[n].keys[refs[n].actor]) {
        const o = owner.get(key);
        if (o === undefined) owner.set(key, n); else uf.union(o, n);
      }
      if (n % STEP === 0) yield;
    }
    yield* joinSurnames(refs, owners, uf);
    const members = new Map<number, number[]>();
    for (let n = 0; n < refs.length; n++) {
      const r = uf.find(n);
      let list = members.get(r);
      if (!list) members.set(r, (list = []));
      list.push(n);
      if (n % STEP === 0) yield;
    }
    const groups = new Map<Entry, WorkspaceActor[]>(entries.map(([, e]) => [e, []]));
    const actors: WorkspaceActor[] = [];
    let work = 0;
    for (const ns of members.values()) {
      const actor = entryFor(ns.map((n) => refs[n]));
      actors.push(actor);
      for (const n of ns) groups.get(owners[n])![refs[n].actor] = actor;
      work += ns.length;
      if (work > STEP) { work = 0; yield; }
    }
    yield;
    const sorted = yield* sortSteps(actors, (a, b) => b.articles - a.articles || b.mentions - a.mentions || compareText(a.name, b.name));
    distinctKeys(sorted);
    yield;
    const claims = yield* claimGroups(entries, groups);
    const events = yield* eventGroups(entries);
    this.snap = { actors: sorted, groups, entries, claims, events };
  }
}

/** Claims by speaker (unattributed last), the most quoted first: in steps. */
function* claimGroups(entries: Array<[string, Entry]>, actorsOf: Map<Entry, WorkspaceActor[]>): Generator<void, SpeakerGroup[], void> {
  const groups = new Map<WorkspaceActor | undefined, Array<Located<ClaimSummary>>>();
  let work = 0;
  for (const [, e] of entries) {
    const actors = actorsOf.get(e) ?? [];
    for (const c of e.claims) {
      const speaker = c.item.speaker >= 0 ? actors[c.item.speaker] : undefined;
      let list = groups.get(speaker);
      if (!list) groups.set(speaker, (list = []));
      list.push(c);
    }
    work += e.summary.claims.length;
    if (work > STEP) { work = 0; yield; }
  }
  const list = [...groups].map(([speaker, claims]) => ({ speaker, claims }));
  return yield* sortSteps(list, (a, b) => (a.speaker ? 0 : 1) - (b.speaker ? 0 : 1) || b.claims.length - a.claims.length || compareText(a.speaker?.name ?? '', b.speaker?.name ?? ''));
}

/** Events by date, undated last; within a date by article, then position: in steps. */
function* eventGroups(entries: Array<[string, Entry]>): Generator<void, DateGroup[], void> {
  // articles in order once, so that events compare by a number
  const byArticle = yield* sortSteps(entries.map(([article]) => article), compareText);
  const rank = new Map(byArticle.map((a, k) => [a, k]));
  const groups = new Map<string | undefined, DatedEvent[]>();
  let work = 0;
  for (const [, e] of entries) {
    for (const ev of e.events) {
      const date = ev.item.date ?? e.summary.date;
      let list = groups.get(date);
      if (!list) groups.set(date, (list = []));
      list.push(ev);
    }
    work += e.summary.events.length;
    if (work > STEP) { work = 0; yield; }
  }
  const out: DateGroup[] = [];
  for (const [date, events] of groups) {
    out.push({ date, events: yield* sortSteps(events, (a, b) => rank.get(a.article)! - rank.get(b.article)! || a.item.start - b.item.start) });
    work += events.length;
    if (work > STEP) { work = 0; yield; }
  }
  return yield* sortSteps(out, (a, b) => compareText(a.date ?? '\uffff', b.date ?? '\uffff'));
}

/** A one-word person joins the one group of full-named persons with that last name, when there is exactly one. */
function* joinSurnames(refs: ActorRef[], owners: Entry[], uf: UnionFind): Generator<void, void, void> {
  const groupsByLast = new Map<string, Set<number>>();
  for (let n = 0; n < refs.length; n++) {
    if (n % STEP === 0) yield;
    const last = owners[n].last[refs[n].actor];
    if (!last) continue;
    let set = groupsByLast.get(last);
    if (!set) groupsByLast.set(last, (set = new Set()));
    set.add(uf.find(n));
  }
  const loneBySurname = new Map<string, number>();
  for (let n = 0; n < refs.length; n++) {
    if (n % STEP === 0) yield;
    const s = owners[n].surname[refs[n].actor];
    if (!s) continue;
    const groups = groupsByLast.get(s);
    if (groups?.size === 1) uf.union([...groups][0], n);
    else if (!groups) {
      // nobody has this surname with a first name: the lone surnames are one person
      const first = loneBySurname.get(s);
      if (first === undefined) loneBySurname.set(s, n); else uf.union(first, n);
    }
  }
}

function entryFor(refs: ActorRef[]): WorkspaceActor {
  const actors = refs.map((r) => r.summary.actors[r.actor]);
  const byLength = (a: string, b: string) => b.length - a.length || a.localeCompare(b);
  const name = mostCommon(actors.map((a) => a.name), byLength)!;
  const type = actors[0].type;
  const role = mostCommon(actors.map((a) => a.role), byLength);
  const aliases = [...new Set(actors.flatMap((a) => [a.name, ...a.aliases]))].filter((n) => n !== name);
  return {
    key: `${type}:${nameKey(name)}`,
    name, type, ...(role ? { role } : {}), aliases, refs,
    articles: new Set(refs.map((r) => r.article)).size,
    mentions: actors.reduce((s, a) => s + a.mentions.length / 5, 0),
  };
}

/** Keys name tree rows: two entries of one name (an ambiguous surname) get distinct ones. */
function distinctKeys(actors: WorkspaceActor[]): void {
  const seen = new Map<string, number>();
  for (const a of actors) {
    const n = seen.get(a.key) ?? 0;
    seen.set(a.key, n + 1);
    if (n) a.key = `${a.key}#${n + 1}`;
  }
}

/** The mentions behind some of an actor's refs (one article's, for a tree row), in ref order. */
export function mentionsOfRefs(refs: readonly ActorRef[]): WorkspaceMention[] {
  const out: WorkspaceMention[] = [];
  for (const ref of refs) {
    const a = ref.summary.actors[ref.actor];
    if (a) pushMentions(out, ref.article, a);
  }
  return out;
}

/** How many mentions some refs have, without making them. */
export function mentionCountOf(refs: readonly ActorRef[]): number {
  return refs.reduce((n, r) => n + (r.summary.actors[r.actor]?.mentions.length ?? 0) / 5, 0);
}

function pushMentions(out: WorkspaceMention[], article: string, a: ActorSummary): void {
  for (let i = 0; i + 4 < a.mentions.length; i += 5) {
    const m = a.mentions;
    out.push({ article, start: m[i], end: m[i + 1], line: m[i + 2], column: m[i + 3], text: a.forms[m[i + 4]] ?? '' });
  }
}
