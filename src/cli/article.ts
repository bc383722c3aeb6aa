// One article's work, the same in this thread and in a pool worker: read, analyze, format (or write to --out).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { isCalendarDate } from '../core/dates/calendar';
import { decodeText, DecodeError, textProblem } from '../core/decode';
import { formatAnalysis } from '../core/format';
import type { Analysis } from '../core/types';
import { applyCliCorrections, correctionsSource, CorrectionsError } from './corrections';
import type { ArticleOptions } from './options';
import { VERSION } from './version';

/** A file (or "-") to annotate. `out`: write there instead of printing, unless `known` is its current key. */
export interface FileJob {
  kind: 'file';
  source: string;
  /** The bytes, when the main thread read them already ("-"). */
  bytes?: Uint8Array;
  /** Several articles in the output: brat and text get a "# FILE" line before each. */
  many: boolean;
  out?: { file: string; known?: string; rel?: string };
}

/** One line of --stdin (without its newline); when it was too long to keep, its length and first bytes. */
export interface RecordJob {
  kind: 'record';
  line: number;
  bytes?: Uint8Array;
  tooLong?: number;
}

export type Job = FileJob | RecordJob;

export interface JobResult {
  /** Text for stdout. */
  out?: string;
  /** A line for stderr (files) — records report in `out`. */
  err?: string;
  /** This article failed (exit code 1 for files; counted for records). */
  failed?: boolean;
  /** --out: the key written (or found up to date). */
  key?: string;
  skipped?: boolean;
}

export function runJob(job: Job, opts: ArticleOptions): JobResult {
  try {
    return job.kind === 'file' ? fileJob(job, opts) : recordJob(job, opts);
  } catch (e) {
    const what = job.kind === 'file' ? job.source : `line ${job.line}`;
    if (job.kind === 'record') return { out: JSON.stringify({ line: job.line, error: `internal error: ${(e as Error).message}` }) + '\n', failed: true };
    return { err: `byline: ${what}: internal error: ${(e as Error).message}\n`, failed: true };
  }
}

function fileJob(job: FileJob, opts: ArticleOptions): JobResult {
  let text: string, bytes: Uint8Array;
  try {
    bytes = job.bytes ?? readBytes(job.source, opts.maxSize);
    if (bytes.length > opts.maxSize) throw new DecodeError(`too large (${bytes.length} bytes; the limit is ${opts.maxSize}, see --max-size)`);
    text = decodeText(bytes);
  } catch (e) {
    if (!(e instanceof DecodeError)) throw e;
    return { err: `byline: ${job.source}: ${e.message}\n`, failed: true };
  }
  const key = job.out && outputKey(bytes, opts, job.source);
  if (job.out && key === job.out.known && existsSync(job.out.file)) return { key, skipped: true };
  const warnings: string[] = [];
  let analysis: Analysis;
  try {
    analysis = applyCliCorrections(job.source, text, annotate(text, job.source, opts), opts, (line) => warnings.push(`${line}\n`));
  } catch (e) {
    if (!(e instanceof CorrectionsError)) throw e;
    return { err: `byline: ${e.message}\n`, failed: true };
  }
  const warn = warnings.length ? warnings.join('') : undefined;
  if (job.out) {
    const content = formatAnalysis(analysis, opts.format);
    try {
      writeAtomically(job.out.file, content);
    } catch (e) {
      return { err: `byline: ${job.source}: cannot write ${job.out.file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`, failed: true };
    }
    return { key, err: warn };
  }
  const body = formatAnalysis(analysis, opts.format);
  const header = job.many && (opts.format === 'brat' || opts.format === 'text');
  return { out: (header ? `# ${job.source}\n` : '') + body + (job.many && opts.format === 'text' ? '\n' : ''), err: warn };
}

let engine: typeof import('../core/analyze') | undefined;

/** The analysis of one article: where options that change the analysis itself apply. */
function annotate(text: string, source: string | undefined, opts: ArticleOptions, date = opts.date): Analysis {
  // Loaded on first use: a resumed run whose outputs are all up to date never pays for compromise.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  engine ??= require('../core/analyze') as typeof import('../core/analyze');
  return engine.analyze(text, { source, date, explain: opts.explain });
}

function readBytes(file: string, maxSize: number): Uint8Array {
  try {
    if (file === '-') return readFileSync(0);
    const st = statSync(file);
    if (st.isDirectory()) throw new DecodeError('is a directory (-r annotates the articles inside)');
    if (st.size > maxSize) throw new DecodeError(`too large (${st.size} bytes; the limit is ${maxSize}, see --max-size)`);
    return readFileSync(file);
  } catch (e) {
    if (e instanceof DecodeError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (e as Error).message;
    throw new DecodeError(why);
  }
}

/** Same input bytes, Byline version and output options: same output, so --out may skip it. */
export function outputKey(bytes: Uint8Array, opts: ArticleOptions, source?: string): string {
  const { maxSize: _ignored, ...shaping } = opts;
  const hash = createHash('sha256').update(bytes).update(`\0${VERSION}\0${JSON.stringify(shaping)}`);
  // The reader's corrections shape the output too: a changed sidecar makes the output stale.
  const sidecar = source === undefined ? undefined : correctionsSource(source, opts);
  if (sidecar) {
    try {
      hash.update('\0').update(readFileSync(sidecar));
    } catch { /* unreadable: annotate() reports it, and the output is not written */ }
  }
  return hash.digest('hex');
}

function writeAtomically(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.byline-tmp-${process.pid}`;
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

const decoder = new TextDecoder('utf-8', { fatal: false });

function recordJob(job: RecordJob, opts: ArticleOptions): JobResult {
  const bad = (error: string, id?: unknown): JobResult => ({
    out: JSON.stringify(id === undefined ? { line: job.line, error } : { id, line: job.line, error }) + '\n',
    failed: true,
  });
  if (job.tooLong !== undefined) return bad(`record too large (${job.tooLong} bytes; the limit is ${opts.maxSize}, see --max-size)`, leadingId(job.bytes));
  let rec: unknown;
  try {
    rec = JSON.parse(decoder.decode(job.bytes));
  } catch (e) {
    return bad(`not a JSON record (${(e as Error).message})`);
  }
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) return bad('not a JSON object with "id" and "text"');
  const { id, text, date } = rec as { id?: unknown; text?: unknown; date?: unknown };
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') return bad('"id" must be a string or a number');
  if (typeof text !== 'string') return bad(text === undefined ? 'no "text"' : '"text" must be a string', id);
  if (date !== undefined && (typeof date !== 'string' || !isCalendarDate(date))) {
    return bad('"date" must be a calendar date YYYY-MM-DD', id);
  }
  const problem = textProblem(text, Infinity, '--max-size');
  if (problem) return bad(problem.startsWith('it does not') ? '"text" is not UTF-8 (many U+FFFD replacement characters)' : problem.replace(/^binary file/, '"text" is binary'), id);
  const analysis = annotate(text, undefined, opts, (date as string | undefined) ?? opts.date);
  return { out: JSON.stringify(id === undefined ? { line: job.line, ...analysis } : { id, ...analysis }) + '\n' };
}

/** The "id" of a record too large to parse, when it comes first (as it usually does). */
function leadingId(head: Uint8Array | undefined): string | number | undefined {
  const m = head && /^\s*\{\s*"id"\s*:\s*("(?:[^"\\\n]|\\.)*"|-?\d+(?:\.\d+)?)\s*[,}]/.exec(decoder.decode(head));
  if (!m) return undefined;
  try {
    return JSON.parse(m[1]) as string | number;
  } catch {
    return undefined;
  }
}
