// The one error an analysis throws on purpose: a newer version of the document is waiting.
// Kept apart from the engine so the extension can recognize it without loading the NLP.

export class CancelledError extends Error {
  constructor() {
    super('analysis cancelled');
    this.name = 'CancelledError';
  }
}
