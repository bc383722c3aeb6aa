// The analyzed document as every stage sees it: text, paragraphs, sentences and tagged tokens.
import { paragraphs, sentences, type Paragraph, type Sentence } from './segment';
import { tagSentences, type PieceCache, type PlacedPiece, type Token } from './tagger';
import type { AnalyzeOptions } from '../types';

export interface DocContext {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  /** For each sentence, the index range [first, last) of its tokens. */
  sentenceTokens: Array<[number, number]>;
}

/** The context, and the tagged pieces it was built from (per-piece results are memoized on them). */
export interface TaggedDocument {
  context: DocContext;
  pieces: PlacedPiece[];
}

/** The context alone (tests, tools): tagged afresh, no pieces kept. */
export function buildContext(text: string, options: Pick<AnalyzeOptions, 'isCancelled' | 'taggingHelper'> = {}): DocContext {
  return tagDocument(text, options).context;
}

/** `cache`: the document's piece cache, held by its DocumentSession (none: everything is tagged afresh). */
export function tagDocument(text: string, options: Pick<AnalyzeOptions, 'isCancelled' | 'taggingHelper'> = {}, cache?: PieceCache): TaggedDocument {
  const paras = paragraphs(text);
  const sents = sentences(text, paras);
  const pieces: PlacedPiece[] = [];
  const tokens = tagSentences(text, sents, options.isCancelled, cache, options.taggingHelper, pieces);
  const sentenceTokens: Array<[number, number]> = sents.map(() => [0, 0]);
  let i = 0;
  for (let s = 0; s < sents.length; s++) {
    const first = i;
    while (i < tokens.length && tokens[i].sentence === s) i++;
    sentenceTokens[s] = [first, i];
  }
  return { context: { text, paragraphs: paras, sentences: sents, tokens, sentenceTokens }, pieces };
}

/** Index of the first token starting at or after offset (binary search). */
export function firstTokenAtOrAfter(toks: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The tokens of sentence s. */
export function tokensOf(ctx: DocContext, s: number): Token[] {
  const [a, b] = ctx.sentenceTokens[s];
  return ctx.tokens.slice(a, b);
}
