// The learned speaker ranker: when the rules find no sure speaker for a quote, every named actor
// mention near it is a candidate, described by a few binary features (side, distance, lines between,
// the words around it), and a logistic regression trained on PolNeAR train (scripts/train-speakers.mjs)
// scores them. The features read only the text and the mentions, so training (over the CLI's output)
// and the extension see exactly the same inputs.
import { SPEECH_VERBS } from '../lexicon/speech';
import type { EntityType, TextSpan } from '../types';
import { LineMap } from '../text/lines';
import weights from './model/speakers.json';

export interface Candidate {
  start: number;
  end: number;
  actor: string;
  type: EntityType;
}

/** What a choice is made from: the text, which characters are quoted, and its lines. */
export interface RankDoc {
  text: string;
  quoted: Uint8Array;
  lines: LineMap;
}

export interface RankedSpeaker {
  actor: string;
  score: number;
  reason: string;
}

export interface SpeakerModel {
  bias: number;
  threshold: number;
  weights: Record<string, number>;
}

const MODEL = weights as SpeakerModel;
const SPEECH_FORMS = new Set(SPEECH_VERBS.flatMap((v) => v.forms));
/** How far around a quote candidates are looked for, in lines (paragraphs in PolNeAR-style text). */
const LINES_BEFORE = 2;
const LINES_AFTER = 1;

/**
 * Marks the characters inside quotation marks (“…”, "…", and ''…'' written with doubled apostrophes, as
 * some newswire does), the marks included; a line break closes.
 */
export function quotedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') open = false;
    if (ch === "'" && text[i + 1] === "'") { mask[i] = mask[i + 1] = 1; open = !open; i++; continue; }
    if (ch === '“') open = true;
    else if (ch === '"') { mask[i] = 1; open = !open; continue; }
    if (open) mask[i] = 1;
    if (ch === '”') { mask[i] = 1; open = false; }
  }
  return mask;
}

export function rankDoc(text: string): RankDoc {
  return { text, quoted: quotedMask(text), lines: new LineMap(text) };
}

/** Non-empty lines between two positions (blank lines do not count). */
function linesBetween(doc: RankDoc, a: number, b: number): number {
  const la = doc.lines.lineOf(Math.min(a, b)), lb = doc.lines.lineOf(Math.max(a, b));
  let n = 0;
  for (let l = la + 1; l <= lb; l++) {
    const end = l + 1 < doc.lines.starts.length ? doc.lines.starts[l + 1] : doc.text.length;
    if (doc.text.slice(doc.lines.starts[l], end).trim()) n++;
  }
  return n;
}

const bucket = (n: number): string => (n <= 0 ? '0' : n <= 2 ? '1-2' : n <= 6 ? '3-6' : n <= 20 ? '7-20' : n <= 60 ? '21-60' : n <= 200 ? '61-200' : '200+');

function wordAfter(text: string, pos: number): string {
  const m = /^[\s,]*([\p{L}’']+)/u.exec(text.slice(pos, pos + 40));
  return m ? m[1].toLowerCase() : '';
}

const SPACE_OR_COMMA = /^[\s,]$/;
const WORD_CHAR = /^[\p{L}’'.]$/u;

/** Is the code point ending at k (exclusive, not before `from`) a letter, ’, ' or '.'? How many code units it takes, or 0. */
function wordCharBefore(text: string, k: number, from: number): number {
  const c = text.charCodeAt(k - 1);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 46 ? 1 : 0;
  const pair = c >= 0xdc00 && c <= 0xdfff && k - 2 >= from && (text.charCodeAt(k - 2) & 0xfc00) === 0xd800;
  return WORD_CHAR.test(text.slice(pair ? k - 2 : k - 1, k)) ? (pair ? 2 : 1) : 0;
}

/**
 * The word (letters, apostrophes, dots) before pos, past spaces and commas, within 40 characters: what
 * /([\p{L}’'.]+)[\s,]*$/u finds at the end of those 40 characters, read backwards (the regex tries every start).
 */
function wordBefore(text: string, pos: number): string {
  const from = Math.max(0, pos - 40);
  let end = pos;
  while (end > from && SPACE_OR_COMMA.test(text[end - 1])) end--;
  let start = end;
  for (let n = start > from ? wordCharBefore(text, start, from) : 0; n > 0; n = start > from ? wordCharBefore(text, start, from) : 0) start -= n;
  return start < end ? text.slice(start, end).toLowerCase() : '';
}

/** The binary features of one candidate mention for one quote (names are the model's keys). */
export function candidateFeatures(doc: RankDoc, quote: TextSpan, c: Candidate, ctx: { prevSpeaker: string | null; between: number; rank: number; count: number }): string[] {
  const { text } = doc;
  const side = c.end <= quote.start ? 'B' : 'A';
  const gap = side === 'B' ? text.slice(c.end, quote.start) : text.slice(quote.end, c.start);
  const lines = linesBetween(doc, side === 'B' ? c.end : quote.end, side === 'B' ? quote.start : c.start);
  const after = text.slice(c.end, c.end + 3);
  const before = text.slice(Math.max(0, c.start - 4), c.start);
  const next = wordAfter(text, c.end);
  const prev = wordBefore(text, c.start);
  const lineStart = doc.lines.starts[doc.lines.lineOf(c.start)];
  const f = [
    `side=${side}`, `lines=${side}${Math.min(lines, 3)}`, `gap=${side}${bucket(gap.length)}`, `between=${side}${Math.min(ctx.between, 3)}`,
    `rank=${side}${Math.min(ctx.rank, 3)}`, `type=${c.type}`, `type.side=${c.type}${side}${Math.min(lines, 2)}`,
    `count=${bucket(ctx.count)}`,
  ];
  if (SPEECH_FORMS.has(next)) f.push(`nextSpeech=${side}${Math.min(lines, 2)}`);
  if (SPEECH_FORMS.has(prev)) f.push(`prevSpeech=${side}${Math.min(lines, 2)}`);
  if (/^['’]s\b/.test(after)) f.push('possessive');
  if (/^\s*:/.test(after)) f.push(`colon=${side}`);
  if (/^\s*\(/.test(after)) f.push('paren.after');
  if (/\(\s*$/.test(before)) f.push('paren.in');
  if (/[―—–-]\s*$/.test(before)) f.push(`dash=${side}${Math.min(lines, 1)}`);
  if (/^\s*,/.test(after)) f.push(`comma.after=${side}`);
  if (/^(of|for|at|with|from|by|to|about|against|on)$/.test(prev)) f.push('prep.before');
  if (/^(and|or)$/.test(prev) || /^\s*(and|or)\b/.test(after)) f.push('coordinated');
  if (!text.slice(lineStart, c.start).trim()) f.push('line.first');
  if (side === 'A' && /^[\s,]*$/.test(gap.replace(/[”"’]/g, ''))) f.push('right.after');
  if (/[?!][”"]\s*$/.test(text.slice(quote.start, quote.end + 2)) || /[?!]\s*$/.test(text.slice(quote.start, quote.end))) f.push(`qmark=${side}`);
  if (prev === 'according' || /according to\s*$/i.test(text.slice(Math.max(0, c.start - 16), c.start))) f.push('according');
  if (ctx.prevSpeaker && ctx.prevSpeaker === c.actor) f.push(`prevSpeaker=${Math.min(lines, 2)}`);
  return f;
}

export function score(f: readonly string[], model: SpeakerModel = MODEL): number {
  let z = model.bias;
  for (const k of f) z += model.weights[k] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * The candidates of a quote: named mentions (people and organizations) outside quotation marks, from
 * two lines before to one line after; `between` counts candidates nearer to the quote on the same side.
 */
export function candidatesFor(doc: RankDoc, quote: TextSpan, mentions: readonly Candidate[]): Array<{ c: Candidate; between: number; rank: number }> {
  const lq = doc.lines.lineOf(quote.start), lqe = doc.lines.lineOf(quote.end);
  // only the mentions of the lines around the quote (mentions come sorted by start): linear in the document
  const from = doc.lines.starts[Math.max(0, lq - LINES_BEFORE * 2)];
  const to = doc.lines.starts[lqe + LINES_AFTER * 2 + 1] ?? doc.text.length;
  let lo = 0, hi = mentions.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (mentions[mid].start < from) lo = mid + 1; else hi = mid; }
  let end = lo;
  while (end < mentions.length && mentions[end].start <= to) end++;
  const near = mentions.slice(lo, end).filter((m) => {
    if (m.type !== 'person' && m.type !== 'organization') return false;
    if (doc.quoted[m.start] || (m.start >= quote.start && m.start < quote.end)) return false;
    const l = doc.lines.lineOf(m.start);
    return l >= lq - LINES_BEFORE * 2 && l <= lqe + LINES_AFTER * 2 && (m.end <= quote.start ? linesBetween(doc, m.end, quote.start) <= LINES_BEFORE : linesBetween(doc, quote.end, m.start) <= LINES_AFTER);
  });
  const before = near.filter((m) => m.end <= quote.start).reverse();
  const after = near.filter((m) => m.start >= quote.end);
  const out: Array<{ c: Candidate; between: number; rank: number }> = [];
  // between: other actors nearer the quote on the same side; rank: the mention's place among that actor's
  const walk = (list: Candidate[]): void => {
    const seen = new Set<string>();
    list.forEach((c) => {
      out.push({ c, between: seen.has(c.actor) ? seen.size - 1 : seen.size, rank: list.filter((x, k) => x.actor === c.actor && k < list.indexOf(c)).length });
      seen.add(c.actor);
    });
  };
  walk(before);
  walk(after);
  return out;
}

/** The best-scoring candidate's actor, or null when none reaches the model's threshold. */
/** How many mentions each actor has: a candidate feature, counted once per document. */
export function mentionCounts(mentions: readonly Candidate[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
  return counts;
}

export function rankSpeaker(doc: RankDoc, quote: TextSpan, mentions: readonly Candidate[], prevSpeaker: string | null, model: SpeakerModel = MODEL, counts = mentionCounts(mentions)): RankedSpeaker | null {
  let best: RankedSpeaker | null = null;
  for (const { c, between, rank } of candidatesFor(doc, quote, mentions)) {
    const f = candidateFeatures(doc, quote, c, { prevSpeaker, between, rank, count: counts.get(c.actor) ?? 0 });
    const s = score(f, model);
    if (!best || s > best.score) best = { actor: c.actor, score: s, reason: `ranker ${s.toFixed(2)}: ${f.filter((k) => (model.weights[k] ?? 0) > 0.5).slice(0, 3).join(', ') || 'nearest'}` };
  }
  return best && best.score >= model.threshold ? best : null;
}
