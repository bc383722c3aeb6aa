// A cache in two generations, owned by a document session: an entry survives only while the latest run
// still asks for it, so memory follows the document and not its edit history.

export class Generations<T> {
  private previous = new Map<string, T>();
  protected current = new Map<string, T>();

  /** Starts a run: what the previous run did not ask for is dropped. */
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

  get size(): number {
    return this.current.size;
  }
}
