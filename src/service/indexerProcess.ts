// Background summaries (workspace indexing) in a process of their own, as language servers run: the
// process (src/service/indexer.ts) has its own analysis service, with its two worker threads, compromise in
// each and their heaps, so that none of that memory is the extension host's. It starts with the first
// background article and exits once idle for a while (its memory goes back to the system whole).
import { fork, type ChildProcess } from 'node:child_process';
import { CancelledError } from '../core/cancel';
import { Answers } from './answers';
import type { AnalyzeOptions } from '../core/types';
import type { ArticleSummary } from '../core/workspace/summary';

type WireOptions = Omit<AnalyzeOptions, 'isCancelled' | 'taggingHelper'>;

/** Host -> indexer process. */
export type IndexerRequest =
  | { type: 'summarize'; id: number; text: string; options: WireOptions }
  | { type: 'cancel' }
  | { type: 'stats'; id: number };

/**
 * Indexer process -> host. A summary travels as JSON text: JSON.parse shares the short strings that recur
 * (types, kinds, names), a structured clone copies each one. 5,000 real summaries held in a heap: 98 MB
 * cloned, 79 MB parsed.
 */
export type IndexerResponse =
  | { id: number; json: string }
  | { id: number; cancelled: true }
  | { id: number; error: string }
  | { id: number; rss: number; cpu: number };

/** What the indexer process is started with (its service's options). */
export interface IndexerSettings {
  parallel?: boolean;
  gcSlackMb?: number;
}

/** The indexer process's resident memory (bytes) and CPU time so far (seconds, all its threads). */
export interface IndexerMemory {
  rss: number;
  cpu: number;
}

interface Job {
  resolve(s: ArticleSummary): void;
  reject(e: Error): void;
}

export class IndexerProcess {
  private child: ChildProcess | undefined;
  private readonly jobs = new Map<number, Job>();
  private readonly statsWaiting = new Answers<IndexerMemory>();
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | undefined;
  private disposed = false;

  /** @param entry the bundled indexer (dist/indexer.js, beside dist/worker.js); idleMs: exits once idle that long. */
  constructor(private readonly entry: string, private readonly settings: IndexerSettings, private readonly idleMs: number) {}

  summarize(text: string, options: WireOptions): Promise<ArticleSummary> {
    if (this.disposed) return Promise.reject(new Error('the analysis service is closed'));
    const id = this.nextId++;
    return new Promise<ArticleSummary>((resolve, reject) => {
      this.jobs.set(id, { resolve, reject });
      this.send({ type: 'summarize', id, text, options });
    });
  }

  /** Summaries asked for and not answered yet. */
  get load(): number {
    return this.jobs.size;
  }

  /** Every summary not yet answered rejects with CancelledError; the process drops its queue. */
  cancel(): void {
    const jobs = [...this.jobs.values()];
    this.jobs.clear();
    for (const job of jobs) job.reject(new CancelledError());
    if (this.child?.connected) this.child.send({ type: 'cancel' } satisfies IndexerRequest);
    this.settled();
  }

  /** The process's resident memory and CPU time, or undefined when it is not running or does not answer within a second. */
  stats(): Promise<IndexerMemory | undefined> {
    const child = this.child;
    if (!child?.connected) return Promise.resolve(undefined);
    const id = this.nextId++;
    return this.statsWaiting.ask(id, () => child.send({ type: 'stats', id } satisfies IndexerRequest));
  }

  /** Process id of the running indexer, if any (tests). */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  dispose(): void {
    this.disposed = true;
    this.cancel();
    this.stop();
  }

  private send(req: IndexerRequest): void {
    clearTimeout(this.idleTimer);
    const child = this.ensure();
    child.channel?.ref();
    child.send(req);
  }

  private ensure(): ChildProcess {
    if (this.child?.connected) return this.child;
    const child = fork(this.entry, [JSON.stringify(this.settings)], {
      serialization: 'advanced',
      execArgv: [],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      // the extension host may be Electron: run its binary as plain node
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    });
    child.unref();
    child.on('message', (res: IndexerResponse) => this.receive(res));
    const gone = (): void => {
      if (this.child !== child) return;
      this.child = undefined;
      const jobs = [...this.jobs.values()];
      this.jobs.clear();
      for (const job of jobs) job.reject(new Error('the indexing process stopped'));
      this.statsWaiting.dropAll();
    };
    child.on('exit', gone);
    child.on('error', gone);
    this.child = child;
    return child;
  }

  private receive(res: IndexerResponse): void {
    if ('rss' in res) {
      this.statsWaiting.give(res.id, { rss: res.rss, cpu: res.cpu });
      return;
    }
    const job = this.jobs.get(res.id);
    if (!job) return; // cancelled meanwhile
    this.jobs.delete(res.id);
    if ('json' in res) job.resolve(JSON.parse(res.json) as ArticleSummary);
    else job.reject('error' in res ? new Error(res.error) : new CancelledError());
    this.settled();
  }

  /** Nothing in flight: the channel no longer keeps the host alive, and the process exits once idle. */
  private settled(): void {
    if (this.jobs.size) return;
    this.child?.channel?.unref();
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => { if (!this.jobs.size) this.stop(); }, this.idleMs);
    this.idleTimer.unref?.();
  }

  private stop(): void {
    clearTimeout(this.idleTimer);
    const child = this.child;
    this.child = undefined;
    if (child?.connected) child.disconnect();
    child?.kill();
  }
}
