// What one analysis run needs beyond the text: its options, cancellation, and the document's caches.
// The caches live in a DocumentSession: the service keeps one per open document (by its cacheKey, or
// by passing it to analyze) and drops it when the document closes; nothing is cached in module globals.
import { CancelledError } from './cancel';
import { SpellingMemo } from './entities/spelling';
import { NameCache } from './ner/cache';
import { PieceCache, type PlacedPiece, type TaggingHelper } from './text/tagger';
import type { AnalyzeOptions } from './types';

/** The caches of one document, kept between its analyses. */
export class DocumentSession {
  /** Tagged pieces and per-piece / per-sentence results (see tagger.ts). */
  readonly pieces = new PieceCache();
  /** Spelling keys of names (entities/spelling.ts). */
  readonly spellingKeys = new SpellingMemo();
  /** The name tagger's lines and decoded lines (ner/cache.ts). */
  readonly names = new NameCache();
}

/** Document sessions by cacheKey; the least recently analyzed documents are forgotten past the limit. */
const sessions = new Map<string, DocumentSession>();
const MAX_SESSIONS = 16;

/** The session of a document key (opened on first use), or none without a key. */
export function sessionFor(key: string | undefined): DocumentSession | undefined {
  if (key === undefined) return undefined;
  let s = sessions.get(key);
  if (s) sessions.delete(key);
  else s = new DocumentSession();
  sessions.set(key, s);
  if (sessions.size > MAX_SESSIONS) sessions.delete(sessions.keys().next().value as string);
  return s;
}

/** Forgets a document's session (it was closed). */
export function dropSession(key: string): void {
  sessions.delete(key);
}

/** One run of the pipeline over one text. */
export class Session {
  readonly options: AnalyzeOptions;
  readonly document?: DocumentSession;
  readonly taggingHelper?: TaggingHelper;
  /** The tagged pieces of this run (written by the text stage; per-piece results are memoized on them). */
  pieces?: PlacedPiece[];
  /** Spelling keys: the document's, or this run's own. */
  readonly spellingKeys: SpellingMemo;
  /** Freeze every written layer and check each stage's declared reads (tests, debugging). */
  readonly checkStages: boolean;
  /** Reasons of the claims and events stages, by id, when the run explains itself. */
  readonly reasons?: { claims: Map<string, string>; events: Map<string, string> };

  constructor(options: AnalyzeOptions = {}, document: DocumentSession | undefined = sessionFor(options.cacheKey)) {
    this.options = options;
    this.document = document;
    this.taggingHelper = options.taggingHelper;
    this.spellingKeys = document?.spellingKeys ?? new SpellingMemo();
    if (document) this.spellingKeys.startRun();
    this.checkStages = !!options.checkStages;
    if (options.explain) this.reasons = { claims: new Map(), events: new Map() };
  }

  /**
   * The pieces whose per-sentence results are kept for the next analysis (text/sentence-memo.ts): only a
   * document with a session has a next analysis; a one-off run (the CLI) skips the memo's bookkeeping.
   */
  get memoPieces(): PlacedPiece[] | undefined {
    return this.document ? this.pieces : undefined;
  }

  /** The document's piece cache, if it has a session. */
  get cache(): PieceCache | undefined {
    return this.document?.pieces;
  }

  private readonly built = new Map<string, unknown>();

  /**
   * A value several stages of this run read alike (claims and events: what each sentence reads), built by the
   * first that asks: from layers written before both, so the same for each.
   */
  once<T>(key: string, make: () => T): T {
    if (!this.built.has(key)) this.built.set(key, make());
    return this.built.get(key) as T;
  }

  isCancelled(): boolean {
    return !!this.options.isCancelled?.();
  }

  throwIfCancelled(): void {
    if (this.isCancelled()) throw new CancelledError();
  }
}
