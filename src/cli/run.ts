// The annotate loop: inputs -> jobs (in this thread or a worker pool) -> output in input order, with a bounded
// number of articles in flight, so memory stays flat over any number of them.
import { readFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import type { FileJob, Job, JobResult, RecordJob } from './article';
import { countInputs, expandInputs, type Input, type WalkOptions } from './inputs';
import { LineReader } from './lines';
import { jobCount, isGlob, POOL_FROM, type Options } from './options';
import { OutDir } from './outdir';
import { Pool } from './pool';
import { Progress } from './progress';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** stdout is a terminal (the text summary becomes the default format). */
  isTTY: boolean;
  /** stderr is a terminal (the progress line is shown). */
  errIsTTY?: boolean;
  /** --stdin's records (process.stdin when absent). */
  stdin?: Readable;
  /** Resolves when stdout can take more (a slow pipe); absent: never waits. */
  drained?(): Promise<void> | undefined;
}

type Exec = (job: Job) => JobResult | Promise<JobResult>;
type Step = Generator<Promise<unknown>, number, unknown>;

/** Runs in this thread and returns a number when nothing needs waiting (a few files); a Promise otherwise. */
export function execute(opts: Options, io: Io, inline: (job: Job) => JobResult): number | Promise<number> {
  const walk: WalkOptions = { recursive: opts.recursive, skip: opts.out };
  const files = opts.stdin ? undefined : peeked(expandInputs(opts.inputs, walk), POOL_FROM);
  const jobs = jobCount(opts, files?.count);
  const pool = jobs > 1 ? new Pool(jobs, opts.article, crashResult) : undefined;
  const exec: Exec = pool ? (job) => pool.run(job) : inline;
  // Output goes in input order, so one slow article holds back the results behind it: a window of 16 per
  // worker lets the others go on through a run of short articles meanwhile (with 4, they sat idle).
  const result = drive(loop(opts, io, exec, pool ? jobs * 16 : 1, files?.inputs));
  if (!pool) return result;
  return Promise.resolve(result).finally(() => pool.close());
}

function crashResult(job: Job, why: string): JobResult {
  if (job.kind === 'record') return { out: JSON.stringify({ line: job.line, error: `internal error: ${why}` }) + '\n', failed: true };
  return { err: `byline: ${job.source}: internal error: ${why}\n`, failed: true };
}

/** The first `n` inputs read ahead, to know whether there are fewer than `n` (then `count` says how many). */
function peeked(inputs: Generator<Input>, n: number): { inputs: Generator<Input>; count?: number } {
  const head: Input[] = [];
  for (let r = inputs.next(); ; r = inputs.next()) {
    if (r.done) return { inputs: (function* () { yield* head; })(), count: head.length };
    head.push(r.value);
    if (head.length >= n) break;
  }
  return { inputs: (function* () { yield* head; yield* inputs; })() };
}

function* loop(opts: Options, io: Io, exec: Exec, window: number, files: Generator<Input> | undefined): Step {
  const walk: WalkOptions = { recursive: opts.recursive, skip: opts.out };
  const out = opts.out ? new OutDir(opts.out, opts.article.format) : undefined;
  const showProgress = opts.progress ?? !!io.errIsTTY;
  const total = opts.stdin || !showProgress ? undefined : countInputs(opts.inputs, walk);
  const progress = showProgress ? new Progress(io.err, total, !!io.errIsTTY) : undefined;
  const many = opts.inputs.length > 1 || opts.recursive || opts.inputs.some((i) => isGlob(i));
  const lines = opts.stdin ? new LineReader(io.stdin ?? process.stdin, opts.article.maxSize) : undefined;
  const inFlight: { r: JobResult | Promise<JobResult>; rel?: string; settled?: boolean }[] = [];
  let failed = 0;

  const emit = function* (): Step {
    const head = inFlight.shift() as (typeof inFlight)[number];
    let r = head.r;
    if (r instanceof Promise) r = (yield r) as JobResult;
    if (r.err) { progress?.clear(); io.err(r.err); }
    if (r.out) {
      if (io.isTTY) progress?.clear(); // both on one terminal: the text starts on a clean line
      io.out(r.out);
      const wait = io.drained?.();
      if (wait) yield wait;
    }
    if (r.failed) failed++;
    if (head.rel !== undefined) out?.record(head.rel, r);
    progress?.done(!!r.skipped);
    return 0;
  };

  // While the input is slow to come, results already done go out: a caller that waits for each answer
  // before sending the next record (a coprocess) must not wait forever.
  const awaitInput = function* (next: Promise<RecordJob | undefined>): Generator<Promise<unknown>, RecordJob | undefined, unknown> {
    const box: { got: boolean; job?: RecordJob } = { got: false };
    const input = next.then((job) => { box.got = true; box.job = job; });
    while (!box.got) {
      const head = inFlight[0];
      if (!head) yield input;
      else if (head.r instanceof Promise && !head.settled) yield Promise.race([input, head.r]);
      else yield* emit();
    }
    return box.job;
  };

  for (;;) {
    let job: Job | undefined;
    if (lines) {
      const next = lines.next();
      job = next instanceof Promise ? yield* awaitInput(next) : next;
    } else {
      const input = (files as Generator<Input>).next();
      if (input.done) job = undefined;
      else if (input.value.error) {
        inFlight.push({ r: { err: `byline: ${input.value.source}: ${input.value.error}\n`, failed: true } });
        if (inFlight.length >= window) yield* emit();
        continue;
      } else job = fileJob(input.value.source, many, out, window > 1);
    }
    if (!job) break;
    const entry: (typeof inFlight)[number] = { r: exec(job), rel: job.kind === 'file' ? job.out?.rel : undefined };
    if (entry.r instanceof Promise) {
      const settle = (): void => { entry.settled = true; };
      entry.r.then(settle, settle); // also marks a rejection handled; emit() rethrows it in order
    }
    inFlight.push(entry);
    if (inFlight.length >= window) yield* emit();
  }
  while (inFlight.length) yield* emit();
  progress?.finish(failed);
  if (opts.stdin) {
    if (failed) io.err(`byline: ${failed} record${failed === 1 ? '' : 's'} could not be annotated (their lines carry "error")\n`);
    return 0;
  }
  return failed ? 1 : 0;
}

function fileJob(source: string, many: boolean, out: OutDir | undefined, pooled: boolean): FileJob {
  const job: FileJob = { kind: 'file', source, many };
  if (out) job.out = out.target(source);
  // A worker cannot read this process's standard input.
  if (source === '-' && pooled) {
    try {
      job.bytes = readFileSync(0);
    } catch {
      job.bytes = new Uint8Array();
    }
  }
  return job;
}

/** Steps the loop; synchronous until it first has to wait, then asynchronous to the end. */
function drive(gen: Step): number | Promise<number> {
  let step = gen.next();
  while (!step.done) {
    if (step.value instanceof Promise) return finishAsync(gen, step.value);
    step = gen.next(step.value);
  }
  return step.value;
}

async function finishAsync(gen: Step, first: Promise<unknown>): Promise<number> {
  let waiting = first;
  for (;;) {
    let step: IteratorResult<Promise<unknown>, number>;
    try {
      step = gen.next(await waiting);
    } catch (e) {
      step = gen.throw(e);
    }
    if (step.done) return step.value;
    waiting = step.value;
  }
}
