// The state of one claims pass over a document: tokens, quotes, who each token refers to, and the
// cues and claims found so far; and the small token tests every claims rule uses.
import type { Referents } from '../coref/referents';
import type { Candidate } from './ranker';
import type { SpeechVerb } from '../lexicon/speech';
import type { DocContext } from '../text/document';
import type { QuoteSpan } from '../text/quotes';
import type { PieceCache, Token } from '../text/tagger';
import type { Claim, TextSpan } from '../types';
export interface ClaimScan {
  readonly ctx: DocContext;
  readonly text: string;
  readonly toks: readonly Token[];
  readonly quotes: readonly QuoteSpan[];
  readonly quoteOf: Int32Array;
  readonly refs: Referents;
  /** Cues found so far, in reading order (later speakers look at the last one). */
  readonly cues: Cue[];
  readonly claims: PendingClaim[];
  /** Named actor mentions, the speaker ranker's candidates. */
  readonly candidates: readonly Candidate[];
  inQuote(i: number): boolean;
  /** The document's memo (the speaker ranker's choices are kept there), when it has a session. */
  readonly memo?: PieceCache;
}

/** A claim before duplicates are dropped and ids given; `quote` is the index of its quote. */
export type PendingClaim = Omit<Claim, 'id'> & { quote?: number; why?: string };

export interface Speaker {
  actor: string | null;
  /** Token range of the speaker phrase. */
  from: number;
  to: number;
  /** The phrase is a description whose head (token `to`) is not the actor named inside it ("a Politico reporter"). */
  described?: boolean;
  /** The head noun of a described phrase when it is not token `to` ("a spokesman" in "a spokesman for the campaign"). */
  head?: number;
}

export interface Cue {
  /** First and last token of the cue ("said"; "according to"). */
  tok: number;
  last: number;
  verb?: SpeechVerb;
  speaker: Speaker | null;
  /** Reported content, as a token range, when the cue has one. */
  content?: [number, number];
  /** The quote the cue attributes, if it is right next to one. */
  quote?: number;
  /** How its speaker was found (shown by `byline annotate --explain`). */
  why?: string;
}

// compromise keeps some punctuation as tokens of their own (`, "` in tokenized text): read it as trailing
export const isPunct = (t: Token): boolean => !/[\p{L}\p{N}]/u.test(t.text);
export const tail = (t: Token): string => (isPunct(t) ? t.text + t.post : t.post);
export const hasComma = (t: Token): boolean => /[,;]/.test(tail(t));
export const isNounish = (t: Token): boolean => t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Possessive') || t.tags.has('Value');


/** Token range [a, b] trimmed of quote-only ends is not a reported claim when it is one quote. */
export function wholeQuote(sc: ClaimScan, a: number, b: number): number {
  const { quoteOf } = sc;
  const q = quoteOf[a];
  if (q < 0) return -1;
  for (let x = a; x <= b; x++) if (quoteOf[x] !== q) return -1;
  return q;
}

export function contentUntilEnd(sc: ClaimScan, a: number, hi: number): [number, number] {
  const { toks } = sc;
  let b = hi - 1;
  // stop before a trailing source ("…, according to X")
  for (let x = a + 1; x < hi - 1; x++) {
    if (toks[x].normal === 'according' && toks[x + 1].normal === 'to' && hasComma(toks[x - 1])) { b = x - 1; break; }
  }
  return trimRange(sc, a, b);
}

export function trimRange(sc: ClaimScan, a: number, b: number): [number, number] {
  const { toks } = sc;
  while (a < b && (toks[a].normal === 'that' || toks[a].tags.has('Conjunction') && toks[a].normal !== 'if')) a++;
  return [a, b];
}

export function addCue(sc: ClaimScan, c: Cue): void {
  const { text, toks, cues, claims } = sc;
  cues.push(c);
  if (c.content && c.content[1] - c.content[0] >= 1) {
    const [a, b] = c.content;
    const start = toks[a].start;
    const end = toks[b].end;
    claims.push({ kind: 'reported', start, end, text: text.slice(start, end), speaker: c.speaker?.actor ?? null, cue: cueSpan(sc, c), why: c.why });
  }
}

/** Ends the content of cue n at token `last` (its reported claim too, without a comma or semicolon at its end). */
export function endContent(sc: ClaimScan, n: number, last: number): void {
  const { text, toks, cues, claims } = sc;
  const c = cues[n];
  const a = c.content![0];
  const start = toks[a].start, at = toks[c.tok].start;
  cues[n] = { ...c, content: [a, last] };
  const k = claims.findIndex((x) => x.kind === 'reported' && x.cue?.start === at && x.start === start);
  if (k >= 0) {
    const cut = text.slice(start, toks[last].end).replace(/[,;]\s*$/, '');
    claims[k] = { ...claims[k], end: start + cut.length, text: cut };
  }
}

export function cueSpan(sc: ClaimScan, c: Cue): TextSpan {
  const { text, toks } = sc;
  const start = toks[c.tok].start;
  const end = toks[c.last].end;
  return { start, end, text: text.slice(start, end) };
}
