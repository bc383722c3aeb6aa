// Runs analyses in a worker thread so the caller's event loop never waits on NLP. A newer request for the
// same key (a document) cancels the older one, also while the worker is in the middle of it.
import { Worker } from 'node:worker_threads';
import { analyze, CancelledError, dropCache } from '../core/analyze';
import type { Analysis, AnalyzeOptions } from '../core/types';
import { CANCEL_SLOTS, type WorkerRequest, type AnalyzeResponse } from './protocol';

interface Pending {
  key: string;
  resolve(a: Analysis): void;
  reject(e: Error): void;
}

export { CancelledError };

export class AnalysisService {
  private worker: Worker | undefined;
  private readonly cancel = new Int32Array(new SharedArrayBuffer(CANCEL_SLOTS * 4));
  private readonly pending = new Map<number, Pending>();
  private readonly latest = new Map<string, number>();
  private nextId = 1;
  private disposed = false;

  /** @param workerPath the bundled worker (dist/worker.js); without one, analysis runs inline (tests). */
  constructor(private readonly workerPath?: string) {}

  analyze(key: string, text: string, options: Omit<AnalyzeOptions, 'isCancelled'> = {}): Promise<Analysis> {
    if (this.disposed) return Promise.reject(new Error('the analysis service is closed'));
    const previous = this.latest.get(key);
    if (previous !== undefined) this.cancelRequest(previous);
    const id = this.nextId++;
    this.latest.set(key, id);
    return new Promise<Analysis>((resolve, reject) => {
      this.pending.set(id, { key, resolve, reject });
      const worker = this.workerPath ? this.ensureWorker() : undefined;
      if (worker) {
        const req: WorkerRequest = { type: 'analyze', id, text, options: { ...options, cacheKey: key } };
        worker.postMessage(req);
      } else {
        setImmediate(() => this.runInline(id, text, { ...options, cacheKey: key }));
      }
    });
  }

  /** Cancels whatever is pending for key (a closed document). */
  forget(key: string): void {
    const id = this.latest.get(key);
    if (id !== undefined) this.cancelRequest(id);
    this.latest.delete(key);
    if (this.worker) {
      const req: WorkerRequest = { type: 'forget', key };
      this.worker.postMessage(req);
    } else if (!this.workerPath) dropCache(key);
  }

  dispose(): void {
    this.disposed = true;
    for (const id of [...this.pending.keys()]) this.cancelRequest(id);
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private cancelRequest(id: number): void {
    Atomics.store(this.cancel, id % CANCEL_SLOTS, id);
    const p = this.pending.get(id);
    if (p) {
      this.pending.delete(id);
      p.reject(new CancelledError());
    }
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerPath!, { workerData: { cancel: this.cancel.buffer } });
    worker.unref();
    worker.on('message', (res: AnalyzeResponse) => this.settle(res));
    worker.on('error', (e) => this.failAll(e));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.worker = undefined;
      if (!this.disposed && code !== 0) this.failAll(new Error(`the analysis worker stopped (exit code ${code})`));
    });
    this.worker = worker;
    return worker;
  }

  private runInline(id: number, text: string, options: Omit<AnalyzeOptions, 'isCancelled'>): void {
    if (!this.pending.has(id)) return;
    try {
      this.settle({ id, analysis: analyze(text, options) });
    } catch (e) {
      this.settle({ id, error: (e as Error).message });
    }
  }

  private settle(res: AnalyzeResponse): void {
    const p = this.pending.get(res.id);
    if (!p) return;
    this.pending.delete(res.id);
    if (this.latest.get(p.key) === res.id) this.latest.delete(p.key);
    if ('analysis' in res) p.resolve(res.analysis);
    else if ('cancelled' in res) p.reject(new CancelledError());
    else p.reject(new Error(res.error));
  }

  private failAll(e: Error): void {
    for (const [id, p] of [...this.pending]) {
      this.pending.delete(id);
      p.reject(e);
    }
    this.latest.clear();
  }
}
