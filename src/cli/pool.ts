// A fixed pool of worker threads running CLI jobs in submission order. Each worker has the job it runs and
// one more waiting in its message queue, so it never idles while the main thread is slow to answer (a busy
// machine schedules it late).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Job, JobResult } from './article';
import type { ArticleOptions } from './options';

interface Pending {
  seq: number;
  job: Job;
  resolve(r: JobResult): void;
  reject(e: Error): void;
}

interface Slot {
  worker: Worker;
  /** Sent to this worker and not answered yet, oldest first (it answers in order). */
  sent: Pending[];
  /** Workers in a row that died in this slot without answering anything. */
  silentDeaths: number;
}

const DEPTH = 2;
/**
 * Each worker's young generation (V8's default is 48 MB, 16 MB semi-spaces): an article's analysis makes
 * many short-lived objects, and with more room fewer of them survive into the old generation to be
 * collected again (840 articles: 1.4-2.5 s less CPU over the run, for at most ~64 MB more per worker).
 */
const YOUNG_MB = 96;

/** dist/cli-worker.js beside the bundle; from the sources (tests), the built one. */
export function workerFile(): string {
  const beside = join(__dirname, 'cli-worker.js');
  if (existsSync(beside)) return beside;
  const built = join(__dirname, '..', '..', 'dist', 'cli-worker.js');
  if (existsSync(built)) return built;
  throw new Error(`cannot find the worker script (${beside}); run npm run build`);
}

export class Pool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private seq = 0;
  private closed = false;
  /** Set when workers cannot even start (twice in a row): every job then fails with it. */
  private broken?: Error;
  private readonly file: string;

  constructor(size: number, private readonly opts: ArticleOptions, private readonly onCrash: (job: Job, why: string) => JobResult) {
    this.file = workerFile();
    for (let i = 0; i < size; i++) {
      const slot = { sent: [], silentDeaths: 0 } as unknown as Slot;
      this.spawn(slot);
      this.slots.push(slot);
    }
  }

  run(job: Job): Promise<JobResult> {
    return new Promise((resolve, reject) => {
      if (this.broken) return reject(this.broken);
      this.queue.push({ seq: this.seq++, job, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(slot: Slot): void {
    const worker = new Worker(this.file, { workerData: this.opts, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } });
    slot.worker = worker;
    worker.on('message', (msg: { seq: number; result: JobResult }) => {
      const done = slot.sent[0];
      if (done?.seq === msg.seq) {
        slot.sent.shift();
        slot.silentDeaths = 0;
        done.resolve(msg.result);
      }
      this.dispatch();
    });
    worker.once('error', (e) => this.died(slot, worker, `worker failed: ${e.message}`));
    worker.once('exit', (code) => this.died(slot, worker, `worker stopped (exit code ${code})`));
  }

  /**
   * A worker that dies (out of memory on a huge article, a bug) fails the job it was running; the one waiting
   * behind it goes back to the queue, and a new worker takes over.
   */
  private died(slot: Slot, worker: Worker, why: string): void {
    if (this.closed || slot.worker !== worker) return;
    worker.removeAllListeners();
    void worker.terminate();
    const [lost, ...waiting] = slot.sent;
    slot.sent = [];
    if (++slot.silentDeaths >= 2) {
      // Not one article's fault: the worker itself is broken. Stop instead of failing every article.
      this.broken = new Error(why);
      for (const p of [...waiting, ...this.queue.splice(0)]) p.reject(this.broken);
      lost?.reject(this.broken);
      return;
    }
    this.queue.unshift(...waiting);
    this.spawn(slot);
    lost?.resolve(this.onCrash(lost.job, why));
    this.dispatch();
  }

  /** Fills the least loaded workers first, up to DEPTH jobs each. */
  private dispatch(): void {
    while (this.queue.length) {
      let slot: Slot | undefined;
      for (const s of this.slots) if (s.sent.length < DEPTH && (!slot || s.sent.length < slot.sent.length)) slot = s;
      if (!slot) return;
      const next = this.queue.shift() as Pending;
      slot.sent.push(next);
      slot.worker.postMessage({ seq: next.seq, job: next.job });
    }
  }
}
