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

function entryOf(summary: ArticleSummary): Entry {
  const keys: string[][] = [], surname: Array<string | undefined> = [], last: Array<string | undefined> = [];
  for (const a of summary.actors) {
    const names = [a.name, ...a.aliases];
    keys.push([...new Set(names.map((n) => fullKey(n, a.type)).filter((k): k is string => !!k))]);
    const single = a.type === 'person' && words(a.name) === 1 && !isAcronym(a.name);
    surname.push(single ? `person|${nameKey(a.name)}` : undefined);
    const parts = a.name.split(/\s+/u);
    last.push(a.type === 'person' && parts.length >= 2 ? `person|${wordKey(parts[parts.length - 1])}` : undefined);
  }
  return { summary, keys, surname, last };
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

export class WorkspaceIndex {
  private readonly entries = new Map<string, Entry>();
  private merged: WorkspaceActor[] | undefined;
  private byRef = new Map<string, WorkspaceActor>();

  set(article: string, summary: ArticleSummary): void {
    this.entries.set(article, entryOf(summary));
    this.merged = undefined;
  }

  delete(article: string): boolean {
    const had = this.entries.delete(article);
    if (had) this.merged = undefined;
    return had;
  }

  clear(): void {
    this.entries.clear();
    this.merged = undefined;
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

  articles(): string[] {
    return [...this.entries.keys()];
  }

  /** The merged actors, most widely mentioned first (articles, then mentions, then name). */
  actors(): WorkspaceActor[] {
    if (!this.merged) this.rebuild();
    return this.merged!;
  }

  /** The workspace entry of an article's actor. */
  actorOf(article: string, actor: number): WorkspaceActor | undefined {
    if (!this.merged) this.rebuild();
    return this.byRef.get(`${article}\u0000${actor}`);
  }

  /** Every mention of a workspace actor, article by article, in text order. */
  mentionsOf(actor: WorkspaceActor): WorkspaceMention[] {
    const out: WorkspaceMention[] = [];
    for (const ref of actor.refs) {
      const a = this.entries.get(ref.article)?.summary.actors[ref.actor];
      if (a) pushMentions(out, ref.article, a);
    }
    return out;
  }

  /** Claims grouped by speaker across articles (unattributed last), the most quoted first. */
  claimsBySpeaker(): Array<{ speaker: WorkspaceActor | undefined; claims: Array<Located<ClaimSummary>> }> {
    const groups = new Map<WorkspaceActor | undefined, Array<Located<ClaimSummary>>>();
    for (const [article, e] of this.entries) {
      for (const c of e.summary.claims) {
        const speaker = c.speaker >= 0 ? this.actorOf(article, c.speaker) : undefined;
        let list = groups.get(speaker);
        if (!list) groups.set(speaker, (list = []));
        list.push({ article, item: c });
      }
    }
    return [...groups].map(([speaker, claims]) => ({ speaker, claims }))
      .sort((a, b) => (a.speaker ? 0 : 1) - (b.speaker ? 0 : 1) || b.claims.length - a.claims.length || (a.speaker?.name ?? '').localeCompare(b.speaker?.name ?? ''));
  }

  /**
   * Events by date across articles: an event's own date, else its article's date (`fromArticle`); undated
   * events last. Dates in order, events of one date by article and position.
   */
  eventsByDate(): Array<{ date: string | undefined; events: Array<Located<EventSummary> & { fromArticle: boolean }> }> {
    const groups = new Map<string | undefined, Array<Located<EventSummary> & { fromArticle: boolean }>>();
    for (const [article, e] of this.entries) {
      for (const ev of e.summary.events) {
        const date = ev.date ?? e.summary.date;
        let list = groups.get(date);
        if (!list) groups.set(date, (list = []));
        list.push({ article, item: ev, fromArticle: !ev.date && !!date });
      }
    }
    for (const list of groups.values()) list.sort((a, b) => a.article.localeCompare(b.article) || a.item.start - b.item.start);
    return [...groups].map(([date, events]) => ({ date, events }))
      .sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff'));
  }

  /**
   * The workspace actor an article's actor belongs to, by name (the article as open may differ from the
   * indexed one): the indexed article's actor of that name and type, else any actor with that name.
   */
  lookup(article: string, name: string, type: EntityType): WorkspaceActor | undefined {
    const k = this.entries.get(article)?.summary.actors.findIndex((a) => a.name === name && a.type === type) ?? -1;
    if (k >= 0) return this.actorOf(article, k);
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

  private rebuild(): void {
    const refs: ActorRef[] = [];
    const entries: Entry[] = [];
    for (const [article, e] of this.entries) {
      for (let k = 0; k < e.summary.actors.length; k++) { refs.push({ article, actor: k }); entries.push(e); }
    }
    const uf = new UnionFind(refs.length);
    const owner = new Map<string, number>();
    for (let n = 0; n < refs.length; n++) {
      for (const key of entries[n].keys[refs[n].actor]) {
        const o = owner.get(key);
        if (o === undefined) owner.set(key, n); else uf.union(o, n);
      }
    }
    this.joinSurnames(refs, entries, uf);
    const members = new Map<number, number[]>();
    for (let n = 0; n < refs.length; n++) {
      const r = uf.find(n);
      let list = members.get(r);
      if (!list) members.set(r, (list = []));
      list.push(n);
    }
    this.byRef = new Map();
    this.merged = [...members.values()].map((ns) => this.entryFor(ns.map((n) => refs[n])));
    this.merged.sort((a, b) => b.articles - a.articles || b.mentions - a.mentions || a.name.localeCompare(b.name));
    // keys name tree rows: two entries of one name (an ambiguous surname) get distinct ones
    const seen = new Map<string, number>();
    for (const a of this.merged) {
      const n = seen.get(a.key) ?? 0;
      seen.set(a.key, n + 1);
      if (n) a.key = `${a.key}#${n + 1}`;
    }
  }

  /** A one-word person joins the one group of full-named persons with that last name, when there is exactly one. */
  private joinSurnames(refs: ActorRef[], entries: Entry[], uf: UnionFind): void {
    const groupsByLast = new Map<string, Set<number>>();
    for (let n = 0; n < refs.length; n++) {
      const last = entries[n].last[refs[n].actor];
      if (!last) continue;
      let set = groupsByLast.get(last);
      if (!set) groupsByLast.set(last, (set = new Set()));
      set.add(uf.find(n));
    }
    const loneBySurname = new Map<string, number>();
    for (let n = 0; n < refs.length; n++) {
      const s = entries[n].surname[refs[n].actor];
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

  private entryFor(refs: ActorRef[]): WorkspaceActor {
    const actors = refs.map((r) => this.entries.get(r.article)!.summary.actors[r.actor]);
    const byLength = (a: string, b: string) => b.length - a.length || a.localeCompare(b);
    const name = mostCommon(actors.map((a) => a.name), byLength)!;
    const type = actors[0].type;
    const role = mostCommon(actors.map((a) => a.role), byLength);
    const aliases = [...new Set(actors.flatMap((a) => [a.name, ...a.aliases]))].filter((n) => n !== name);
    const entry: WorkspaceActor = {
      key: `${type}:${nameKey(name)}`,
      name, type, ...(role ? { role } : {}), aliases, refs,
      articles: new Set(refs.map((r) => r.article)).size,
      mentions: actors.reduce((s, a) => s + a.mentions.length / 5, 0),
    };
    for (const r of refs) this.byRef.set(`${r.article}\u0000${r.actor}`, entry);
    return entry;
  }
}

function pushMentions(out: WorkspaceMention[], article: string, a: ActorSummary): void {
  for (let i = 0; i + 4 < a.mentions.length; i += 5) {
    const m = a.mentions;
    out.push({ article, start: m[i], end: m[i + 1], line: m[i + 2], column: m[i + 3], text: a.forms[m[i + 4]] ?? '' });
  }
}
