// Messages between the analysis service (host thread), its analysis worker and its tagging worker.
import type { MessagePort } from 'node:worker_threads';
import type { Analysis, AnalyzeOptions } from '../core/types';
import type { ArticleSummary } from '../core/workspace/summary';

type WireOptions = Omit<AnalyzeOptions, 'isCancelled' | 'taggingHelper'>;

export type WorkerRequest =
  | { type: 'analyze'; id: number; text: string; options: WireOptions }
  /** Background indexing: analyze without caching and answer with the compact summary only. */
  | { type: 'summarize'; id: number; text: string; options: WireOptions }
  /** The document is gone: drop what the worker keeps for it. */
  | { type: 'forget'; key: string }
  /** The tagging helper's port, sent with the first large document (the helper thread starts then). */
  | { type: 'helper'; port: MessagePort }
  /** The worker's memory, answered at once (benchmarks, and the service's recycling decisions). */
  | { type: 'stats'; id: number; collect?: boolean };

/** One worker's memory, in bytes (v8.getHeapStatistics of its isolate). */
export interface WorkerStats {
  heapUsed: number;
  heapTotal: number;
  /** Memory V8 holds for the isolate (heap pages, committed), whatever is live in it. */
  physical: number;
  external: number;
  /** Documents whose caches the idle trim will drop (analyzed at LARGE_SESSION_CHARS or more). */
  largeSessions: number;
}

/**
 * A result travels in parts (the head, then slices of each list), so that the host thread deserializes
 * a little at a time and its event loop keeps turning between parts, even for a 2 MB document.
 */
export type AnalyzeResponse =
  | { id: number; head: Omit<Analysis, 'mentions' | 'actors' | 'events' | 'claims'> }
  | { id: number; part: 'mentions' | 'actors' | 'events' | 'claims'; items: unknown[] }
  | { id: number; done: true }
  /** A small result (less than PART_SIZE in all), in one message instead of parts. */
  | { id: number; whole: Analysis }
  | { id: number; summary: ArticleSummary }
  | { id: number; cancelled: true }
  | { id: number; error: string }
  | { id: number; stats: WorkerStats };

/** How many values (items and their nested mention spans) one message carries at most, roughly. */
export const PART_SIZE = 1500;

/**
 * The idle trim (worker.ts): once a worker has had no work for IDLE_TRIM_MS, the caches of documents of
 * LARGE_SESSION_CHARS or more are dropped (and the service retires the tagging worker). Defaults; the
 * service's options may give others.
 */
export const IDLE_TRIM_MS = 20_000;
export const LARGE_SESSION_CHARS = 1_000_000;

/** Slots in the shared cancellation array; request `id` is cancelled when slot id % SLOTS holds id. */
export const CANCEL_SLOTS = 4096;

/** Analysis worker -> tagging worker: tag these pieces from the back, claiming each in `states`. */
export interface TagJob {
  run: number;
  pieces: string[];
  /** Int32 per piece: 0 free, 1 the analysis worker's, 2 being tagged here, 3 tagged and posted. */
  states: SharedArrayBuffer;
}

/** Tagging worker -> analysis worker: one piece's tokens as tuples (start, end, text, normal, tags, pre, post). */
export interface TagResult {
  run: number;
  k: number;
  tokens: Array<[number, number, string, string, string[], string, string]>;
}
