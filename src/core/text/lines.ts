// Offsets -> lines of a text, by binary search over its line starts: one map for every reader that
// numbers lines (hover cards and the Events view, workspace summaries, the speaker ranker's distances).

export class LineMap {
  /** The offset where each line starts; line 0 starts at 0. */
  readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** The line (0-based) holding offset. */
  lineOf(offset: number): number {
    const starts = this.starts;
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  /** Line (0-based) and column of offset. */
  at(offset: number): { line: number; column: number } {
    const line = this.lineOf(offset);
    return { line, column: offset - this.starts[line] };
  }
}
