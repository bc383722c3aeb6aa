// compromise's last tagging step (`postTagger`: its ~570 match patterns over each clause) with cheaper
// bookkeeping and the same result. compromise's own sweep walks every one of its ~730 hook keys for every
// clause, concatenates the candidate lists one by one and filters them three times, then wraps every hit
// in a View that postTagger throws away: a third of the tagging time. Here the candidates of a clause are
// found from the clause's own words and tags (a few dozen), in compromise's key order, deduplicated and
// filtered in one pass, so the same patterns run in the same order and compromise's tagger applies them.
// Everything else is compromise's: its pattern net (buildNet), clause split, matcher and tagger.
// The unit test `sweep.test.ts` checks tags identical to compromise's postTagger over the test articles.
import type nlp from 'compromise';

type View = ReturnType<typeof nlp>;

/** A term as compromise's matcher and tagger see it (only what is read here). */
interface Term {
  index: [number, number];
  text: string;
  normal: string;
  tags: Set<string>;
  machine?: string | null;
  alias?: string[];
  root?: string;
  implicit?: string;
  switch?: string;
}

/** One parsed pattern of compromise's net (fields read here; the rest passes through to its tagger). */
interface Pattern {
  match: string;
  regs: Array<Record<string, unknown>>;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
}

interface Net {
  hooks: Record<string, Pattern[]>;
  always: Pattern[];
}

type Pointer = number[];

interface World {
  model: { two: { matches: unknown[] } };
  methods: {
    one: {
      buildNet(matches: unknown[], world: World): Net;
      parseMatch(match: string, opts: object, world: World): unknown;
      cacheDoc(document: Term[][]): Array<Set<string>>;
      match(docs: Term[][], todo: Pattern): { ptrs: Pointer[] };
      bulkTagger(found: unknown[], document: Term[][], world: World): void;
    };
    two: { quickSplit(document: Term[][]): Term[][] };
  };
}

/** A pattern with the hook keys it is listed under, in compromise's key order, and its place in each list. */
interface Hooked {
  p: Pattern;
  keys: string[];
  /** Index of each key in compromise's key order, and of the pattern in that key's list. */
  pos: number[];
  idx: number[];
  /** The clause that last looked at it (a counter). */
  stamp: number;
}

interface Sweeper {
  net: Net;
  /**
   * Where to look a pattern up from a clause's words and tags: under one of its needs (it runs only when
   * the clause has them all), or under each of its wants when it has no needs.
   */
  triggers: Map<string, Hooked[]>;
  /** The plain opening of each pattern (see `opening`). */
  openings: Map<Pattern, Opening>;
}

/** Its rarest-looking need: a word before a tag, then the shorter hook list. */
function triggerNeed(p: Pattern, hooks: Record<string, Pattern[]>): string {
  const rank = (k: string): number => (k.startsWith('#') ? 1e6 : 0) + hooks[k].length;
  return p.needs.reduce((best, k) => (rank(k) < rank(best) ? k : best));
}

function index(net: Net): Map<string, Hooked[]> {
  const hooked = new Map<Pattern, Hooked>();
  Object.keys(net.hooks).forEach((key, pos) => {
    net.hooks[key].forEach((p, idx) => {
      let h = hooked.get(p);
      if (!h) hooked.set(p, h = { p, keys: [], pos: [], idx: [], stamp: -1 });
      h.keys.push(key);
      h.pos.push(pos);
      h.idx.push(idx);
    });
  });
  const triggers = new Map<string, Hooked[]>();
  for (const h of hooked.values()) {
    for (const key of h.p.needs.length > 0 ? [triggerNeed(h.p, net.hooks)] : h.p.wants) {
      let list = triggers.get(key);
      if (!list) triggers.set(key, list = []);
      if (!list.includes(h)) list.push(h);
    }
  }
  return triggers;
}

const sweepers = new WeakMap<object, Sweeper | null>();

function sweeperOf(world: World): Sweeper | null {
  let s = sweepers.get(world);
  if (s === undefined) {
    s = buildSweeper(world);
    sweepers.set(world, s);
  }
  return s;
}

function buildSweeper(world: World): Sweeper | null {
  const originals = world.model.two.matches as Array<Record<string, unknown>>;
  // the order of `candidates` relies on distinct match texts (true of compromise 14.17); else its own step runs
  if (new Set(originals.map((o) => o.match)).size !== originals.length) return null;
  // buildNet parses the patterns in place, and compromise's own postTagger builds its net from the same
  // objects whenever it first runs (the anchor of the benchmarks, say): parsing a `notIf` twice fails.
  // So the net is built from copies, each `notIf` parsed here from the text when it is still text.
  const copies = originals.map(({ notIf: _notIf, ...rest }) => rest);
  const net = world.methods.one.buildNet(copies, world);
  originals.forEach((o, k) => {
    if (o.notIf === undefined) return;
    copies[k].notIf = typeof o.notIf === 'string' ? world.methods.one.parseMatch(o.notIf, {}, world) : o.notIf;
  });
  const openings = new Map((copies as unknown as Pattern[]).map((p) => [p, opening(p)]));
  return { net, triggers: index(net), openings };
}

function keeps(p: Pattern, haves: Set<string>): boolean {
  for (const need of p.needs) if (!haves.has(need)) return false;
  if (p.ifNo !== undefined && p.ifNo.some((no) => haves.has(no))) return false;
  if (p.wants.length === 0) return true;
  let found = 0;
  for (const want of p.wants) if (haves.has(want)) found++;
  return found >= p.minWant;
}

let clauseCount = 0;

/**
 * The patterns to try on one clause, in compromise's order. compromise concatenates the hook lists of the
 * clause's words and tags in key order, keeps the first pattern of each match text, then those whose
 * needs/ifNo/wants the clause meets, then the patterns without hooks, all only with enough words. Its
 * match texts are distinct, so a pattern's place is that of the first of its keys the clause has: found
 * here from the few patterns the clause's words and tags trigger, then sorted by that place.
 */
function candidates(s: Sweeper, haves: Set<string>, words: number): Pattern[] {
  const stamp = clauseCount++;
  const kept: Array<{ p: Pattern; pos: number; idx: number }> = [];
  for (const item of haves) {
    const list = s.triggers.get(item);
    if (!list) continue;
    for (const h of list) {
      if (h.stamp === stamp) continue;
      h.stamp = stamp;
      if (words < h.p.minWords || !keeps(h.p, haves)) continue;
      let k = 0;
      while (!haves.has(h.keys[k])) k++;
      kept.push({ p: h.p, pos: h.pos[k], idx: h.idx[k] });
    }
  }
  kept.sort((a, b) => a.pos - b.pos || a.idx - b.idx);
  const out = kept.map((c) => c.p);
  for (const p of s.net.always) if (words >= p.minWords) out.push(p);
  return out;
}

/** One plain token of a pattern, as compromise's term test (doesMatch) decides it. */
type Test = (t: Term) => boolean;

/**
 * The first tokens of a pattern up to the first one that is not plain (optional, negative, greedy, a
 * choice, a regex, a method…): each of these matches exactly one word, in a row. `start`: the pattern
 * opens with `^`, so only at the clause's first word; `end`: its last plain token ends with `$`, so it
 * is the clause's last word.
 */
interface Opening {
  tests: Test[];
  start: boolean;
  end: boolean;
}

const PLAIN_KEYS = new Set(['tag', 'word', 'fastOr', 'operator', 'pos', 'switch', 'group', 'groupStart', 'groupEnd']);

/** compromise's doesMatch for a plain token (anchors aside), or null when the token is not plain. */
function plainTest(reg: Record<string, unknown>, first: boolean): Test | null {
  const keys = Object.keys(reg).filter((k) => reg[k] !== undefined && reg[k] !== false);
  const anchor = (k: string): boolean => reg[k] === true && ((first && k === 'start') || k === 'end');
  if (keys.some((k) => !PLAIN_KEYS.has(k) && !anchor(k))) return null;
  const kinds = keys.filter((k) => k === 'tag' || k === 'word' || k === 'fastOr' || k === 'switch');
  if (kinds.length !== 1 || (keys.includes('operator') !== (kinds[0] === 'fastOr'))) return null;
  if (keys.includes('pos') && kinds[0] !== 'fastOr') return null;
  if (kinds[0] === 'tag') {
    const tag = reg.tag as string;
    return (t) => t.tags.has(tag);
  }
  if (kinds[0] === 'word') {
    const word = reg.word as string;
    return (t) => t.machine === word || (t.alias !== undefined && t.alias.includes(word)) || t.text === word || t.normal === word;
  }
  if (kinds[0] === 'switch') {
    const sw = reg.switch as string;
    return (t) => t.switch === sw;
  }
  if (reg.operator !== 'or' || !(reg.fastOr instanceof Set)) return null;
  const set = reg.fastOr as Set<string>;
  const pos = reg.pos as string | undefined;
  return (t) => (!pos || t.tags.has(pos)) && (set.has(t.root || t.implicit || t.machine || t.normal) || set.has(t.text));
}

function opening(p: Pattern): Opening {
  const tests: Test[] = [];
  let end = false;
  for (const reg of p.regs) {
    const test = plainTest(reg, tests.length === 0);
    if (!test) break;
    tests.push(test);
    if (reg.end === true) { end = true; break; }
  }
  return { tests, start: p.regs.length > 0 && p.regs[0].start === true, end };
}

/**
 * Whether the pattern's plain opening occurs in the clause (at its first word for `^`, ending at its last
 * for `$`): when it does not, compromise's matcher cannot match there either, and is not asked. A clause
 * with an expanded contraction is always asked (its matcher may step over the implicit word).
 */
function mayMatch(o: Opening, terms: Term[]): boolean {
  const n = o.tests.length;
  if (n === 0) return true;
  const first = o.end ? terms.length - n : 0;
  const last = o.start ? 0 : terms.length - n;
  next: for (let i = first; i <= last; i++) {
    for (let j = 0; j < n; j++) if (!o.tests[j](terms[i + j])) continue next;
    return true;
  }
  return false;
}

/** compromise's sweep over the clauses: every hit as its pattern plus a pointer, clause by clause. */
function findAll(world: World, s: Sweeper, clauses: Term[][]): unknown[] {
  const caches = world.methods.one.cacheDoc(clauses);
  const found: unknown[] = [];
  for (let n = 0; n < clauses.length; n++) {
    const contracted = clauses[n].some((t) => t.implicit);
    for (const p of candidates(s, caches[n], clauses[n].length)) {
      if (!contracted && !mayMatch(s.openings.get(p)!, clauses[n])) continue;
      const res = world.methods.one.match([clauses[n]], p);
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        found.push(Object.assign({}, p, { pointer: ptr }));
      }
    }
  }
  return found;
}

/** compromise's `postTagger` compute step on this view, with the cheaper sweep. */
export function postTag(view: View): void {
  const v = view as unknown as { world: World; docs: Term[][]; update(ptrs: Pointer[]): { docs: Term[][] }; uncache(): void; unfreeze(): void };
  const world = v.world;
  const s = sweeperOf(world);
  if (!s) {
    view.compute('postTagger');
    return;
  }
  const ptrs = world.methods.two.quickSplit(v.docs).map((terms) => {
    const t = terms[0];
    return [t.index[0], t.index[1], t.index[1] + terms.length];
  });
  const clauses = v.update(ptrs).docs;
  world.methods.one.bulkTagger(findAll(world, s, clauses), clauses, world);
  v.uncache();
  v.unfreeze();
}
