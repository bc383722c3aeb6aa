// text -> Analysis: the whole pipeline (see DESIGN.md). Pure: no I/O, no vscode.
import { buildActors } from './actors';
import { findClaims } from './claims';
import { articleDate, findDates } from './dates';
import { buildContext } from './document';
import { findEntities } from './entities';
import { findEvents } from './events';
import { refineNames } from './ner/names';
import type { Analysis, AnalyzeOptions, Mention } from './types';

export { CancelledError } from './cancel';
export { dropCache } from './tagger';

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const ctx = buildContext(text, options);
  const date = options.date ?? articleDate(ctx);
  const entityMentions = refineNames(ctx, findEntities(ctx));
  const actors = buildActors(ctx, entityMentions);
  const dateMentions = findDates(ctx, date);
  const mentions: Mention[] = [...entityMentions, ...dateMentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const claims = findClaims(ctx, mentions, actors);
  const events = findEvents(ctx, mentions, actors, date);
  const analysis: Analysis = { schema: 'byline.annotations/1', mentions, actors, events, claims };
  if (options.source !== undefined) analysis.source = options.source;
  if (date) analysis.date = date;
  return analysis;
}
