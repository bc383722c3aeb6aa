// Per-sentence results kept with their tagged piece (PieceEntry.memo) and reused after an edit, for a
// stage whose work on one sentence reads only a bounded neighbourhood of it: the tokens (fixed by the
// piece), and what earlier stages put there (mentions, quotes, coreference links: the sentence's
// signature, written by the stage). A sentence is recomputed when any sentence it may read (within
// `reach` sentences and `tokenReach` tokens beyond) has a new signature, is in a piece tagged afresh, or
// sits at a seam between pieces that were not neighbours last time; otherwise its stored results are
// moved to where the sentence now stands.
import type { DocContext } from './document';
import { ownString, ownStrings } from './own';
import type { PieceEntry, PlacedPiece } from './tagger';

/** Appends to `out` what the work on sentence s reads besides the tokens, offsets relative to its piece (`base`, `first`). */
export type Signature = (s: number, base: number, first: number, out: unknown[]) => void;

/** The signatures of a piece's sentences, one after another: sentence j's are values[ends[j - 1] ?? 0, ends[j]). */
export interface PieceSignatures {
  values: unknown[];
  ends: number[];
  /** Its strings are strings of their own (own.ts): it may be kept. */
  owned?: boolean;
}

/**
 * The signatures of every piece, built once per run when asked: works that read the same things (claims and
 * events: coref/reads.ts) share one, so each sentence's signature is written once and, where a piece's are
 * unchanged, the arrays kept by the first work are found again by the next one by identity.
 */
export class Signatures {
  private readonly built: Array<PieceSignatures | undefined>;

  /** `firsts`: the index each piece's results count from (default: its first token). */
  constructor(private readonly pieces: readonly PlacedPiece[], private readonly signature: Signature, private readonly firsts?: readonly number[]) {
    this.built = new Array(pieces.length);
  }

  of(k: number): PieceSignatures {
    let b = this.built[k];
    if (!b) {
      const p = this.pieces[k], values: unknown[] = [], ends: number[] = [];
      for (let j = 0; j < p.sentences; j++) {
        this.signature(p.sentence + j, p.base, this.firsts ? this.firsts[k] : p.first, values);
        ends.push(values.length);
      }
      this.built[k] = b = { values, ends };
    }
    return b;
  }

  /** Piece k's signatures are the same values as `kept` (last run's): kept stands for them from now on. */
  replace(k: number, kept: PieceSignatures): void {
    this.built[k] = kept;
  }

  /** Piece k's signatures, to be kept: their strings made strings of their own (own.ts), once. */
  owned(k: number): PieceSignatures {
    const b = this.of(k);
    if (!b.owned) {
      for (let i = 0; i < b.values.length; i++) if (typeof b.values[i] === 'string') b.values[i] = ownString(b.values[i] as string);
      b.owned = true;
    }
    return b;
  }
}

export interface SentenceWork<T> {
  /** Name of the result in the piece memo. */
  key: string;
  /** What every sentence's result depends on document-wide (compared as a whole; any change recomputes all). */
  global: string;
  /** How far the work on one sentence reads: sentences before and after, then tokens beyond those. */
  reach: number;
  tokenReach: number;
  /** What the work on a sentence reads besides the tokens: a Signature, or the run's Signatures shared with other works (counting from firstOf's indexes). */
  signature: Signature | Signatures;
  /** The results of sentence s, at their place in the document. */
  compute(s: number): T[];
  /** A fresh copy of a result moved by `chars` characters and `tokens` tokens (or words: see firstOf). */
  move(item: T, chars: number, tokens: number): T;
  /**
   * For work that carries state from sentence to sentence (the last speech cue): what sentence s reads of the
   * results before it, asked in reading order; a sentence is reused only when this is unchanged too.
   */
  state?(s: number): unknown[];
  /** Called in reading order with the (moved) results of a reused sentence, as compute would have left them. */
  use?(items: T[]): void;
  /** The index results count from in piece p (default: its first token; words, say, count otherwise). */
  firstOf?(p: PlacedPiece): number;
}

/** What a piece keeps of one kind of per-sentence result: results relative to the piece (base 0, first token 0). */
interface Kept<T> {
  global: string;
  /** The signatures of its sentences. */
  signatures: PieceSignatures;
  results: T[][];
  states?: unknown[][];
  /** The pieces it stood between, and the text between the one before and it. */
  before?: PieceEntry;
  gap: string;
  after?: PieceEntry;
}

/**
 * The results of every sentence, in order, each computed or (unchanged neighbourhood) taken from its piece's
 * memo; the memo is then rewritten for this layout. The results returned are fresh objects the caller may change.
 */
export function bySentence<T>(ctx: DocContext, pieces: readonly PlacedPiece[], work: SentenceWork<T>): T[][] {
  const n = ctx.sentences.length;
  const kept: Array<T[] | undefined> = new Array(n);
  const dirty = new Int32Array(n + 1); // prefix sums of sentences whose reads changed
  const mark = new Uint8Array(n);
  // read before any is rewritten (a piece whose text occurs twice has one memo)
  const memos = pieces.map((p) => p.entry.memo.get(work.key)?.items[0] as Kept<T> | undefined);
  const firsts = pieces.map((p) => work.firstOf ? work.firstOf(p) : p.first);
  const signatures = work.signature instanceof Signatures ? work.signature : new Signatures(pieces, work.signature, firsts);
  pieces.forEach((p, k) => {
    const memo = memos[k];
    const before = pieces[k - 1]?.entry, after = pieces[k + 1]?.entry;
    const usable = !!memo && memo.global === work.global;
    const sig = signatures.of(k);
    const old = memo?.signatures;
    // the same arrays: another work sharing these signatures found them unchanged already
    let all = usable && old!.ends.length === p.sentences;
    const known = all && old === sig;
    for (let j = 0; j < p.sentences; j++) {
      const s = p.sentence + j;
      if (known || (usable && same(sig.values, j ? sig.ends[j - 1] : 0, sig.ends[j], old!.values, j ? old!.ends[j - 1] : 0, old!.ends[j]))) kept[s] = memo!.results[j];
      else { mark[s] = 1; all = false; }
    }
    // kept for the next run: the memo's own signatures when they are the same, else these with strings of their own (own.ts)
    if (all) signatures.replace(k, old!);
    if (p.sentences && (!usable || memo.before !== before || memo.gap !== gapBefore(ctx, pieces, k))) mark[p.sentence] = 1;
    if (p.sentences && (!usable || memo.after !== after)) mark[p.sentence + p.sentences - 1] = 1;
  });
  for (let s = 0; s < n; s++) dirty[s + 1] = dirty[s] + mark[s];
  const out: T[][] = new Array(n);
  pieces.forEach((p, k) => {
    const results: T[][] = [];
    const states: unknown[][] | undefined = work.state ? [] : undefined;
    const oldStates = memos[k]?.states;
    for (let j = 0; j < p.sentences; j++) {
      const s = p.sentence + j;
      const old = kept[s];
      const [from, to] = neighbourhood(ctx, s, work.reach, work.tokenReach);
      const state = work.state?.(s);
      if (state) states!.push(state);
      if (old && dirty[to + 1] === dirty[from] && (!state || (oldStates?.[j] && same(state, 0, state.length, oldStates[j], 0, oldStates[j].length)))) {
        out[s] = old.map((r) => work.move(r, p.base, firsts[k]));
        work.use?.(out[s]);
        results.push(old);
      } else {
        out[s] = work.compute(s);
        // kept for later runs: strings of their own, not slices of this version of the text (own.ts)
        results.push(out[s].map((r) => ownStrings(work.move(r, -p.base, -firsts[k]))));
      }
    }
    const memo: Kept<T> = { global: work.global, signatures: signatures.owned(k), results, states, before: pieces[k - 1]?.entry, after: pieces[k + 1]?.entry, gap: ownString(gapBefore(ctx, pieces, k)) };
    p.entry.memo.set(work.key, { base: p.base, sentence: p.sentence, first: p.first, items: [memo] });
  });
  return out;
}

/** The text between piece k - 1 and piece k (none for the first). */
function gapBefore(ctx: DocContext, pieces: readonly PlacedPiece[], k: number): string {
  const q = pieces[k - 1];
  return q && q.sentences ? ctx.text.slice(ctx.sentences[q.sentence + q.sentences - 1].end, pieces[k].base) : '';
}

/** Whether a[from, to) holds the values b[bFrom, bTo). */
function same(a: readonly unknown[], from: number, to: number, b: readonly unknown[], bFrom: number, bTo: number): boolean {
  if (to - from !== bTo - bFrom) return false;
  for (let k = 0; k < bTo - bFrom; k++) if (a[from + k] !== b[bFrom + k]) return false;
  return true;
}

/** The sentences [from, to] the work on sentence s may read. */
function neighbourhood(ctx: DocContext, s: number, reach: number, tokenReach: number): [number, number] {
  const n = ctx.sentences.length, toks = ctx.tokens, ranges = ctx.sentenceTokens;
  let from = Math.max(0, s - reach), to = Math.min(n - 1, s + reach);
  const a = ranges[from][0] - tokenReach, b = ranges[to][1] - 1 + tokenReach;
  from = a <= 0 || toks.length === 0 ? 0 : Math.min(from, toks[Math.min(a, toks.length - 1)].sentence);
  to = b >= toks.length - 1 ? n - 1 : Math.max(to, toks[Math.max(b, 0)].sentence);
  return [from, to];
}
