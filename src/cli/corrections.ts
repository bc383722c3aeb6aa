// The command line's corrections: the sidecar beside an article (`FILE.byline.json`, skipped with
// --no-corrections), or a sidecar or brat .ann given with --corrections, applied on top of the analysis.
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { applyCorrections, CorrectionsError, describeCorrection, importBrat, parseCorrections } from '../core/corrections';
import type { Analysis } from '../core/types';

export interface CorrectionOptions {
  noCorrections?: boolean;
  /** A sidecar (.byline.json) or brat standoff (.ann) to apply instead of the sidecar beside the file. */
  corrections?: string;
}

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CorrectionsError(`${file}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`, { cause: e });
  }
}

/** The corrections file that applies to this article, if any. */
export function correctionsSource(file: string, opts: CorrectionOptions): string | undefined {
  if (opts.noCorrections) return undefined;
  return opts.corrections ?? (file !== '-' && existsSync(`${file}.byline.json`) ? `${file}.byline.json` : undefined);
}

export { CorrectionsError };

/**
 * The analysis with the reader's corrections applied. Throws CorrectionsError (naming the file and the
 * problem) for a corrections file that cannot be read; warns about orphaned corrections and unmapped lines.
 */
export function applyCliCorrections(file: string, text: string, analysis: Analysis, opts: CorrectionOptions, warn: (line: string) => void): Analysis {
  const source = correctionsSource(file, opts);
  if (!source) return analysis;
  const body = read(source);
  let corrections;
  if (/\.ann$/i.test(source)) {
    const imported = importBrat(body, source, text, analysis);
    for (const u of imported.unmapped) warn(`byline: ${source}: ${u}`);
    corrections = imported.corrections;
  } else {
    corrections = parseCorrections(body, source, file === '-' ? undefined : basename(file)).corrections;
  }
  const out = applyCorrections(analysis, text, corrections);
  for (const r of out.results) {
    if (r.status === 'orphaned') warn(`byline: ${source}: ${r.correction.id} (${describeCorrection(r.correction)}) is orphaned: ${r.why}`);
  }
  return out.analysis;
}
