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
  article: string;
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
  return { article, summary, refs, claims, events, keys, surname, last };
}

/** Union-find over refs, growing as refs are added; a union keeps the smaller root (a group's root is its first ref). */
class UnionFind {
  private parent = new Int32Array(1024);
  private size = 0;
  add(): number {
    if (this.size === this.parent.length) {
      const grown = new Int32Array(2 * this.size);
      grown.set(this.parent);
      this.parent = grown;
    }
    this.parent[this.size] = this.size;
    return this.size++;
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
  copy(): UnionFind {
    const c = new UnionFind();
    c.parent = this.parent.slice(0, Math.max(1, this.size));
    c.size = this.size;
    return c;
  }
}

/**
 * What the merges keep from one to the next, so that a merge after articles were added merges those into it
 * instead of merging every article again (while indexing 5,000 articles, each merge rebuilt it whole: most of
 * the host thread's garbage). A changed or deleted article starts it anew (WorkspaceIndex.restart).
 */
class Merged {
  /** The merged entries in order, their refs in order (ref n: refs[n]) and each entry's first ref. */
  readonly entries: Entry[] = [];
  readonly refs: ActorRef[] = [];
  readonly base = new Map<Entry, number>();
  /** Refs joined by shared full names (the surname joins, which a later article can undo, are made on a copy at each merge). */
  readonly uf = new UnionFind();
  private readonly owner = new Map<string, number>();
  /** Refs of persons named in full, by last-name key; refs of one-word persons and their surname keys. */
  readonly byLast = new Map<string, number[]>();
  readonly lone: number[] = [];
  readonly loneKey: string[] = [];
  /** Per group root (its first ref), as of the merge that made it: its actor (unchanged members: the same actor) and the actor's key before equal keys are told apart (groupActors). */
  readonly actor: Array<WorkspaceActor | undefined> = [];
  readonly key: string[] = [];

  add(e: Entry): void {
    this.base.set(e, this.refs.length);
    this.entries.push(e);
    for (let k = 0; k < e.refs.length; k++) {
      const n = this.uf.add();
      this.refs.push(e.refs[k]);
      for (const key of e.keys[k]) {
        const o = this.owner.get(key);
        if (o === undefined) this.owner.set(key, n); else this.uf.union(o, n);
      }
      const last = e.last[k], surname = e.surname[k];
      if (last) {
        const list = this.byLast.get(last);
        if (list) list.push(n); else this.byLast.set(last, [n]);
      }
      if (surname) {
        this.lone.push(n);
        this.loneKey.push(surname);
      }
    }
  }

  /** The actor of the group of root r, members[from..to): the one made before when its members (refs, in order) are the same. */
  actorOf(r: number, members: Int32Array, from: number, to: number): WorkspaceActor {
    const had = this.actor[r];
    let same = had?.refs.length === to - from;
    for (let j = from; had && same && j < to; j++) same = had.refs[j - from] === this.refs[members[j]];
    if (had && same) return had;
    const refs = new Array<ActorRef>(to - from);
    for (let j = from; j < to; j++) refs[j - from] = this.refs[members[j]];
    // the key of an unchanged name as before (making one is costly: a spelling key a word)
    const made = entryFor(refs, (type, name) => (had?.name === name && had.type === type ? this.key[r] : actorKey(type, name)));
    this.actor[r] = made;
    this.key[r] = made.key;
    return made;
  }
}

function mostCommon(refs: readonly ActorRef[], value: (a: ActorSummary) => string | undefined, tieBreak: (a: string, b: string) => number): string | undefined {
  const counts = new Map<string, number>();
  for (const r of refs) {
    const v = value(r.summary.actors[r.actor]);
    if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
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
  /** The workspace actor of each ref (an entry's actor k: byRef[base.get(entry) + k]). */
  byRef: WorkspaceActor[];
  base: ReadonlyMap<Entry, number>;
  claims: SpeakerGroup[];
  events: DateGroup[];
}

const EMPTY: Snapshot = { actors: [], byRef: [], base: new Map(), claims: [], events: [] };

/** Entry e's actor k in a merge's result (undefined when e was not merged, or has no actor k). */
function actorAt(snap: Pick<Snapshot, 'byRef' | 'base'>, e: Entry, k: number): WorkspaceActor | undefined {
  const b = snap.base.get(e);
  return b === undefined || k < 0 || k >= e.refs.length ? undefined : snap.byRef[b + k];
}

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
  private merged = new Merged();
  /** Articles added since the last merge began, to merge into `merged`; or, with restart, merge everything anew. */
  private added: Entry[] = [];
  private restart = false;
  /** The merge under way (merge() and mergeAsync() both advance it). */
  private running: Generator<void, void, void> | undefined;
  /**
   * Merge on first read after a change (the default: simple and exact). The editor turns this off and
   * calls mergeAsync(), so that reads see the last merge and never block its thread on a large workspace.
   */
  autoMerge = true;

  set(article: string, summary: ArticleSummary): void {
    const e = entryOf(article, summary, this.intern);
    if (this.entries.has(article)) this.restart = true; else this.added.push(e);
    this.entries.set(article, e);
    this.dirty = true;
  }

  delete(article: string): boolean {
    const had = this.entries.delete(article);
    if (had) this.dirty = this.restart = true;
    return had;
  }

  clear(): void {
    this.entries.clear();
    this.dirty = this.restart = true;
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

  /** Merges now, in one go (ending a merge under way first). */
  merge(): void {
    if (this.running) this.advance(Infinity);
    this.advance(Infinity);
  }

  /**
   * Merges in slices of about sliceMs, yielding between them (`pause`, e.g. setImmediate), so a large
   * workspace never blocks the caller's thread for long. Reads keep seeing the previous merge until it ends.
   */
  async mergeAsync(pause: () => Promise<void>, sliceMs = 8): Promise<void> {
    while (!this.advance(Date.now() + sliceMs)) await pause();
  }

  /** Runs the merge under way (or a new one) until it ends (true) or the time is past `until`. */
  private advance(until: number): boolean {
    const steps = (this.running ??= this.mergeSteps());
    let r = steps.next();
    while (!r.done && Date.now() < until) r = steps.next();
    if (r.done && this.running === steps) this.running = undefined;
    return !!r.done;
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
    return e && actorAt(snap, e, actor);
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
    if (this.restart) {
      this.restart = false;
      this.merged = new Merged();
      this.added = [...this.entries.values()];
    }
    const m = this.merged, added = this.added;
    this.added = [];
    let work = 0;
    for (const e of added) {
      m.add(e);
      if ((work += e.refs.length) > STEP) { work = 0; yield; }
    }
    yield;
    const uf = m.uf.copy();
    yield* joinSurnames(m, uf);
    const { actors, byRef } = yield* groupActors(m, uf);
    const merged = { byRef, base: m.base };
    const claims = yield* claimGroups(m.entries, merged);
    const events = yield* eventGroups(m.entries);
    this.snap = { actors, byRef, base: m.base, claims, events };
  }
}

/**
 * The workspace actors: one per group of refs (in the order of their first refs), the group's actor of the
 * last merge when its members are the same; sorted, most widely mentioned first; and the actor of each ref.
 */
function* groupActors(m: Merged, uf: UnionFind): Generator<void, { actors: WorkspaceActor[]; byRef: WorkspaceActor[] }, void> {
  const n = m.refs.length;
  const root = new Int32Array(n), end = new Int32Array(n), members = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    end[(root[i] = uf.find(i))]++;
    if (root[i] !== i) m.actor[i] = undefined; // no longer a root: its old group's actor (and refs) is not kept
    if (i % STEP === 0) yield;
  }
  // each group's members in ref order, the groups one after another
  const roots: number[] = [];
  for (let i = 0, at = 0; i < n; i++) if (root[i] === i) { roots.push(i); at += end[i]; end[i] = at - end[i]; }
  for (let i = 0; i < n; i++) members[end[root[i]]++] = i;
  yield;
  let from = 0, work = 0;
  for (const r of roots) {
    m.actorOf(r, members, from, end[r]);
    work += end[r] - from;
    from = end[r];
    if (work > STEP) { work = 0; yield; }
  }
  yield;
  const order = yield* sortSteps(roots, (a, b) => {
    const x = m.actor[a]!, y = m.actor[b]!;
    return y.articles - x.articles || y.mentions - x.mentions || compareText(x.name, y.name);
  });
  // keys name tree rows: two entries of one name (an ambiguous surname) get distinct ones
  const seen = new Map<string, number>();
  const actors: WorkspaceActor[] = [];
  for (const r of order) {
    const k = seen.get(m.key[r]) ?? 0;
    seen.set(m.key[r], k + 1);
    const key = k ? `${m.key[r]}#${k + 1}` : m.key[r];
    const actor = m.actor[r]!;
    actors.push((m.actor[r] = actor.key === key ? actor : { ...actor, key })); // the last merge's result keeps its own
    if (++work > STEP) { work = 0; yield; }
  }
  const byRef = new Array<WorkspaceActor>(n);
  for (let i = 0; i < n; i++) {
    byRef[i] = m.actor[root[i]]!;
    if (i % STEP === 0) yield;
  }
  return { actors, byRef };
}

/** Claims by speaker (unattributed last), the most quoted first: in steps. */
function* claimGroups(entries: readonly Entry[], merged: Pick<Snapshot, 'byRef' | 'base'>): Generator<void, SpeakerGroup[], void> {
  const groups = new Map<WorkspaceActor | undefined, Array<Located<ClaimSummary>>>();
  let work = 0;
  for (const e of entries) {
    for (const c of e.claims) {
      const speaker = actorAt(merged, e, c.item.speaker);
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
function* eventGroups(entries: readonly Entry[]): Generator<void, DateGroup[], void> {
  // articles in order once, so that events compare by a number
  const byArticle = yield* sortSteps(entries.map((e) => e.article), compareText);
  const rank = new Map(byArticle.map((a, k) => [a, k]));
  const groups = new Map<string | undefined, DatedEvent[]>();
  let work = 0;
  for (const e of entries) {
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

/**
 * A one-word person joins the one group of full-named persons with that last name, when there is exactly one
 * (groups as joined by full names: m.uf); the lone surnames nobody has with a first name are one person. The
 * joins are made on uf, this merge's copy of m.uf.
 */
function* joinSurnames(m: Merged, uf: UnionFind): Generator<void, void, void> {
  /** Per surname key: the one group's root, SEVERAL, or NONE. */
  const groupOf = new Map<string, number>();
  const loneBySurname = new Map<string, number>();
  for (let k = 0; k < m.lone.length; k++) {
    if (k % STEP === 0) yield;
    const n = m.lone[k], s = m.loneKey[k];
    let group = groupOf.get(s);
    if (group === undefined) {
      group = NONE_GROUP;
      for (const l of m.byLast.get(s) ?? []) {
        const r = m.uf.find(l);
        if (group !== NONE_GROUP && group !== r) { group = SEVERAL; break; }
        group = r;
      }
      groupOf.set(s, group);
    }
    if (group >= 0) uf.union(group, n);
    else if (group === NONE_GROUP) {
      const first = loneBySurname.get(s);
      if (first === undefined) loneBySurname.set(s, n); else uf.union(first, n);
    }
  }
}

const NONE_GROUP = -1, SEVERAL = -2;

/**
 * The workspace actor of some refs, in ref order (an article's refs next to each other). Merges remake the
 * actors of the groups that grew: nothing is allocated per ref but the actor's own refs.
 */
function entryFor(refs: ActorRef[], keyOf = actorKey): WorkspaceActor {
  const byLength = (a: string, b: string) => b.length - a.length || a.localeCompare(b);
  const name = mostCommon(refs, (a) => a.name, byLength)!;
  const type = refs[0].summary.actors[refs[0].actor].type;
  const role = mostCommon(refs, (a) => a.role, byLength);
  const names = new Set<string>();
  let articles = 0;
  for (let i = 0; i < refs.length; i++) {
    const a = refs[i].summary.actors[refs[i].actor];
    names.add(a.name);
    for (let k = 0; k < a.aliases.length; k++) names.add(a.aliases[k]); // (for-of: an iterator a ref, 100 bytes)
    if (i === 0 || refs[i].article !== refs[i - 1].article) articles++;
  }
  names.delete(name);
  return {
    key: keyOf(type, name),
    name, type, ...(role ? { role } : {}), aliases: [...names], refs, articles, mentions: mentionCountOf(refs),
  };
}

/** A workspace actor's key (before distinct ones are made of equal keys): stable while its main name stays. */
function actorKey(type: EntityType, name: string): string {
  return `${type}:${nameKey(name)}`;
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
