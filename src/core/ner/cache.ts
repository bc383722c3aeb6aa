// The name tagger's caches for one document, owned by its DocumentSession (and dropped with it): lines read
// by their text, and each line's decoded names by everything the decoding depends on. Generational like the
// piece cache: what the latest run did not use is dropped at the next one, so memory follows the document.
import type { LineEntry } from './read';

/** A name found on one line, offsets relative to the line's start. */
export interface LineSpan {
  start: number;
  end: number;
  type: string;
  reason: string;
}

/** Two generations of a map: entries the previous run used survive one more run. */
class Generations<T> {
  private previous = new Map<string, T>();
  private current = new Map<string, T>();

  startRun(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  get(key: string): T | undefined {
    let v = this.current.get(key);
    if (v === undefined) {
      v = this.previous.get(key);
      if (v !== undefined) this.current.set(key, v);
    }
    return v;
  }

  set(key: string, v: T): void {
    this.current.set(key, v);
  }

  clear(): void {
    this.previous = new Map();
    this.current = new Map();
  }
}

export class NameCache {
  /** Lines read (tokens, static features and scores) by their text. */
  readonly lines = new Generations<LineEntry>();
  /** Decoded names of a line, by its text, rules, document inputs and margins (see names.ts). */
  readonly decoded = new Generations<LineSpan[]>();
  /** The weights the decoded lines were found with: other weights start the decoded cache afresh. */
  private weights?: object;

  /** Starts an analysis of the document with these weights. */
  startRun(weights: object): void {
    if (this.weights !== weights) this.decoded.clear();
    this.weights = weights;
    this.lines.startRun();
    this.decoded.startRun();
  }
}
