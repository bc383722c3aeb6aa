// The progress line on stderr: articles done (of how many), articles per second, time left. On a terminal
// redrawn in place at most every 250 ms and cleared before an error line; elsewhere (--progress into a
// log) one plain line every 10 s.
export class Progress {
  private readonly started = Date.now();
  private doneCount = 0;
  private skipped = 0;
  private drawnAt = 0;
  private shown = false;

  constructor(private readonly write: (text: string) => void, private readonly total: number | undefined, private readonly inPlace: boolean) {}

  done(skipped: boolean): void {
    this.doneCount++;
    if (skipped) this.skipped++;
    const now = Date.now();
    if (!this.inPlace) {
      if (now - this.drawnAt >= 10_000) {
        if (this.drawnAt) this.write(`${this.line(now)}\n`);
        this.drawnAt = now;
      }
    } else if (now - this.drawnAt >= 250) {
      this.drawnAt = now;
      this.write(`\r\x1b[K${this.line(now)}`);
      this.shown = true;
    }
  }

  clear(): void {
    if (this.shown) this.write('\r\x1b[K');
    this.shown = false;
  }

  finish(failed: number): void {
    this.clear();
    const secs = (Date.now() - this.started) / 1000;
    const skipped = this.skipped ? `, ${this.skipped} up to date` : '';
    const errors = failed ? `, ${failed} with errors` : '';
    this.write(`byline: ${this.doneCount} article${this.doneCount === 1 ? '' : 's'} in ${clock(secs)}${skipped}${errors}\n`);
  }

  private line(now: number): string {
    const secs = (now - this.started) / 1000;
    // Skipped (up-to-date) articles take no time: leave them out of the rate and the estimate.
    const worked = this.doneCount - this.skipped;
    const rate = secs > 0 ? worked / secs : 0;
    const of = this.total !== undefined ? `/${this.total}` : '';
    let eta = '';
    if (this.total !== undefined && rate > 0) eta = ` · ETA ${clock((this.total - this.doneCount) / rate)}`;
    return `byline: ${this.doneCount}${of} articles · ${rate.toFixed(1)}/s${eta}`;
  }
}

export function clock(secs: number): string {
  const s = Math.max(0, Math.round(secs));
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), r = s % 60;
  return h ? `${h}:${String(m).padStart(2, '0')}:${String(r).padStart(2, '0')}` : `${m}:${String(r).padStart(2, '0')}`;
}
