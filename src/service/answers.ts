// Answers awaited by request id, each for a second at most: memory questions put to a worker thread or to
// the indexer process, which may be gone or busy (then the answer is undefined rather than a wait forever).

export class Answers<T> {
  private readonly waiting = new Map<number, (v: T | undefined) => void>();

  /** Sends the question (by `send`) and waits for `give(id, …)` up to `ms`; undefined when none came. */
  ask(id: number, send: () => void, ms = 1000): Promise<T | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => { this.waiting.delete(id); resolve(undefined); }, ms);
      this.waiting.set(id, (v) => { clearTimeout(timer); resolve(v); });
      send();
    });
  }

  /** The answer to request `id` (ignored when no longer awaited). */
  give(id: number, v: T | undefined): void {
    const done = this.waiting.get(id);
    this.waiting.delete(id);
    done?.(v);
  }

  /** Every question still awaited is answered undefined (the one to answer is gone). */
  dropAll(): void {
    for (const done of this.waiting.values()) done(undefined);
    this.waiting.clear();
  }
}
