// Runs analyses in worker threads so the caller's event loop never waits on NLP. A newer request for the
// same key (a document) cancels the older one, also while the worker is in the middle of it. With more
// than one core, a second worker tags part of each large document concurrently, and both workers take
// background summaries (workspace indexing) while no document waits, so that indexing uses every core. The
// second one starts with the first large document or the first queue of background articles only, so that
// opening an ordinary article boots one thread, not two.
import { availableParallelism } from 'node:os';
import { MessageChannel, Worker } from 'node:worker_threads';
import { CancelledError } from '../core/cancel';
import type { Analysis, AnalyzeOptions } from '../core/types';
import type { ArticleSummary } from '../core/workspace/summary';
import { Answers } from './answers';
import { CODE_CACHE_LOADER, codeCacheFile } from './codeCache';
import { IndexerProcess, type IndexerMemory } from './indexerProcess';
import { CANCEL_SLOTS, IDLE_TRIM_MS, LARGE_SESSION_CHARS, type AnalyzeResponse, type WorkerRequest, type WorkerStats } from './protocol';

export type { WorkerStats };

type WireOptions = Omit<AnalyzeOptions, 'isCancelled' | 'taggingHelper'>;

interface Pending {
  key: string;
  resolve(a: Analysis): void;
  reject(e: Error): void;
  /** The result being received in parts. */
  partial?: Analysis;
}

export { CancelledError };

/**
 * Each worker's young generation: 12 MB (4 MB semi-spaces) instead of V8's 34 MB per worker. 600 real
 * articles on one thread: the same CPU time (62-67 against 66-72 ms an article), 15 MB less RSS a thread.
 */
const YOUNG = { maxYoungGenerationSizeMb: 12 };

/** A background summary (workspace indexing): sent to the worker only while no document waits. */
interface BackgroundJob {
  id: number;
  text: string;
  options: WireOptions;
  resolve(s: ArticleSummary): void;
  reject(e: Error): void;
}

export interface ServiceOptions {
  /** Use a second worker thread for tagging (default: when the machine has more than one core). */
  parallel?: boolean;
  /** A folder for V8's code cache of the worker bundle (see codeCache.ts); none: compiled afresh each time. */
  codeCacheDir?: string;
  /**
   * Idle time (ms) after which a worker drops the caches of large documents and collects its heap
   * (worker.ts; default 20 s).
   */
  idleTrimMs?: number;
  /** From this many characters a document's caches are dropped by the idle trim (default 1,000,000). */
  largeSessionChars?: number;
  /** Heap growth (MB) between background articles before a worker collects (worker.ts SLACK; default 32). */
  gcSlackMb?: number;
  /**
   * The bundled indexer entry (dist/indexer.js): background summaries then run in a process of its own
   * (indexerProcess.ts), with its own workers, and this service's workers serve the open documents only.
   */
  indexer?: string;
}

/**
 * From this many characters a document starts the tagging helper thread. The analysis worker shares pieces
 * from 8 untagged ones (MIN_PIECES_FOR_HELPER in core/text/tagger.ts, a few thousand characters of news);
 * below about twice that, the whole analysis takes less than booting a second thread (its bundle and
 * compromise, ~0.3 s of CPU), which on a 2-core machine slows the first highlights of the article opened.
 */
export const HELPER_MIN_CHARS = 16_000;

export class AnalysisService {
  private worker: Worker | undefined;
  private tagger: Worker | undefined;
  private readonly cancel = new Int32Array(new SharedArrayBuffer(CANCEL_SLOTS * 4));
  /** Counts result parts taken off the port; the worker sends the next part only after each (see worker.ts). */
  private readonly acks = new Int32Array(new SharedArrayBuffer(4));
  private readonly pending = new Map<number, Pending>();
  private readonly latest = new Map<string, number>();
  private nextId = 1;
  private disposed = false;
  private readonly background: BackgroundJob[] = [];
  /** The background job each worker is on (at most one a worker). */
  private readonly running = new Map<Worker, BackgroundJob>();
  private readonly parallel: boolean;
  private readonly codeCacheDir: string | undefined;
  private readonly trim: { idleTrimMs?: number; largeSessionChars?: number; gcSlackMb?: number };
  private retireTagger = false;
  private retireTimer: NodeJS.Timeout | undefined;
  /** Answers awaited to 'stats' requests, by id. */
  private readonly statsWaiting = new Answers<WorkerStats>();
  private readonly indexer: IndexerProcess | undefined;

  /**
   * @param workerPath the bundled worker (dist/worker.js). The engine is loaded there only, so the
   * extension's own bundle stays free of the NLP.
   */
  constructor(private readonly workerPath: string, options: ServiceOptions = {}) {
    this.parallel = options.parallel ?? availableParallelism() > 1;
    this.codeCacheDir = options.codeCacheDir;
    this.trim = { idleTrimMs: options.idleTrimMs, largeSessionChars: options.largeSessionChars, gcSlackMb: options.gcSlackMb };
    if (options.indexer) {
      this.indexer = new IndexerProcess(options.indexer, { parallel: options.parallel, gcSlackMb: options.gcSlackMb }, options.idleTrimMs ?? IDLE_TRIM_MS);
    }
  }

  /**
   * Analyzes `text` for `key` (a document), cancelling the key's previous request. `cacheKey` names the
   * tagged pieces kept between analyses: the key itself, unless a preview shares its document's.
   */
  analyze(key: string, text: string, options: WireOptions = {}, cacheKey = key): Promise<Analysis> {
    if (this.disposed) return Promise.reject(new Error('the analysis service is closed'));
    const previous = this.latest.get(key);
    if (previous !== undefined) this.cancelRequest(previous);
    const id = this.nextId++;
    this.latest.set(key, id);
    return new Promise<Analysis>((resolve, reject) => {
      this.pending.set(id, { key, resolve, reject });
      const req: WorkerRequest = { type: 'analyze', id, text, options: { ...options, cacheKey } };
      const worker = this.ensureWorker();
      if (text.length >= HELPER_MIN_CHARS) this.ensureTagger(worker);
      this.noteWork(text.length >= (this.trim.largeSessionChars ?? LARGE_SESSION_CHARS));
      worker.postMessage(req);
    });
  }

  /**
   * Analyzes a text that need not be open (an article of the workspace) and resolves to its compact
   * summary. Low priority: one at a time, and only while no document analysis is waiting, so the open
   * document never queues behind more than one background article.
   */
  summarize(text: string, options: WireOptions = {}): Promise<ArticleSummary> {
    if (this.disposed) return Promise.reject(new Error('the analysis service is closed'));
    if (this.indexer) return this.indexer.summarize(text, options);
    return new Promise<ArticleSummary>((resolve, reject) => {
      this.background.push({ id: this.nextId++, text, options, resolve, reject });
      this.noteWork(true);
      this.pump();
    });
  }

  /**
   * The tagging worker retires once idle for the idle-trim delay after a large document or background
   * articles (the work it was started for): its isolate (40-60 MB of the host's RSS) goes back to the system,
   * and it starts again with the next large document or queue of articles. Not after ordinary articles, so
   * that reading one after another never boots it again and again.
   */
  private noteWork(retireAfter: boolean): void {
    this.retireTagger ||= retireAfter;
    if (!this.retireTagger) return;
    clearTimeout(this.retireTimer);
    this.retireTimer = setTimeout(() => {
      if (this.disposed) return;
      if (this.pending.size || this.running.size || this.background.length) return this.noteWork(true);
      this.retireTagger = false;
      void this.tagger?.terminate();
    }, this.trim.idleTrimMs ?? IDLE_TRIM_MS);
    this.retireTimer.unref?.();
  }

  /** Drops every background summary not yet answered (they reject with CancelledError). */
  cancelBackground(): void {
    this.indexer?.cancel();
    for (const job of this.background.splice(0)) job.reject(new CancelledError());
    const running = [...this.running.values()];
    this.running.clear();
    for (const job of running) {
      Atomics.store(this.cancel, job.id % CANCEL_SLOTS, job.id);
      job.reject(new CancelledError());
    }
  }

  /** Background summaries waiting or running. */
  get backgroundLoad(): number {
    return this.background.length + this.running.size + (this.indexer?.load ?? 0);
  }

  /** The indexer process's resident memory and CPU time, when background summaries run in one and it is running. */
  indexerStats(): Promise<IndexerMemory | undefined> {
    return this.indexer ? this.indexer.stats() : Promise.resolve(undefined);
  }

  /** Background summaries being worked on now (one a worker). */
  get backgroundRunning(): number {
    if (this.indexer) return Math.min(this.indexer.load, this.parallel ? 2 : 1);
    return this.running.size;
  }

  /** Hands waiting background jobs to idle workers (the analysis worker, and the tagging one when there is one). */
  private pump(): void {
    if (this.disposed || this.pending.size > 0 || !this.background.length) return;
    const worker = this.ensureWorker();
    if (this.background.length > 1) this.ensureTagger(worker);
    for (const w of this.tagger ? [worker, this.tagger] : [worker]) {
      if (this.running.has(w)) continue;
      const job = this.background.shift();
      if (!job) return;
      this.running.set(w, job);
      const req: WorkerRequest = { type: 'summarize', id: job.id, text: job.text, options: job.options };
      w.postMessage(req);
    }
  }

  private receiveBackground(from: Worker, res: AnalyzeResponse): void {
    const job = this.running.get(from);
    if (!job || job.id !== res.id) return; // cancelled meanwhile
    this.running.delete(from);
    if ('summary' in res) job.resolve(res.summary);
    else job.reject('error' in res ? new Error(res.error) : new CancelledError());
    this.pump();
  }

  /** A worker stopped: its background job fails (the service starts a new worker for the next one). */
  private failBackground(from: Worker, e: Error): void {
    const job = this.running.get(from);
    this.running.delete(from);
    job?.reject(e);
  }

  /** Cancels whatever is pending for key (a closed document) and drops what the worker keeps for it. */
  forget(key: string): void {
    const id = this.latest.get(key);
    if (id !== undefined) this.cancelRequest(id);
    this.latest.delete(key);
    if (this.worker) {
      const req: WorkerRequest = { type: 'forget', key };
      this.worker.postMessage(req);
    }
  }

  dispose(): void {
    this.cancelBackground();
    this.indexer?.dispose();
    this.disposed = true;
    for (const id of [...this.pending.keys()]) this.cancelRequest(id);
    void this.worker?.terminate();
    void this.tagger?.terminate();
    clearTimeout(this.retireTimer);
    this.worker = this.tagger = undefined;
  }

  private cancelRequest(id: number): void {
    Atomics.store(this.cancel, id % CANCEL_SLOTS, id);
    this.fail(id, new CancelledError());
  }

  /**
   * Starts the analysis worker now rather than with the first request (activation calls this first thing,
   * so that the thread boots while the rest of the extension activates).
   */
  start(): void {
    if (!this.disposed) this.ensureWorker();
  }

  /**
   * Each running worker's memory (its isolate's heap statistics): what the extension host holds beyond its
   * own thread, after a full collection in each when `collect`. A worker that does not answer within a second
   * counts as undefined.
   */
  async workerStats(collect = false): Promise<{ analysis?: WorkerStats; tagger?: WorkerStats }> {
    const ask = (w: Worker | undefined): Promise<WorkerStats | undefined> => {
      if (!w) return Promise.resolve(undefined);
      const id = this.nextId++;
      const req: WorkerRequest = { type: 'stats', id, collect };
      return this.statsWaiting.ask(id, () => w.postMessage(req));
    };
    const [analysis, tagger] = await Promise.all([ask(this.worker), ask(this.tagger)]);
    return { analysis, tagger };
  }

  private receiveStats(res: AnalyzeResponse): boolean {
    if (!('stats' in res)) return false;
    this.statsWaiting.give(res.id, res.stats);
    return true;
  }

  /** Worker threads running: the analysis worker, and the tagging helper once a large document came. */
  get threads(): number {
    return (this.worker ? 1 : 0) + (this.tagger ? 1 : 0);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const codeCache = this.codeCacheDir ? codeCacheFile(this.workerPath, this.codeCacheDir) : undefined;
    const workerData = { role: 'analysis', cancel: this.cancel.buffer, acks: this.acks.buffer, bundle: this.workerPath, codeCache, ...this.trim };
    const worker = codeCache
      ? new Worker(CODE_CACHE_LOADER, { eval: true, workerData, resourceLimits: YOUNG })
      : new Worker(this.workerPath, { workerData, resourceLimits: YOUNG });
    worker.unref();
    worker.on('message', (res: AnalyzeResponse) => this.receive(worker, res));
    worker.on('error', (e) => this.failAll(e));
    worker.on('exit', (code) => {
      if (this.worker === worker) {
        this.worker = undefined;
        void this.tagger?.terminate();
        this.tagger = undefined;
      }
      if (!this.disposed && code !== 0) this.failAll(new Error(`the analysis worker stopped (exit code ${code})`));
    });
    this.worker = worker;
    return worker;
  }

  /**
   * The second worker for `worker`, started once: it tags for it (its port reaches the analysis worker before
   * the next request) and takes background summaries of its own.
   */
  private ensureTagger(worker: Worker): void {
    if (!this.parallel || this.tagger) return;
    const channel = new MessageChannel();
    const tagger = new Worker(this.workerPath, {
      workerData: { role: 'tagger', tagPort: channel.port2, cancel: this.cancel.buffer, ...this.trim }, transferList: [channel.port2], resourceLimits: YOUNG,
    });
    tagger.unref();
    tagger.on('message', (res: AnalyzeResponse) => this.receiveStats(res) || this.receiveBackground(tagger, res));
    tagger.on('error', () => undefined); // the analysis worker tags alone if its helper fails
    tagger.on('exit', () => {
      if (this.tagger === tagger) this.tagger = undefined; // background jobs go to the analysis worker alone
      this.failBackground(tagger, new Error('the tagging worker stopped'));
      if (!this.disposed) setImmediate(() => this.pump());
    });
    this.tagger = tagger;
    const req: WorkerRequest = { type: 'helper', port: channel.port1 };
    worker.postMessage(req, [channel.port1]);
  }

  private receive(worker: Worker, res: AnalyzeResponse): void {
    if (this.receiveStats(res)) return;
    if ('part' in res) {
      setImmediate(() => {
        Atomics.add(this.acks, 0, 1);
        Atomics.notify(this.acks, 0);
      });
    }
    if (this.running.get(worker)?.id === res.id || 'summary' in res) return this.receiveBackground(worker, res);
    const p = this.pending.get(res.id);
    if (!p) return; // cancelled meanwhile: its remaining parts are dropped
    if ('whole' in res) {
      // the same shape (and key order) as a result put together from parts
      const { mentions, actors, events, claims, ...head } = res.whole;
      this.settle(res.id, { ...head, mentions, actors, events, claims } as Analysis);
    }
    else if ('head' in res) p.partial = { ...res.head, mentions: [], actors: [], events: [], claims: [] } as Analysis;
    else if ('part' in res) (p.partial![res.part] as unknown[]).push(...res.items);
    else if ('done' in res) this.settle(res.id, p.partial!);
    else if ('cancelled' in res) this.fail(res.id, new CancelledError());
    else if ('error' in res) this.fail(res.id, new Error(res.error));
  }

  /** Removes a request from the books and hands it back (once). */
  private takePending(id: number): Pending | undefined {
    const p = this.pending.get(id);
    if (!p) return undefined;
    this.pending.delete(id);
    if (this.latest.get(p.key) === id) this.latest.delete(p.key);
    if (!this.pending.size) setImmediate(() => this.pump());
    return p;
  }

  private settle(id: number, analysis: Analysis): void {
    this.takePending(id)?.resolve(analysis);
  }

  private fail(id: number, e: Error): void {
    this.takePending(id)?.reject(e);
  }

  private failAll(e: Error): void {
    for (const id of [...this.pending.keys()]) this.fail(id, e);
    this.latest.clear();
    const running = [...this.running.values()];
    this.running.clear();
    for (const job of running) job.reject(e);
    if (!this.disposed) setImmediate(() => this.pump());
  }
}
