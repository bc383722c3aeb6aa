// The `byline` command line: annotate articles (files, folders, globs, or JSON Lines on stdin) and print JSON,
// JSON Lines, brat standoff or a summary, in input order, on every core. Flags: src/cli/options.ts.
import { once } from 'node:events';
import type { JobResult, Job } from './cli/article';
import { HELP, parseArgs, USAGE, UsageError, type Options } from './cli/options';
import { StopError } from './cli/outdir';
import { execute, type Io } from './cli/run';
import { VERSION } from './cli/version';

export type { Io } from './cli/run';

const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  isTTY: !!process.stdout.isTTY,
  errIsTTY: !!process.stderr.isTTY,
  drained: () => (process.stdout.writableNeedDrain ? once(process.stdout, 'drain').then(() => undefined) : undefined),
};

/**
 * Runs the command and resolves to its exit code: in this thread for a few files, on the worker pool
 * otherwise, and for --stdin. What the `byline` binary calls.
 */
export async function command(argv: string[], io: Io = processIo): Promise<number> {
  return start(argv, io, false);
}

/**
 * The same, synchronously and in this thread whatever --jobs says (the output is the same): for callers that
 * want the exit code at once. --stdin needs command().
 */
export function main(argv: string[], io: Io = processIo): number {
  return start(argv, io, true) as number;
}

function start(argv: string[], io: Io, sync: boolean): number | Promise<number> {
  let opts: Options | 'help' | 'version';
  try {
    opts = parseArgs(argv, io.isTTY);
    if (sync && opts !== 'help' && opts !== 'version') {
      if (opts.stdin) throw new UsageError('--stdin is read asynchronously: call command(), not main()');
      opts.jobs = 1;
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`byline: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (opts === 'help') { io.out(HELP); return 0; }
  if (opts === 'version') { io.out(`${VERSION}\n`); return 0; }
  return execute(opts, sync ? { ...io, drained: undefined } : io, inlineRunner(opts));
}

/** Jobs in this thread. The engine is loaded on first use: with a pool, only the workers load it. */
function inlineRunner(opts: Options): (job: Job) => JobResult {
  let run: ((job: Job, o: Options['article']) => JobResult) | undefined;
  return (job) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    run ??= (require('./cli/article') as typeof import('./cli/article')).runJob;
    return run(job, opts.article);
  };
}

if (require.main === module) {
  const fail = (e: unknown): void => {
    process.stderr.write(`byline: ${e instanceof StopError ? '' : 'internal error: '}${(e as Error).message}\n`);
    process.exitCode = 1;
  };
  // `byline … | head`: the reader left; stop quietly, as other Unix tools do.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    fail(e);
  });
  command(process.argv.slice(2)).then((code) => { process.exitCode = code; }, fail);
}
