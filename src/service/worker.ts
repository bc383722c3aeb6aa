// Worker thread entry, in one of two roles. 'analysis': runs analyze() off the host thread, one request at
// a time, skipping cancelled ones, with a tagging helper when there is one. 'tagger': tags pieces for the
// analysis worker from the back of the document while it works from the front, and between documents
// summarizes background articles (workspace indexing), so that indexing uses both cores.
import { setPriority } from 'node:os';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { analyze, CancelledError, dropCache } from '../core/analyze';
import { internTags, tagPiece, type PieceToken, type TaggingHelper } from '../core/text/tagger';
import type { Analysis } from '../core/types';
import { summarize } from '../core/workspace/summary';
import { CANCEL_SLOTS, IDLE_TRIM_MS, LARGE_SESSION_CHARS, PART_SIZE, type AnalyzeResponse, type TagJob, type TagResult, type WorkerRequest, type WorkerStats } from './protocol';

const FREE = 0, MINE = 1, THEIRS = 2, POSTED = 3;

/** The analysis worker's side of the tagging helper. */
class PortTaggingHelper implements TaggingHelper {
  private run = 0;
  private states: Int32Array<ArrayBufferLike> = new Int32Array(0);
  private pieces: string[] = [];
  private readonly results = new Map<number, PieceToken[]>();

  constructor(private readonly port: MessagePort) {}

  begin(pieces: string[]): void {
    this.run++;
    this.results.clear();
    this.pieces = pieces;
    const buffer = new SharedArrayBuffer(pieces.length * 4);
    this.states = new Int32Array(buffer);
    const job: TagJob = { run: this.run, pieces, states: buffer };
    this.port.postMessage(job);
  }

  claim(k: number): boolean {
    return Atomics.compareExchange(this.states, k, FREE, MINE) === FREE;
  }

  take(k: number): PieceToken[] {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const got = this.results.get(k);
      if (got) {
        this.results.delete(k);
        return got;
      }
      const msg = receiveMessageOnPort(this.port);
      if (msg) {
        const r = msg.message as TagResult;
        if (r.run === this.run) {
          this.results.set(r.k, r.tokens.map(([start, end, text, normal, tags, pre, post]) => ({ start, end, text, normal, tags: internTags(tags), pre, post })));
        }
        continue;
      }
      // the tagging worker is still on it: sleep until it posts (or a short while)
      if (Date.now() > deadline) return tagPiece(this.pieces[k]); // not expected: the tagging worker is gone
      Atomics.wait(this.states, k, THEIRS, 20);
    }
  }

  end(): void {
    for (let k = 0; k < this.states.length; k++) Atomics.compareExchange(this.states, k, FREE, MINE);
  }
}

function tagForever(port: MessagePort): void {
  port.on('message', (job: TagJob) => {
    busy();
    tagJob(job, port);
    idle();
  });
}

function tagJob(job: TagJob, port: MessagePort): void {
  const states = new Int32Array(job.states);
  for (let k = job.pieces.length - 1; k >= 0; k--) {
    if (Atomics.compareExchange(states, k, FREE, THEIRS) !== FREE) break; // met the analysis worker
    const tokens = tagPiece(job.pieces[k]).map((t) => [t.start, t.end, t.text, t.normal, [...t.tags], t.pre, t.post]);
    const result = { run: job.run, k, tokens } as TagResult;
    port.postMessage(result);
    Atomics.store(states, k, POSTED);
    Atomics.notify(states, k);
  }
}

function post(res: AnalyzeResponse): void {
  parentPort!.postMessage(res);
}

/**
 * Parts are sent one at a time: the next only once the host has taken the last one and gone back to its
 * event loop (it bumps `acks`), because a port delivers every queued message in one go.
 */
let acks: Int32Array | undefined;
let sent = 0;

function postPart(res: AnalyzeResponse): void {
  post(res);
  sent++;
  if (!acks) return;
  const deadline = Date.now() + 2000;
  while (Atomics.load(acks, 0) < sent && Date.now() < deadline) Atomics.wait(acks, 0, Atomics.load(acks, 0), 100);
}

/** Roughly how many values an item carries: an actor with thousands of mentions weighs as much. */
function weight(item: unknown): number {
  const mentions = (item as { mentions?: unknown[] }).mentions;
  return 1 + (Array.isArray(mentions) ? mentions.length : 0);
}

/** Do the lists weigh less than PART_SIZE in all? (stops counting once they do not) */
function fitsOnePart(lists: readonly unknown[][]): boolean {
  let total = 0;
  for (const list of lists) for (const item of list) if ((total += weight(item)) >= PART_SIZE) return false;
  return true;
}

function postAnalysis(id: number, analysis: Analysis): void {
  const { mentions, actors, events, claims, ...head } = analysis;
  // an ordinary article fits in one part: one message, no round trips to the host (each waits for its
  // event loop and wakes this thread: on a loaded machine, milliseconds each, on the way to the first highlights)
  if (fitsOnePart([mentions, actors, events, claims])) return post({ id, whole: analysis });
  post({ id, head });
  const lists = { mentions, actors, events, claims } as const;
  for (const part of ['mentions', 'actors', 'events', 'claims'] as const) {
    let items: unknown[] = [];
    let load = 0;
    for (const item of lists[part] as unknown[]) {
      items.push(item);
      load += weight(item);
      if (load >= PART_SIZE) {
        postPart({ id, part, items });
        items = [];
        load = 0;
      }
    }
    if (items.length) postPart({ id, part, items });
  }
  post({ id, done: true });
}

/**
 * Heap growth allowed between background articles before a full collection (bytes). 32 MB rather than 64:
 * 200 PolNeAR train articles on one worker, back to back twice: worker heap peak 114 -> 87 MB, CPU
 * 10.6/11.7 -> 11.2/11.0 s (the same within this loaded machine's noise).
 */
const SLACK = Number(workerData?.gcSlackMb ?? 32) * 1e6;
let usedAfterCollect = 0;

/**
 * A full garbage collection, where V8 allows one: a worker that summarizes article after article is never
 * idle, and V8 then lets its heap grow far past what it keeps (measured: 208 MB of heap for 58 MB live).
 */
const collect = ((): (() => void) | undefined => {
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
})();

/** After a background article: collects when the heap grew by SLACK since the last collection. */
function tidy(slack = SLACK): void {
  if (!collect || getHeapStatistics().used_heap_size < usedAfterCollect + slack) return;
  collect();
  usedAfterCollect = getHeapStatistics().used_heap_size;
}

/**
 * From this many characters, a document's caches (its DocumentSession: tagged pieces, per-piece results, the
 * name tagger's lines) are dropped once this worker has been idle for a while. They take about 140 bytes a
 * character (a 2 MB document: 280 MB of heap), and serve only the next edit of that document; the reader of a
 * long document mostly reads. The first edit after that re-analyzes the document in full.
 */
const LARGE_CHARS = Number(workerData?.largeSessionChars ?? LARGE_SESSION_CHARS);
/** Idle time (ms) after which large sessions are dropped and the heap collected (workerData.idleTrimMs). */
const IDLE_MS = Number(workerData?.idleTrimMs ?? IDLE_TRIM_MS);
/** Heap growth (bytes) since the last collection worth a collection once idle. */
const IDLE_SLACK = 16e6;
const largeSessions = new Set<string>();
let idleTimer: NodeJS.Timeout | undefined;

/** Work came in: the idle trim waits for the next quiet period. */
function busy(): void {
  clearTimeout(idleTimer);
  idleTimer = undefined;
}

/** Work is done: after IDLE_TRIM_MS without any, large sessions go and the heap is collected. */
function idle(): void {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(trim, IDLE_MS);
  idleTimer.unref?.();
}

function trim(): void {
  idleTimer = undefined;
  for (const key of largeSessions) dropCache(key);
  const dropped = largeSessions.size > 0;
  largeSessions.clear();
  tidy(dropped ? 0 : IDLE_SLACK);
  if (dropped) compact();
}

/**
 * After a large session is dropped its survivors are spread thin over the pages it filled (measured: 42 MB
 * live in 256 MB of heap after one collection), and V8 evacuates only some fragmented pages a collection:
 * a few more collections give the pages back (about 30 ms each here, on an idle worker).
 */
function compact(): void {
  for (let i = 0; i < 4 && collect; i++) {
    const before = getHeapStatistics().total_heap_size;
    collect();
    if (getHeapStatistics().total_heap_size > 0.9 * before) break;
  }
  usedAfterCollect = getHeapStatistics().used_heap_size;
}

/** Notes a document analysis whose session the idle trim drops. */
function noteSession(text: string, cacheKey: string | undefined): void {
  if (cacheKey === undefined) return;
  if (text.length >= LARGE_CHARS) largeSessions.add(cacheKey);
}

function stats(): WorkerStats {
  const h = getHeapStatistics();
  return { heapUsed: h.used_heap_size, heapTotal: h.total_heap_size, physical: h.total_physical_size, external: h.external_memory, largeSessions: largeSessions.size };
}

let analyzed = false;

/**
 * The first analysis runs at normal priority: it is the article the reader just opened, its first highlights
 * wait on it, and the editor has little else to do meanwhile. Then this thread yields to the editor, and a
 * while later saves V8's code cache of this bundle when the loader offers it (codeCache.ts).
 */
function afterFirstAnalysis(): void {
  if (analyzed) return;
  analyzed = true;
  yieldToTheEditor();
  const save = (globalThis as { bylineSaveCodeCache?: () => void }).bylineSaveCodeCache;
  if (save) setTimeout(save, 2000);
}

/**
 * Serves the host's requests. The analysis worker gets its tagging helper's port in a 'helper' request
 * (the helper starts with the first large document); the tagger serves background summaries only.
 */
function serve(): void {
  const cancelled = new Int32Array(workerData.cancel as SharedArrayBuffer);
  const isCancelled = (id: number) => () => Atomics.load(cancelled, id % CANCEL_SLOTS) === id;
  let helper: TaggingHelper | undefined;
  parentPort!.on('message', (req: WorkerRequest) => {
    if (req.type !== 'stats') busy();
    try {
      handle(req);
    } finally {
      if (req.type !== 'stats') idle();
    }
  });
  function handle(req: WorkerRequest): void {
    if (req.type === 'forget') {
      largeSessions.delete(req.key);
      return dropCache(req.key);
    }
    if (req.type === 'stats') {
      if (req.collect) collect?.();
      return post({ id: req.id, stats: stats() });
    }
    if (req.type === 'helper') {
      helper = new PortTaggingHelper(req.port);
      return;
    }
    try {
      if (isCancelled(req.id)()) return post({ id: req.id, cancelled: true });
      // a background article: no helper (the other worker is summarizing one too) and no session kept
      const analysis = analyze(req.text, { ...req.options, isCancelled: isCancelled(req.id), taggingHelper: req.type === 'summarize' ? undefined : helper });
      if (req.type === 'summarize') post({ id: req.id, summary: summarize(analysis, req.text) });
      else postAnalysis(req.id, analysis);
    } catch (e) {
      post(e instanceof CancelledError ? { id: req.id, cancelled: true } : { id: req.id, error: (e as Error).message || String(e) });
    } finally {
      if (req.type === 'analyze') noteSession(req.text, req.options.cacheKey);
      afterFirstAnalysis();
    }
    if (req.type === 'summarize') tidy();
  }
}

/**
 * Work in this thread yields to the host thread (the editor's UI): on Linux, niceness belongs to the calling
 * thread, so this lowers only this worker. Elsewhere it would lower the whole process: left alone there.
 */
function yieldToTheEditor(): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(10);
  } catch {
    // not allowed here: run at normal priority
  }
}

if (workerData?.role === 'tagger') {
  yieldToTheEditor();
  tagForever(workerData.tagPort as MessagePort);
  serve();
} else {
  if (workerData.acks) acks = new Int32Array(workerData.acks as SharedArrayBuffer);
  serve();
}
