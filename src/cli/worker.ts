// A CLI pool worker (dist/cli-worker.js): runs one job at a time for the main thread, in its own isolate.
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type Job } from './article';
import type { ArticleOptions } from './options';

const opts = workerData as ArticleOptions;
parentPort?.on('message', (msg: { seq: number; job: Job }) => {
  parentPort?.postMessage({ seq: msg.seq, result: runJob(msg.job, opts) });
});
