// text -> Analysis: runs the declared stage list (stages.ts) over one document. Pure: no I/O, no vscode.
import { runPipeline, type Stage } from './pipeline';
import { Session } from './session';
import { STAGES } from './stages';
import type { Analysis, AnalyzeOptions } from './types';

export { CancelledError } from './cancel';
export { dropCache } from './text/tagger';

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return analyzeWith(STAGES, text, options);
}

/** Runs another stage list (one stage replaced or added); the last stage's layer is the result. */
export function analyzeWith(stages: readonly Stage[], text: string, options: AnalyzeOptions = {}): Analysis {
  const doc = runPipeline(stages, text, new Session(options));
  return doc.get(stages[stages.length - 1].writes) as Analysis;
}
