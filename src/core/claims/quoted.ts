// Direct quotes as claims: attributed through their cue, or continuing the previous quote's speaker;
// short quotes with no cue (scare quotes, titles) are not claims.
import { firstTokenAtOrAfter } from '../coref/referents';
import { TITLE_SMALL_WORDS } from '../lexicon/claim-words';
import type { QuoteSpan } from '../text/quotes';
import type { TextSpan } from '../types';
import { LABEL_WHY, labelledParagraphs, trimmedEnd, type SpeakerLabels } from './labels';
import { rankSpeakerMemo } from './rank-memo';
import { mentionCounts, rankDoc } from './ranker';
import { cueSpan, type ClaimScan, type Cue } from './scan';
/** The speaker of the last quote: `label` when a transcript's label gave it (and the next paragraph goes on with it). */
interface LastSpeaker { actor: string | null; paragraph: number; end: number; label: boolean }

/** Direct quotes as claims: the speaker of their cue, else of the quote just before (same or previous paragraph). */
export function attributeQuotes(sc: ClaimScan, labels: SpeakerLabels): void {
  const { text, quotes, cues, claims } = sc;
  const cueOfQuote = new Map<number, Cue>();
  for (const c of cues) if (c.quote !== undefined && !cueOfQuote.has(c.quote)) cueOfQuote.set(c.quote, c);

  let lastQuoteSpeaker: LastSpeaker | null = null;
  // the learned ranker decides only where the rules have no sure speaker (no cue, or a cue without one)
  let doc: ReturnType<typeof rankDoc> | undefined;
  let counts: Map<string, number> | undefined;
  let rankWhy = '';
  const ranked = (start: number, end: number): string | null => {
    doc ??= rankDoc(text);
    counts ??= mentionCounts(sc.candidates);
    const r = rankSpeakerMemo(sc.memo, doc, { start, end, text: '' }, sc.candidates, lastQuoteSpeaker?.actor ?? null, counts);
    rankWhy = r ? r.reason : '';
    return r?.actor ?? null;
  };
  for (let qi = 0; qi < quotes.length; qi++) {
    const cue = cueOfQuote.get(qi);
    // a quote that goes on over paragraphs opening with a transcript's labels: each labelled paragraph is said by its label
    const pieces = labelledParagraphs(sc, labels, quotes[qi]);
    const q = pieces.length ? { ...quotes[qi], end: trimmedEnd(text, quotes[qi].start, pieces[0].open) } : quotes[qi];
    const words = countWords(text, q.start, q.end);
    const para = paragraphOf(sc, q.start);
    const inner = text.slice(q.start, q.end);
    const soCalled = /so-called\s*$|so called\s*$/i.test(text.slice(Math.max(0, q.open - 12), q.open));
    let speaker: string | null;
    let cueSpanOf: TextSpan | undefined;
    let why = 'no cue and no quote just before: no speaker';
    const label = paragraphStart(text, q.open) ? labels.at(q.start) : null;
    const last = lastQuoteSpeaker as LastSpeaker | null;
    const labelled: boolean = !!label || (!!last && last.label && !cue && words >= 4 && last.paragraph === para - 1 && paragraphStart(text, q.open));
    if (label) {
      // "WALLACE: …" opening a quoted paragraph of a transcript
      speaker = label.actor;
      why = LABEL_WHY;
    } else if (labelled) {
      // the next paragraph of the same answer, with no label of its own
      speaker = last!.actor;
      why = 'no cue: the next paragraph of a transcript\'s speaker';
    } else if (cue) {
      if (soCalled) continue;
      if (words <= 3 && !shortQuoteCued(sc, q, cue)) continue;
      speaker = cue.speaker?.actor ?? ranked(q.start, q.end);
      cueSpanOf = cueSpan(sc, cue);
      why = cue.speaker?.actor || !speaker ? `its cue "${cueSpanOf.text}": ${cue.why ?? ''}` : `its cue "${cueSpanOf.text}" names no one: ${rankWhy}`;
    } else {
      if (soCalled || words < 4 || isTitle(inner)) continue;
      // a quote that is not a whole sentence and has no cue is probably a name or a phrase
      const startsSentence = /^[\s]*$/.test(text.slice(sentenceStartOf(sc, q.open), q.open)) || /[.!?:]$/.test(inner) || words >= 8;
      if (!startsSentence) continue;
      // the convention: a quote with no cue continues the speaker of the previous quote nearby
      speaker = ranked(q.start, q.end);
      if (speaker) why = `no cue: ${rankWhy}`;
      if (!speaker && lastQuoteSpeaker && (lastQuoteSpeaker.paragraph === para || lastQuoteSpeaker.paragraph === para - 1) && q.open - lastQuoteSpeaker.end < 2000) {
        speaker = lastQuoteSpeaker.actor;
        why = 'no cue: the speaker of the quote just before, in this or the previous paragraph';
      }
    }
    if (words >= (pieces.length ? 4 : 1)) claims.push({ kind: 'quote', start: q.start, end: q.end, text: inner, speaker, ...(cueSpanOf ? { cue: cueSpanOf } : {}), quote: qi, why });
    lastQuoteSpeaker = { actor: speaker, paragraph: paragraphOf(sc, q.close - 1), end: q.close, label: labelled };
    pieces.forEach((p, n) => {
      const end = n + 1 < pieces.length ? trimmedEnd(text, p.start, pieces[n + 1].open) : quotes[qi].end;
      claims.push({ kind: 'quote', start: p.start, end, text: text.slice(p.start, end), speaker: p.actor, quote: qi, why: LABEL_WHY });
      lastQuoteSpeaker = { actor: p.actor, paragraph: paragraphOf(sc, q.close - 1), end: q.close, label: true };
    });
  }
}

/** Is `open` the first character of its paragraph (of its line, but for spaces)? */
function paragraphStart(text: string, open: number): boolean {
  let k = open - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  return k < 0 || text[k] === '\n' || text[k] === '\r';
}

export function paragraphOf(sc: ClaimScan, pos: number): number {
  const { ctx, toks } = sc;
  const i = Math.min(firstTokenAtOrAfter(toks, pos), toks.length - 1);
  return i >= 0 ? ctx.sentences[toks[i].sentence].paragraph : -1;
}

export function sentenceStartOf(sc: ClaimScan, pos: number): number {
  const { ctx, toks } = sc;
  const i = firstTokenAtOrAfter(toks, pos);
  const s = i < toks.length ? toks[i].sentence : ctx.sentences.length - 1;
  return s >= 0 ? ctx.sentences[s].start : 0;
}

/** A one-to-three-word quote is speech only right next to its cue, or as the end of the cued clause. */
export function shortQuoteCued(sc: ClaimScan, q: QuoteSpan, cue: Cue): boolean {
  const { text, toks } = sc;
  const cuePos = toks[cue.tok].start;
  if (cuePos > q.close) {
    // “Never,” she said.
    return cuePos - q.close < 40;
  }
  // "described the plan as “a historic mistake”", "called the proposal « the bare minimum »"
  if (cue.verb?.kind === 'quote' && /(\bas(\s+an?)?|\bit|\bthem|\bhim|\bher)\s*$/i.test(text.slice(Math.max(0, q.open - 12), q.open))) return true;
  if (cue.verb?.kind === 'quote' && toks[cue.tok].start > q.open - 80) return true;
  // cue before: the quote must end its clause (`described it as “a trusted partner”.`)
  const after = text.slice(q.close, q.close + 2);
  return /^[\s]*[.,;!?]|^\s*$/.test(after) || q.close >= text.length || /[.,;!?]$/.test(text.slice(q.start, q.close - 1).trim());
}

function countWords(text: string, start: number, end: number): number {
  let n = 0;
  const re = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) n++;
  return n;
}

/** "The Lord of the Rings", "Peace Plan": every significant word capitalized, no sentence punctuation. */
function isTitle(s: string): boolean {
  if (/[.!?,;:]/.test(s)) return false;
  const words = s.split(/\s+/).filter(Boolean);
  if (words.length > 10) return false;
  return words.every((w, k) => /^[\p{Lu}\p{N}]/u.test(w) || (k > 0 && TITLE_SMALL_WORDS.has(w.toLowerCase())));
}
