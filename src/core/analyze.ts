// text -> Analysis: runs the declared stage list (stages.ts) over one document. Pure: no I/O, no vscode.
import { runPipeline, type Stage } from './pipeline';
import { DocumentSession, Session, sessionFor } from './session';
import { STAGES } from './stages';
import type { Analysis, AnalyzeOptions } from './types';

export { CancelledError } from './cancel';
export { DocumentSession, dropSession as dropCache } from './session';

/**
 * `document`: the caches of this document, when the caller holds them (otherwise those of
 * `options.cacheKey`, or none).
 */
export function analyze(text: string, options: AnalyzeOptions = {}, document?: DocumentSession): Analysis {
  return analyzeWith(STAGES, text, options, document);
}

/** Runs another stage list (one stage replaced or added); the last stage's layer is the result. */
export function analyzeWith(stages: readonly Stage[], text: string, options: AnalyzeOptions = {}, document?: DocumentSession): Analysis {
  const doc = runPipeline(stages, text, new Session(options, document ?? sessionFor(options.cacheKey)));
  return doc.get(stages[stages.length - 1].writes) as Analysis;
}
