// Messages between the analysis service (host thread) and its worker thread.
import type { Analysis, AnalyzeOptions } from '../core/types';

export type WorkerRequest =
  | { type: 'analyze'; id: number; text: string; options: Omit<AnalyzeOptions, 'isCancelled'> }
  /** The document is gone: drop what the worker keeps for it. */
  | { type: 'forget'; key: string };

export type AnalyzeResponse =
  | { id: number; analysis: Analysis }
  | { id: number; cancelled: true }
  | { id: number; error: string };

/** Slots in the shared cancellation array; request `id` is cancelled when slot id % SLOTS holds id. */
export const CANCEL_SLOTS = 4096;
