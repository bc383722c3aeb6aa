// What the entity rules need to know of the whole document before typing a name: headline sentences,
// whether it is a sports report, its lower-case vocabulary, and the runs of name words. Built per tagged
// piece and kept with it (see PieceEntry.memo), so an edit re-reads only the pieces it touched.
import { SPORTS_WORDS } from '../lexicon/name-words';
import type { DocContext } from '../text/document';
import { ownStrings } from '../text/own';
import type { PlacedPiece } from '../text/tagger';
import type { Env } from './env';
import { markCapsSentences, relativeRuns, runs } from './runs';
import type { Word } from './words';

/** What computeEntities reads of one piece's words alone, kept with the piece (see PieceEntry.memo). */
interface PieceFacts {
  /** Headline flags of its sentences. */
  caps: boolean[];
  sports: number;
  /** Its distinct lower-case words. */
  lower: string[];
  /** Name runs, word indexes relative to its first word; valid with the word before it and the character after it. */
  runs: Array<[number, number]>;
  prevLower: string | undefined;
  nextChar: string | undefined;
}

/** Fills env's headline flags, vocabulary and sports flag; returns the document's name runs. */
export function documentFacts(ctx: DocContext, env: Env, pieces?: readonly PlacedPiece[]): Array<[number, number]> {
  const { ws, capsSentence, lowerVocabulary } = env;
  let sportsWords = 0;
  let nameRuns: Array<[number, number]>;
  if (!pieces) {
    markCapsSentences(ctx, ws, 0, ws.length, 0, ctx.sentences.length, capsSentence);
    for (const w of ws) if (SPORTS_WORDS.has(w.lower)) sportsWords++;
    for (const w of ws) if (!w.cap && !w.punct) lowerVocabulary.add(w.lower);
    nameRuns = runs(env, 0, ws.length);
  } else {
    nameRuns = [];
    let w0 = 0;
    for (const p of pieces) {
      const s1 = p.sentence + p.sentences;
      let w1 = w0;
      while (w1 < ws.length && ws[w1].sentence < s1) w1++;
      const facts = pieceFacts(ctx, env, p, w0, w1);
      sportsWords += facts.sports;
      for (const x of facts.lower) lowerVocabulary.add(x);
      for (const [a, b] of facts.runs) nameRuns.push([a + w0, b + w0]);
      w0 = w1;
    }
  }
  env.sports = sportsWords >= 3;
  return nameRuns;
}

/**
 * One piece's sentence flags, sports words, lower-case words and name runs, built once per piece (runs
 * also depend on the word before the piece and the character after it: rebuilt when those changed).
 */
function pieceFacts(ctx: DocContext, env: Env, p: PlacedPiece, w0: number, w1: number): PieceFacts {
  const { ws, capsSentence } = env;
  const s0 = p.sentence, s1 = p.sentence + p.sentences;
  const prevLower = w0 > 0 ? ws[w0 - 1].lower : undefined;
  const nextChar = ctx.text[ctx.sentences[s1 - 1].end];
  const memo = p.entry.memo.get('entities');
  let facts = memo?.items[0] as PieceFacts | undefined;
  if (!facts) {
    markCapsSentences(ctx, ws, w0, w1, s0, s1, capsSentence);
    const { sports, lower } = wordFacts(ws, w0, w1);
    facts = { caps: capsSentence.slice(s0, s1), sports, lower, runs: relativeRuns(env, w0, w1), prevLower, nextChar };
    p.entry.memo.set('entities', { base: p.base, sentence: p.sentence, first: w0, items: [ownStrings(facts)] });
  } else {
    for (let k = 0; k < facts.caps.length; k++) capsSentence[s0 + k] = facts.caps[k];
    if (facts.prevLower !== prevLower || facts.nextChar !== nextChar) {
      facts = { ...facts, runs: relativeRuns(env, w0, w1), prevLower, nextChar };
      p.entry.memo.set('entities', { base: p.base, sentence: p.sentence, first: w0, items: [ownStrings(facts)] });
    }
  }
  return facts;
}

function wordFacts(ws: readonly Word[], w0: number, w1: number): { sports: number; lower: string[] } {
  let sports = 0;
  const lower = new Set<string>();
  for (let i = w0; i < w1; i++) {
    const w = ws[i];
    if (SPORTS_WORDS.has(w.lower)) sports++;
    if (!w.cap && !w.punct) lower.add(w.lower);
  }
  return { sports, lower: [...lower] };
}
