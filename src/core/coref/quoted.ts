// "I" inside a quote is its speaker: the first-person singular pronouns of each direct quote whose
// speaker the claims stage found ("“I will not resign,” Reyes said": I → Reyes). Read after the claims,
// so these links are not seen by claims or events (they do not need them: the quote has its speaker).
import type { Claim, Mention } from '../types';

export const FIRST_PERSON = /(?<![\p{L}\p{N}'’-])(I|[Mm]e|[Mm]y|[Mm]yself|[Mm]ine)(?![\p{L}\p{N}-])/gu;

/** The I/me/my/myself/mine of each attributed direct quote, as pronoun mentions of the speaker, in text order. */
export function quotedFirstPerson(text: string, claims: readonly Claim[], mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const overlaps = overlapTest(mentions);
  for (const c of claims) {
    if (c.kind !== 'quote' || !c.speaker) continue;
    for (const m of text.slice(c.start, c.end).matchAll(FIRST_PERSON)) {
      const start = c.start + m.index!;
      const end = start + m[0].length;
      if (romanI(text, m[0], start, end) || overlaps(start, end)) continue;
      out.push({ start, end, text: m[0], type: 'pronoun', actor: c.speaker });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "I" as a Roman numeral or a letter ("World War I", "Plan I") is no pronoun: then a capital follows or precedes. */
export function romanI(text: string, word: string, start: number, end: number): boolean {
  return word === 'I' && /^(?:\s+[A-Z]|[.)])/.test(text.slice(end, end + 2)) && /[A-Z][a-z]*\s+$/.test(text.slice(Math.max(0, start - 12), start));
}

/**
 * Whether [s, e) overlaps any of the mentions: among those starting before e, does one end after s? (starts
 * sorted, with the running maximum of their ends: a binary search a test, not a scan of every mention).
 */
export function overlapTest(mentions: readonly Pick<Mention, 'start' | 'end'>[]): (s: number, e: number) => boolean {
  const spans = mentions.map((m) => [m.start, m.end] as const).sort((x, y) => x[0] - y[0]);
  const starts = spans.map(([a]) => a);
  const maxEnd: number[] = [];
  spans.forEach(([, b], k) => maxEnd.push(Math.max(b, maxEnd[k - 1] ?? -Infinity)));
  return (s, e) => {
    let lo = 0, hi = starts.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (starts[mid] < e) lo = mid + 1; else hi = mid; }
    return lo > 0 && maxEnd[lo - 1] > s;
  };
}
