// compromise, fed bounded pieces of text (a few sentences at a time), read once into plain tokens.
// Everything downstream reads these tokens; nothing else calls compromise on the whole document.
import nlp from 'compromise';
import type { Sentence } from './segment';
import { MAX_PIECE } from './segment';

export interface Token {
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
  /** Index of the sentence (in the list given to tagSentences) holding this token. */
  sentence: number;
}

interface PieceToken {
  start: number;
  end: number;
  text: string;
  normal: string;
  tags: ReadonlySet<string>;
  pre: string;
  post: string;
}

/** Tagged pieces by their exact text: an edit re-tags only the pieces it touched. */
const cache = new Map<string, PieceToken[]>();
const CACHE_LIMIT = 20000;

function tagPiece(piece: string): PieceToken[] {
  const hit = cache.get(piece);
  if (hit) {
    // keep recently used pieces at the end (Map keeps insertion order)
    cache.delete(piece);
    cache.set(piece, hit);
    return hit;
  }
  const doc = nlp(piece);
  doc.compute('offset');
  const out: PieceToken[] = [];
  let searchFrom = 0;
  for (const terms of doc.docs as Array<Array<CompromiseTerm>>) {
    for (const t of terms) {
      if (!t.text) continue;
      let start = t.offset?.start ?? -1;
      if (piece.slice(start, start + t.text.length) !== t.text) start = piece.indexOf(t.text, searchFrom);
      if (start < 0) continue;
      const end = start + t.text.length;
      searchFrom = end;
      out.push({ start, end, text: t.text, normal: t.normal || t.text.toLowerCase(), tags: t.tags, pre: t.pre || '', post: t.post || '' });
    }
  }
  cache.set(piece, out);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  return out;
}

interface CompromiseTerm {
  text: string;
  normal?: string;
  pre?: string;
  post?: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
}

/**
 * Tags the sentences of a text, grouping neighbouring sentences of one paragraph into pieces of at most
 * MAX_PIECE characters so that the tagger keeps some context but never sees an unbounded input.
 */
export function tagSentences(text: string, sentences: Sentence[], isCancelled?: () => boolean): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < sentences.length) {
    if (isCancelled?.()) throw new CancelledError();
    let j = i + 1;
    while (j < sentences.length && sentences[j].paragraph === sentences[i].paragraph
      && sentences[j].end - sentences[i].start <= MAX_PIECE) j++;
    const base = sentences[i].start;
    const pieceTokens = tagPiece(text.slice(base, sentences[j - 1].end));
    let s = i;
    for (const t of pieceTokens) {
      const start = base + t.start;
      while (s < j - 1 && start >= sentences[s + 1].start) s++;
      tokens.push({ ...t, start, end: base + t.end, sentence: s });
    }
    i = j;
  }
  return tokens;
}

/** Thrown when an analysis is cancelled (a newer version of the document is waiting). */
export class CancelledError extends Error {
  constructor() {
    super('analysis cancelled');
    this.name = 'CancelledError';
  }
}

/** Forget every tagged piece (tests and memory measurements). */
export function clearTaggerCache(): void {
  cache.clear();
}
