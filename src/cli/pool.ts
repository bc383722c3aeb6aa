// A fixed pool of worker threads running CLI jobs; each worker takes one job at a time, in submission order.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Job, JobResult } from './article';
import type { ArticleOptions } from './options';

interface Pending {
  seq: number;
  job: Job;
  resolve(r: JobResult): void;
}

interface Slot {
  worker: Worker;
  busy?: Pending;
}

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
  private readonly file: string;

  constructor(size: number, private readonly opts: ArticleOptions, private readonly onCrash: (job: Job, why: string) => JobResult) {
    this.file = workerFile();
    for (let i = 0; i < size; i++) {
      const slot = {} as Slot;
      this.spawn(slot);
      this.slots.push(slot);
    }
  }

  run(job: Job): Promise<JobResult> {
    return new Promise((resolve) => {
      this.queue.push({ seq: this.seq++, job, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(slot: Slot): void {
    const worker = new Worker(this.file, { workerData: this.opts });
    slot.worker = worker;
    worker.on('message', (msg: { seq: number; result: JobResult }) => {
      const done = slot.busy;
      slot.busy = undefined;
      if (done && done.seq === msg.seq) done.resolve(msg.result);
      this.dispatch();
    });
    worker.once('error', (e) => this.died(slot, worker, `worker failed: ${e.message}`));
    worker.once('exit', (code) => this.died(slot, worker, `worker stopped (exit code ${code})`));
  }

  /** A worker that dies (out of memory on a huge article, a bug) fails its one job; a new one takes over. */
  private died(slot: Slot, worker: Worker, why: string): void {
    if (this.closed || slot.worker !== worker) return;
    worker.removeAllListeners();
    void worker.terminate();
    const lost = slot.busy;
    slot.busy = undefined;
    this.spawn(slot);
    lost?.resolve(this.onCrash(lost.job, why));
    this.dispatch();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.busy) continue;
      const next = this.queue.shift() as Pending;
      slot.busy = next;
      slot.worker.postMessage({ seq: next.seq, job: next.job });
    }
  }
}
