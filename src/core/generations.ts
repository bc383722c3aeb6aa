// A cache in two generations, owned by a document session: an entry survives only while the latest run
// still asks for it, so memory follows the document and not its edit history.

import { ownString } from './text/own';

export class Generations<T> {
  /** Each value with its key, a string of its own (a key cut from the document would keep the whole text alive: text/own.ts). */
  private previous = new Map<string, [string, T]>();
  protected current = new Map<string, [string, T]>();

  /** Starts a run: what the previous run did not ask for is dropped. */
  startRun(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  get(key: string): T | undefined {
    let v = this.current.get(key);
    if (v === undefined) {
      v = this.previous.get(key);
      if (v !== undefined) this.current.set(v[0], v);
    }
    return v?.[1];
  }

  set(key: string, v: T): void {
    const own = ownString(key);
    this.current.set(own, [own, v]);
  }

  clear(): void {
    this.previous = new Map();
    this.current = new Map();
  }

  get size(): number {
    return this.current.size;
  }
}
