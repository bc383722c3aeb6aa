// The speaker ranker's choice for a quote, kept in the document's memo (PieceCache.recall) by everything the
// choice reads: the text of the lines around the quote (two lines before to one after, each looked at as far
// as twice that, plus the 40 characters a word before or after a candidate may reach), the quote and the
// candidate mentions in it with their mention counts, and the previous quote's speaker. An edit elsewhere in
// the document leaves the key, and so the choice, as it was.
import type { PieceCache } from '../text/tagger';
import type { TextSpan } from '../types';
import { rankSpeaker, type Candidate, type RankDoc, type RankedSpeaker } from './ranker';

/** How far candidatesFor looks, in lines before and after the quote's lines (LINES_BEFORE * 2, LINES_AFTER * 2 + 1). */
const LINES_BACK = 4, LINES_ON = 3;
/** The farthest candidateFeatures reads beyond a candidate (wordBefore, wordAfter). */
const MARGIN = 40;

export function rankSpeakerMemo(memo: PieceCache | undefined, doc: RankDoc, quote: TextSpan, mentions: readonly Candidate[], prevSpeaker: string | null, counts: Map<string, number>): RankedSpeaker | null {
  if (!memo) return rankSpeaker(doc, quote, mentions, prevSpeaker, undefined, counts);
  const { lines, text } = doc;
  const lq = lines.lineOf(quote.start), lqe = lines.lineOf(quote.end);
  const from = lines.starts[Math.max(0, lq - LINES_BACK)];
  const to = lines.starts[lqe + LINES_ON] ?? text.length;
  const w0 = Math.max(0, from - MARGIN), w1 = Math.min(text.length, to + MARGIN);
  let lo = 0, hi = mentions.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (mentions[mid].start < from) lo = mid + 1; else hi = mid; }
  let key = `rank\u0000${from - w0},${to - w0},${quote.start - w0},${quote.end - w0},${prevSpeaker}`;
  for (let k = lo; k < mentions.length && mentions[k].start <= to; k++) {
    const m = mentions[k];
    key += `|${m.start - w0},${m.end - w0},${m.actor},${m.type},${counts.get(m.actor) ?? 0}`;
  }
  key += `\u0000${text.slice(w0, w1)}`;
  const kept = memo.recall<{ r: RankedSpeaker | null }>(key);
  if (kept) return kept.r && { ...kept.r };
  const r = rankSpeaker(doc, quote, mentions, prevSpeaker, undefined, counts);
  memo.remember(key, { r: r && { ...r } });
  return r;
}
