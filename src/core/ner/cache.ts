// The name tagger's caches for one document, owned by its DocumentSession (and dropped with it): lines read
// by their text, and each line's decoded names by everything the decoding depends on. Generational like the
// piece cache: what the latest run did not use is dropped at the next one, so memory follows the document.
import { Generations } from '../generations';
import type { LineEntry } from './read';

/** A name found on one line, offsets relative to the line's start. */
export interface LineSpan {
  start: number;
  end: number;
  type: string;
  reason: string;
}

export class NameCache {
  /** Lines read (tokens, static features and scores) by their text. */
  readonly lines = new Generations<LineEntry>();
  /** Decoded names of a line, by its text, rules, document inputs and margins (see names.ts). */
  readonly decoded = new Generations<LineSpan[]>();
  /** The weights the decoded lines were found with: other weights start the decoded cache afresh. */
  private weights?: object;
  private lastId = 0;

  /** A new line entry's id (decoded names are keyed by it instead of the line's text). */
  newId(): number {
    return ++this.lastId;
  }

  /** Starts an analysis of the document with these weights. */
  startRun(weights: object): void {
    if (this.weights !== weights) this.decoded.clear();
    this.weights = weights;
    this.lines.startRun();
    this.decoded.startRun();
  }
}
