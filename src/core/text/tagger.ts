// compromise, fed bounded pieces of text (a few sentences at a time), read once into plain tokens.
// Everything downstream reads these tokens; nothing else calls compromise on the whole document.
import nlp from 'compromise';
import { CancelledError } from '../cancel';
import type { Sentence } from './segment';
import { postTag } from './sweep';
import { MAX_PIECE } from './segment';
import { ownString, ownStrings } from './own';

/** A word of one tagged piece, offsets relative to the piece. */
export interface PieceToken {
  start: number;
  end: number;
  /** The word as written (no surrounding punctuation). */
  text: string;
  /** compromise's normal form (lower case, no accents on some letters). */
  normal: string;
  tags: ReadonlySet<string>;
  /** Punctuation and space before and after, as compromise split them. */
  pre: string;
  post: string;
}

/** A word of the document, offsets into the whole text. */
export interface Token extends PieceToken {
  /** Index of the sentence (in the list given to tagSentences) holding this token. */
  sentence: number;
}

/**
 * What a tagged piece of text yields, kept with it: its tokens, and the document tokens (and other
 * per-piece results, see PieceMemo) last built from them at some position in the document.
 */
export interface PieceEntry {
  /** The piece's text, a string of its own (own.ts). */
  key: string;
  tokens: PieceToken[];
  /** Results derived from this piece alone, by name; valid for the layout `sig` of its sentences. */
  memo: Map<string, PieceMemo>;
  /** Relative sentence layout the memo was built for. */
  sig?: string;
}

/** A per-piece result built at a position: base offset, first sentence and first item index in the document. */
export interface PieceMemo {
  base: number;
  sentence: number;
  first: number;
  items: unknown[];
}

/**
 * Tagged pieces of one document, by their exact text. Generational: a piece survives only while the latest
 * analysis of the document still uses it, so memory follows the document and not its edit history.
 */
export class PieceCache {
  // keys and values are kept with the key as stored: a string of its own, never a slice of the text (own.ts)
  private previous = new Map<string, PieceEntry>();
  private current = new Map<string, PieceEntry>();
  private previousMemo = new Map<string, [string, unknown]>();
  private currentMemo = new Map<string, [string, unknown]>();

  /** Starts an analysis: what the previous one did not use is dropped. */
  startRun(): void {
    this.previous = this.current;
    this.current = new Map();
    this.previousMemo = this.currentMemo;
    this.currentMemo = new Map();
  }

  entry(piece: string): PieceEntry | undefined {
    const hit = this.current.get(piece) ?? this.previous.get(piece);
    if (hit) this.current.set(hit.key, hit);
    return hit;
  }

  get(piece: string): PieceToken[] | undefined {
    return this.entry(piece)?.tokens;
  }

  /** `piece`: best a string of its own already (the tokens were cut from it); copied here otherwise. */
  set(piece: string, tokens: PieceToken[]): PieceEntry {
    const key = ownString(piece);
    const e: PieceEntry = { key, tokens, memo: new Map() };
    this.current.set(key, e);
    return e;
  }

  /** A generational memo of the document by key (a sentence's text, say): kept while the latest run uses it. */
  recall<T>(key: string): T | undefined {
    let hit = this.currentMemo.get(key);
    if (hit === undefined) {
      hit = this.previousMemo.get(key);
      if (hit !== undefined) this.currentMemo.set(hit[0], hit);
    }
    return hit?.[1] as T | undefined;
  }

  /** `value`: its strings are made strings of their own (ownStrings) before it is kept. */
  remember<T>(key: string, value: T): void {
    const own = ownString(key);
    this.currentMemo.set(own, [own, ownStrings(value)]);
  }
}

// nlp(text) is compromise's tokenizer followed by its steps (world.hooks); the chunker (noun/verb phrase
// chunks) is one we never read, and leaving it out gives the same tags for less work. The steps are
// chosen once here and run on each piece, without touching compromise's global hooks. Its last step,
// postTagger, runs as `postTag` (sweep.ts): the same patterns and tagger, a third of the time.
const TAGGING_HOOKS: readonly string[] = (nlp.world() as unknown as { hooks: string[] }).hooks.filter((h) => h !== 'chunks');
const POST = TAGGING_HOOKS.indexOf('postTagger');
const BEFORE_POST = POST < 0 ? [...TAGGING_HOOKS] : TAGGING_HOOKS.slice(0, POST);
const AFTER_POST = POST < 0 ? [] : TAGGING_HOOKS.slice(POST + 1);
// nlp.tokenize reads its world from `this`: one without compute steps gives the bare tokenization nlp() starts from
const bareTokenize = nlp.tokenize.bind({ _world: { compute: {} } } as unknown as typeof nlp);

function parse(piece: string): ReturnType<typeof nlp> {
  const doc = bareTokenize(piece);
  if (piece) {
    doc.compute(BEFORE_POST);
    if (POST >= 0) postTag(doc);
    if (AFTER_POST.length) doc.compute(AFTER_POST);
  }
  return doc;
}

/**
 * One set per distinct list of tags (in compromise's order): tokens keep their tags for as long as the document
 * is open, and a few thousand lists cover any text, so a large document holds a few thousand sets instead of one
 * per word. Read-only, like every token's tags.
 */
const tagSets = new Map<string, ReadonlySet<string>>();

export function internTags(tags: Iterable<string>): ReadonlySet<string> {
  const list = [...tags];
  const key = list.join('\u0001');
  let set = tagSets.get(key);
  if (!set) {
    if (tagSets.size > 20_000) tagSets.clear(); // not expected: compromise has a few hundred tags
    tagSets.set(key, (set = new Set(list)));
  }
  return set;
}

/** Tags one piece with compromise (no cache). Offsets come from a forward scan of the piece. */
export function tagPiece(piece: string): PieceToken[] {
  const doc = parse(piece);
  const out: PieceToken[] = [];
  let from = 0;
  for (const terms of doc.docs as Array<Array<CompromiseTerm>>) {
    for (const t of terms) {
      if (!t.text) continue; // implicit words of expanded contractions
      const start = piece.indexOf(t.text, from);
      if (start < 0) continue;
      const end = start + t.text.length;
      from = end;
      out.push({ start, end, text: t.text, normal: t.normal || t.text.toLowerCase(), tags: internTags(t.tags), pre: t.pre || '', post: t.post || '' });
    }
  }
  return out;
}

/**
 * A second thread that tags some of the pieces while this one tags the others: pieces are claimed from
 * the front here and from the back there, so neither waits until they meet.
 */
export interface TaggingHelper {
  /** Offers these pieces (in order) to the helper. */
  begin(pieces: string[]): void;
  /** Claims piece k for this thread; false when the helper has it already. */
  claim(k: number): boolean;
  /** Waits for the helper's tokens of piece k. */
  take(k: number): PieceToken[];
  /** The run is over (done or cancelled): the helper stops claiming. */
  end(): void;
}

/** Below this many untagged pieces a helper costs more than it saves. */
const MIN_PIECES_FOR_HELPER = 8;

interface CompromiseTerm {
  text: string;
  normal?: string;
  pre?: string;
  post?: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
}

/**
 * Whether a paragraph starting with this sentence opens a new piece. Decided by the sentence's own text
 * (content-defined chunking), so an edit shifts piece boundaries only up to the next such paragraph and
 * the cache still hits everywhere else.
 */
function opensPiece(text: string, first: Sentence): boolean {
  let h = 2166136261;
  const end = Math.min(first.end, first.start + 48);
  for (let k = first.start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 16777619);
  return (h >>> 0) % 3 === 0;
}

/**
 * Tags the sentences of a text in pieces of a few paragraphs (at most MAX_PIECE characters): few enough
 * calls to keep the tagger's per-call cost low, never an unbounded input.
 */
export function tagSentences(text: string, sentences: Sentence[], isCancelled?: () => boolean, cache?: PieceCache, helper?: TaggingHelper, out?: PlacedPiece[]): Token[] {
  cache?.startRun();
  // the pieces: runs of sentences [first, last)
  const bounds: Array<[number, number]> = [];
  for (let i = 0; i < sentences.length;) {
    let j = i + 1;
    while (j < sentences.length && sentences[j].end - sentences[i].start <= MAX_PIECE
      && (sentences[j].paragraph === sentences[j - 1].paragraph || !opensPiece(text, sentences[j]))) j++;
    bounds.push([i, j]);
    i = j;
  }
  const pieces = bounds.map(([i, j]) => text.slice(sentences[i].start, sentences[j - 1].end));
  const cached = pieces.map((p) => cache?.entry(p));
  const missing: number[] = [];
  cached.forEach((c, k) => { if (!c) missing.push(k); });
  const shared = helper && missing.length >= MIN_PIECES_FOR_HELPER ? helper : undefined;
  const slot = new Map(missing.map((k, n) => [k, n]));
  shared?.begin(missing.map((k) => pieces[k]));
  const tokens: Token[] = [];
  try {
    bounds.forEach(([i, j], k) => {
      if (isCancelled?.()) throw new CancelledError();
      let entry = cached[k];
      if (!entry) {
        const n = slot.get(k)!;
        // tagged from a copy of its own: the tokens' words are cut from it, not from the whole text (own.ts)
        const piece = cache ? ownString(pieces[k]) : pieces[k];
        const pieceTokens = !shared || shared.claim(n) ? tagPiece(piece) : shared.take(n);
        entry = cache ? cache.set(piece, pieceTokens) : { key: piece, tokens: pieceTokens, memo: new Map() };
      }
      const base = sentences[i].start;
      // the layout of its sentences: the same piece text could in principle be cut otherwise elsewhere
      let sig = '';
      for (let s = i; s < j; s++) sig += `${sentences[s].start - base},${sentences[s].end - base},${sentences[s].paragraph - sentences[i].paragraph};`;
      if (entry.sig !== sig) { entry.sig = sig; entry.memo.clear(); }
      const first = tokens.length;
      out?.push({ entry, base, sentence: i, sentences: j - i, first });
      // the document tokens of this piece, as built last time when it stood at the same place
      const built = entry.memo.get('tokens');
      if (built && built.base === base && built.sentence === i) {
        for (const t of built.items as Token[]) tokens.push(t);
        return;
      }
      const items: Token[] = [];
      let s = i;
      for (const t of entry.tokens) {
        const start = base + t.start;
        while (s < j - 1 && start >= sentences[s + 1].start) s++;
        const token: Token = { start, end: base + t.end, text: t.text, normal: t.normal, tags: t.tags, pre: t.pre, post: t.post, sentence: s };
        items.push(token);
        tokens.push(token);
      }
      entry.memo.set('tokens', { base, sentence: i, first, items });
    });
  } finally {
    shared?.end();
  }
  return tokens;
}

/** One tagged piece as placed in the document: its cache entry, base offset, sentences and first token. */
export interface PlacedPiece {
  entry: PieceEntry;
  base: number;
  /** First sentence and number of sentences. */
  sentence: number;
  sentences: number;
  /** Index of its first token in the document's tokens. */
  first: number;
}
