// What one analysis run needs beyond the text: its options, cancellation, and the document's caches.
// The caller (the service's worker, the CLI) owns the session's document cache and drops it.
import { CancelledError } from './cancel';
import { cacheFor, type PieceCache, type TaggingHelper } from './text/tagger';
import type { AnalyzeOptions } from './types';

export class Session {
  readonly options: AnalyzeOptions;
  /** The document's tagged pieces and per-sentence results, kept between runs (given a cacheKey). */
  readonly cache?: PieceCache;
  readonly taggingHelper?: TaggingHelper;
  /** Freeze every written layer and check each stage's declared reads (tests, debugging). */
  readonly checkStages: boolean;

  constructor(options: AnalyzeOptions = {}) {
    this.options = options;
    this.cache = cacheFor(options.cacheKey);
    this.taggingHelper = options.taggingHelper;
    this.checkStages = !!options.checkStages;
  }

  isCancelled(): boolean {
    return !!this.options.isCancelled?.();
  }

  throwIfCancelled(): void {
    if (this.isCancelled()) throw new CancelledError();
  }
}
