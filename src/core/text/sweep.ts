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
  /**
   * The pattern's needs, wants, ifNo and sizes, copied: compromise's patterns come in many object shapes,
   * which makes reading them in the sweep's inner loop slow (megamorphic property access).
   */
  needs: string[];
  wants: string[];
  ifNo: string[];
  minWant: number;
  minWords: number;
  /** What any match of it looks like (see `Skeleton`). */
  skel: Skeleton;
  keys: string[];
  /** Index of each key in compromise's key order, and of the pattern in that key's list. */
  pos: number[];
  idx: number[];
  /** The clause that last looked at it (a counter), and its place among that clause's candidates. */
  stamp: number;
  order: number;
}

interface Sweeper {
  /**
   * Where to look a pattern up from a clause's words and tags: under one of its needs (it runs only when
   * the clause has them all), or under each of its wants when it has no needs.
   */
  triggers: Map<string, Hooked[]>;
  /** The patterns without hooks, tried on every clause with enough words. */
  always: Hooked[];
}

type Methods = Record<string, (t: Term) => boolean>;

function hooked(p: Pattern, methods: Methods): Hooked {
  return {
    p, needs: [...p.needs], wants: [...p.wants], ifNo: [...(p.ifNo ?? [])], minWant: p.minWant, minWords: p.minWords,
    skel: skeleton(p, methods), keys: [], pos: [], idx: [], stamp: -1, order: 0,
  };
}

/** Its rarest-looking need: a word before a tag, then the shorter hook list. */
function triggerNeed(p: Pattern, hooks: Record<string, Pattern[]>): string {
  const rank = (k: string): number => (k.startsWith('#') ? 1e6 : 0) + hooks[k].length;
  return p.needs.reduce((best, k) => (rank(k) < rank(best) ? k : best));
}

function index(net: Net, methods: Methods): Map<string, Hooked[]> {
  const all = new Map<Pattern, Hooked>();
  Object.keys(net.hooks).forEach((key, pos) => {
    net.hooks[key].forEach((p, idx) => {
      let h = all.get(p);
      if (!h) all.set(p, h = hooked(p, methods));
      h.keys.push(key);
      h.pos.push(pos);
      h.idx.push(idx);
    });
  });
  const triggers = new Map<string, Hooked[]>();
  for (const h of all.values()) {
    for (const key of h.needs.length > 0 ? [triggerNeed(h.p, net.hooks)] : h.wants) {
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
  const methods = (world.methods.one as unknown as { termMethods?: Methods }).termMethods ?? {};
  return { triggers: index(net, methods), always: net.always.map((p) => hooked(p, methods)) };
}

function keeps(h: Hooked, haves: Set<string>): boolean {
  const { needs, ifNo, wants } = h;
  for (let k = 0; k < needs.length; k++) if (!haves.has(needs[k])) return false;
  for (let k = 0; k < ifNo.length; k++) if (haves.has(ifNo[k])) return false;
  if (wants.length === 0) return true;
  let found = 0;
  for (let k = 0; k < wants.length; k++) if (haves.has(wants[k])) found++;
  return found >= h.minWant;
}

let clauseCount = 0;

/**
 * The patterns to try on one clause, in compromise's order. compromise concatenates the hook lists of the
 * clause's words and tags in key order, keeps the first pattern of each match text, then those whose
 * needs/ifNo/wants the clause meets, then the patterns without hooks, all only with enough words. Its
 * match texts are distinct, so a pattern's place is that of the first of its keys the clause has: found
 * here from the few patterns the clause's words and tags trigger, then sorted by that place.
 */
function candidates(s: Sweeper, haves: Set<string>, words: number): Hooked[] {
  const stamp = clauseCount++;
  const kept: Hooked[] = [];
  for (const item of haves) {
    const list = s.triggers.get(item);
    if (!list) continue;
    for (let j = 0; j < list.length; j++) {
      const h = list[j];
      if (h.stamp === stamp) continue;
      h.stamp = stamp;
      if (words < h.minWords || !keeps(h, haves)) continue;
      let k = 0;
      while (!haves.has(h.keys[k])) k++;
      // compromise has ~730 hook keys and a few hundred patterns under the longest: room to spare
      h.order = h.pos[k] * 0x10000 + h.idx[k];
      kept.push(h);
    }
  }
  kept.sort((a, b) => a.order - b.order);
  for (const h of s.always) if (words >= h.minWords) kept.push(h);
  return kept;
}

/** One single-word token of a pattern, as compromise's term test (doesMatch) decides it. */
type Test = (t: Term) => boolean;

/**
 * A pattern read as what any match of it must look like: a row of steps, each over a number of words
 * (`min`..`max`), with a test the step's one word must pass where it is known. `start`: the pattern opens
 * with `^`, so compromise tries it at the clause's first word only; `end`: its last token ends with `$`, so
 * a match ends at the clause's last word. A step is exact (one word, its test) only for a token compromise
 * matches word for word: not optional, greedy, negative or counted. Everything else is a gap of 0..∞ words
 * (0..1 for a plain optional token). compromise lets an optional or negative-optional token stand in for
 * the one or two tokens after it (its `foundOptional` and `doNegative` skips): such a token's word may then
 * be the one just before, so its step is `loose`.
 */
interface Step {
  test: Test | null;
  min: number;
  max: number;
  loose: boolean;
}

interface Skeleton {
  steps: Step[];
  start: boolean;
  end: boolean;
}

/** A single-word test of compromise's doesMatch for this token (anchors aside), or null when not known here. */
function termTest(reg: Record<string, unknown>, methods: Record<string, (t: Term) => boolean>): Test | null {
  // (a negated anchored token matches off its anchor, which these tests do not look at)
  if (reg.use !== undefined || reg.fuzzy === true || reg.id !== undefined || (reg.negative === true && (reg.start === true || reg.end === true))) return null;
  const negate = (test: Test | null): Test | null => (test && reg.negative === true ? (t) => !test(t) : test);
  if (reg.anything === true) return null;
  if (typeof reg.word === 'string') {
    const word = reg.word;
    return negate((t) => (t.machine != null && t.machine === word) || (t.alias !== undefined && t.alias.includes(word)) || t.text === word || t.normal === word);
  }
  if (typeof reg.tag === 'string') {
    const tag = reg.tag;
    return negate((t) => t.tags.has(tag));
  }
  if (typeof reg.method === 'string') {
    const method = methods[reg.method];
    return typeof method === 'function' ? negate((t) => method(t) === true) : null;
  }
  if (reg.pre !== undefined || reg.post !== undefined || reg.regex !== undefined || reg.chunk !== undefined) return null;
  if (typeof reg.switch === 'string') {
    const sw = reg.switch;
    return negate((t) => t.switch === sw);
  }
  if (reg.machine !== undefined || reg.sense !== undefined) return null;
  if (reg.fastOr instanceof Set) {
    const set = reg.fastOr as Set<string>;
    const pos = reg.pos as string | undefined;
    return negate((t) => (!pos || t.tags.has(pos)) && (set.has(t.root || t.implicit || t.machine || t.normal) || set.has(t.text)));
  }
  if (Array.isArray(reg.choices)) {
    const tests = (reg.choices as Array<Array<Record<string, unknown>>>).map((c) => (c.length === 1 ? termTest(c[0], methods) : null));
    if (reg.operator === 'and') {
      const known = tests.filter((t): t is Test => t !== null);
      return known.length === 0 ? null : negate((t) => known.every((k) => k(t)));
    }
    if (reg.operator === 'or' && tests.every((t) => t !== null)) return negate((t) => (tests as Test[]).some((k) => k(t)));
  }
  return null;
}

/** Whether compromise matches this token on exactly one word, never fewer or more. */
function oneWord(reg: Record<string, unknown>): boolean {
  if (reg.optional === true || reg.greedy === true || reg.negative === true || reg.min !== undefined || reg.max !== undefined) return false;
  if (reg.choices === undefined) return true;
  if (!Array.isArray(reg.choices) || (reg.operator !== 'or' && reg.operator !== 'and')) return false;
  return (reg.choices as unknown[]).every((c) => Array.isArray(c) && c.length === 1 && (c[0] as Record<string, unknown>).greedy !== true && (c[0] as Record<string, unknown>).optional !== true);
}

function skeleton(p: Pattern, methods: Record<string, (t: Term) => boolean>): Skeleton {
  const regs = p.regs;
  const steps: Step[] = [];
  regs.forEach((reg, r) => {
    const prev = regs[r - 1], prev2 = regs[r - 2];
    const loose = (prev !== undefined && (prev.optional === true || prev.negative === true))
      || (prev2 !== undefined && prev2.optional === true && prev2.negative === true);
    if (oneWord(reg)) {
      steps.push({ test: reg.anything === true ? null : termTest(reg, methods), min: 1, max: 1, loose });
    } else if (reg.greedy === true && reg.optional !== true && reg.negative !== true && reg.anything !== true
      && reg.min === undefined && reg.max === undefined && reg.end !== true && reg.choices === undefined) {
      // `foo+`: its first word passes the test, then more
      steps.push({ test: termTest(reg, methods), min: 1, max: 1, loose });
      steps.push({ test: null, min: 0, max: Infinity, loose: false });
    } else if (reg.optional === true && reg.greedy !== true && reg.negative !== true && reg.min === undefined && reg.max === undefined
      && reg.anything !== true && reg.choices === undefined) {
      steps.push({ test: null, min: 0, max: 1, loose: false });
    } else {
      steps.push({ test: null, min: 0, max: Infinity, loose: false });
    }
  });
  return { steps, start: regs.length > 0 && regs[0].start === true, end: regs.length > 0 && regs[regs.length - 1].end === true };
}

let here = new Uint8Array(64);
let next = new Uint8Array(64);

/**
 * Whether the clause has a run of words the pattern's skeleton fits (from its first word for `^`, to its
 * last for `$`): when it has none, compromise's matcher cannot match there either, and is not asked. A
 * clause with an expanded contraction is always asked (its matcher may step over the implicit word).
 */
function mayMatch(k: Skeleton, terms: Term[]): boolean {
  const n = terms.length;
  if (here.length <= n) { here = new Uint8Array(2 * n + 2); next = new Uint8Array(2 * n + 2); }
  // here[q]: the steps so far can end just before word q
  here.fill(k.start ? 0 : 1, 0, n + 1);
  here[0] = 1;
  for (const step of k.steps) {
    next.fill(0, 0, n + 1);
    let any = false;
    if (step.max === 1 && step.min === 1) {
      for (let q = 0; q <= n; q++) {
        if (!here[q]) continue;
        if (q < n && (step.test === null || step.test(terms[q]))) { next[q + 1] = 1; any = true; }
        if (step.loose && q > 0 && (step.test === null || step.test(terms[q - 1]))) { next[q] = 1; any = true; }
      }
    } else {
      // a gap of min..max words: q is reachable when some p in [q-max, q-min] is
      let last = -1;
      for (let q = 0; q <= n; q++) {
        if (q - step.min >= 0 && here[q - step.min]) last = q - step.min;
        if (last >= 0 && q - last <= step.max) { next[q] = 1; any = true; }
      }
    }
    if (!any) return false;
    const t = here; here = next; next = t;
  }
  return k.end ? here[n] === 1 : true;
}

/** compromise's sweep over the clauses: every hit as its pattern plus a pointer, clause by clause. */
function findAll(world: World, s: Sweeper, clauses: Term[][]): unknown[] {
  const caches = world.methods.one.cacheDoc(clauses);
  const found: unknown[] = [];
  for (let n = 0; n < clauses.length; n++) {
    const contracted = clauses[n].some((t) => t.implicit);
    for (const h of candidates(s, caches[n], clauses[n].length)) {
      if (!contracted && !mayMatch(h.skel, clauses[n])) continue;
      const p = h.p;
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
