// Text-quote anchoring (W3C TextQuoteSelector + a position hint): make an anchor for a span, and find
// where it is in a possibly edited text. Exact text only: a correction whose text changed is orphaned
// rather than re-attached to something similar (a wrong correction is worse than a listed orphan).
import type { Span } from '../types';
import type { Anchor } from './model';

const CONTEXT = 32;

export function makeAnchor(text: string, span: Span): Anchor {
  return {
    exact: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - CONTEXT), span.start),
    suffix: text.slice(span.end, span.end + CONTEXT),
    start: span.start,
  };
}

/** Characters of `a` and `b` that agree, counted from the end of a and the start of b. */
function agreeFromEnd(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function agreeFromStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Where the anchor's text is now: among the occurrences of `exact`, the one whose surroundings agree
 * most with the stored prefix and suffix, nearer the hinted offset breaking ties. undefined: gone.
 */
export function resolveAnchor(text: string, anchor: Anchor): Span | undefined {
  const { exact } = anchor;
  if (!exact) return undefined;
  // the common case: nothing moved
  if (text.startsWith(exact, anchor.start) && text.slice(Math.max(0, anchor.start - anchor.prefix.length), anchor.start) === anchor.prefix) {
    return { start: anchor.start, end: anchor.start + exact.length };
  }
  let best: { at: number; score: number; distance: number } | undefined;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    const before = text.slice(Math.max(0, at - anchor.prefix.length), at);
    const after = text.slice(at + exact.length, at + exact.length + anchor.suffix.length);
    const score = agreeFromEnd(before, anchor.prefix) + agreeFromStart(after, anchor.suffix);
    const distance = Math.abs(at - anchor.start);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { at, score, distance };
  }
  return best ? { start: best.at, end: best.at + exact.length } : undefined;
}

export function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
