// Direct-quote spans: double (" “ ” „ « »), single (' ‘ ’, told apart from apostrophes), partial quotes
// inside a sentence, and quotes that run over several paragraphs (a paragraph left open continues in
// the next one when that opens with a quote mark). One linear pass; an unclosed quote never runs past
// its paragraph unless that convention applies.
import type { DocContext } from './document';
import type { Paragraph } from './segment';

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark, or the end of the last paragraph when the quote was left open. */
  close: number;
  /** The quoted words: inside the marks, trimmed of space and of a trailing comma. */
  start: number;
  end: number;
  single: boolean;
  closed: boolean;
  /** The quote went on over paragraph breaks. */
  paragraphs: number;
}

const DOUBLE_MARKS = /["“”„«»]/g;
const SINGLE_MARKS = /['‘’]/g;

/** What may close a quote opened with each mark. */
const CLOSERS: Record<string, string> = { '“': '”"“', '„': '“”', '«': '»', '"': '"”', '”': '”"' };

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Before an opening mark: start, space, an opening bracket or dash, or another quote mark. */
function opensAfter(c: string | undefined): boolean {
  return c === undefined || /[\s([{\u2014\u2013\-/:“‘"'«„]/.test(c);
}

// Words written with a leading apostrophe: not the start of a quote.
const ELISIONS = /^(em|tis|twas|til|cause|bout|n|round|til)\b/i;

export function findQuotes(text: string, paras: readonly Paragraph[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  // a quote left open at the end of the previous paragraph
  let pending: { open: number; mark: string; lastEnd: number; paragraphs: number } | null = null;
  let pendingSingle: PendingSingle | null = null;
  const doubleAt: number[] = [];
  const singleAt: number[] = [];
  for (const m of text.matchAll(DOUBLE_MARKS)) doubleAt.push(m.index!);
  for (const m of text.matchAll(SINGLE_MARKS)) singleAt.push(m.index!);
  let dp = 0;
  let sp = 0;

  const push = (open: number, closeMark: number, close: number, single: boolean, closed: boolean, paragraphs: number): void => {
    let s = open + 1;
    let e = closeMark;
    while (s < e && /[\s]/.test(text[s])) s++;
    while (e > s && /[\s,;:]/.test(text[e - 1])) e--;
    if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) out.push({ open, close, start: s, end: e, single, closed, paragraphs });
  };

  for (const p of paras) {
    let from = p.start;
    let open = -1;
    let mark = '';
    let paragraphs = 1;
    if (pending) {
      const c = text[p.start];
      if (c === '“' || c === '"' || c === '„' || c === '«' || c === '”') {
        open = pending.open;
        mark = pending.mark;
        paragraphs = pending.paragraphs + 1;
        from = p.start + 1;
      } else {
        push(pending.open, pending.lastEnd, pending.lastEnd, false, false, pending.paragraphs);
      }
      pending = null;
    }
    const doubles: Array<[number, number]> = [];
    const paraFirstQuote = out.length;
    // the marks of this paragraph, from one scan of the whole text (a regex run per paragraph from
    // its start would search on to the next mark, however far: quadratic on text with no marks)
    while (dp < doubleAt.length && doubleAt[dp] < from) dp++;
    for (; dp < doubleAt.length && doubleAt[dp] < p.end; dp++) {
      const i = doubleAt[dp];
      const c = text[i];
      const prev = i > 0 ? text[i - 1] : undefined;
      const next = i + 1 < p.end ? text[i + 1] : undefined;
      if (open < 0) {
        // a tokenized text writes `" We deserved … , "`, with a space on both sides of each mark
        const spaced = c === '"' && isSpace(prev) && next === ' ' && isWordChar(text[i + 2]);
        if (c === '“' || c === '„' || c === '«') { open = i; mark = c; paragraphs = 1; } else if ((c === '"' || c === '”') && opensAfter(prev) && (!isSpace(next) || spaced)) {
          open = i; mark = c; paragraphs = 1;
        }
      } else if (CLOSERS[mark].includes(c)) {
        // a “ that looks like an opener (space before, word after) does not close a “…
        if (c === '“' && mark === '“' && isSpace(prev) && !isSpace(next)) continue;
        push(open, i, i + 1, false, true, paragraphs);
        doubles.push([Math.max(open, p.start), i + 1]);
        open = -1;
      }
    }
    if (open >= 0) {
      pending = { open, mark, lastEnd: p.end, paragraphs };
      doubles.push([Math.max(open, p.start), p.end]);
    }
    while (sp < singleAt.length && singleAt[sp] < p.start) sp++;
    const se = upper(singleAt, sp, p.end);
    pendingSingle = findSingles(text, p, doubles, out, paraFirstQuote, pendingSingle, singleAt.slice(sp, se));
    sp = se;
  }
  if (pending) push(pending.open, pending.lastEnd, pending.lastEnd, false, false, pending.paragraphs);
  if (pendingSingle) findSingles(text, { start: text.length, end: text.length, index: paras.length }, [], out, out.length, pendingSingle, []);
  return out.sort((a, b) => a.open - b.open);
}

/** First index in sorted xs[from…] whose value is at or past limit. */
function upper(xs: readonly number[], from: number, limit: number): number {
  let a = from;
  let b = xs.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (xs[mid] < limit) a = mid + 1;
    else b = mid;
  }
  return a;
}

interface PendingSingle {
  open: number;
  /** End of the paragraph where it was left open. */
  end: number;
  paragraphs: number;
}

/**
 * Single-quoted spans of one paragraph outside its double-quoted ones; nested doubles give way. A quote
 * left open goes on in the next paragraph when that opens with a single quote mark; otherwise it stands
 * to the end of its paragraph if it opened a sentence and has a few words (an apostrophe does neither).
 */
function findSingles(text: string, p: Paragraph, doubles: Array<[number, number]>, out: QuoteSpan[], paraFirst: number, pending: PendingSingle | null, marks: readonly number[]): PendingSingle | null {
  let open = -1;
  let paragraphs = 1;
  let weak: number[] = [];
  let d = 0;
  const found: Array<[number, number]> = [];
  let from = p.start;
  if (pending) {
    const c = text[p.start];
    if ((c === '‘' || c === "'") && !(doubles.length && doubles[0][0] <= p.start)) {
      open = pending.open;
      paragraphs = pending.paragraphs + 1;
      from = p.start + 1;
    } else {
      const before = pending.open > 0 ? text.slice(Math.max(0, pending.open - 3), pending.open) : '';
      const words = (text.slice(pending.open + 1, pending.end).match(/[\p{L}\p{N}]+/gu) ?? []).length;
      if ((pending.open === 0 || /(^|[.!?:]\s*|\n\s*)$/.test(before)) && words >= 4) {
        let e = pending.end;
        while (e > pending.open + 1 && /[\s,;:]/.test(text[e - 1])) e--;
        out.push({ open: pending.open, close: pending.end, start: pending.open + 1, end: e, single: true, closed: false, paragraphs: pending.paragraphs });
      }
    }
  }
  const close = (at: number): void => {
    let s = open + 1;
    let e = at;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /[\s,;:]/.test(text[e - 1])) e--;
    if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) {
      out.push({ open, close: at + 1, start: s, end: e, single: true, closed: true, paragraphs });
      found.push([open, at + 1]);
    }
    open = -1;
    paragraphs = 1;
    weak = [];
  };
  for (const i of marks) {
    if (i < from) continue;
    while (d < doubles.length && doubles[d][1] <= i) d++;
    const inDouble = d < doubles.length && doubles[d][0] <= i;
    const c = text[i];
    const prev = i > p.start ? text[i - 1] : undefined;
    const next = i + 1 < p.end ? text[i + 1] : undefined;
    if (open < 0) {
      if (inDouble) continue;
      if ((c === '‘' || c === "'") && opensAfter(prev) && isWordChar(next) && !/\d/.test(next!)
        && !ELISIONS.test(text.slice(i + 1, i + 7))) open = i;
      continue;
    }
    if ((c === '’' || c === "'") && !isSpace(prev) && !isWordChar(next)) {
      // "the players’ union": a plural possessive, unless nothing better closes the quote
      if (prev === 's' && next === ' ' && /\p{Ll}/u.test(text[i + 2] ?? '')) { weak.push(i); continue; }
      close(i);
    } else if (c === '‘' && opensAfter(prev) && isWordChar(next)) {
      open = i; // the earlier mark was not an opening one
      weak = [];
    }
  }
  let left: PendingSingle | null = null;
  if (open >= 0 && weak.length) close(weak[weak.length - 1]);
  else if (open >= 0) left = { open, end: p.end, paragraphs };
  if (found.length === 0) return left;
  // drop double-quoted spans nested in a single-quoted one (‘He said “no”’)
  for (let k = out.length - 1; k >= paraFirst; k--) {
    const q = out[k];
    if (!q.single && found.some(([s, e]) => q.open > s && q.close <= e)) out.splice(k, 1);
  }
  return left;
}

export interface DocQuotes {
  quotes: QuoteSpan[];
  /** Which quote (index) each token is inside, or -1. */
  quoteOf: Int32Array;
}

/** The quotes of a document and the quote each token stands in (the quotes layer). */
export function quotesOf(ctx: DocContext): DocQuotes {
  const toks = ctx.tokens;
  const quotes = findQuotes(ctx.text, ctx.paragraphs);
  const quoteOf = new Int32Array(toks.length).fill(-1);
  let q = 0;
  for (let i = 0; i < toks.length; i++) {
    const at = toks[i].start;
    while (q < quotes.length && quotes[q].close <= at) q++;
    // quotes are sorted and rarely overlap; look at the current and the next one
    for (let k = q; k < quotes.length && k < q + 2; k++) {
      if (quotes[k].open < at && at < quotes[k].close) { quoteOf[i] = k; break; }
    }
  }
  return { quotes, quoteOf };
}
