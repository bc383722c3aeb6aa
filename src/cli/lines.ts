// --stdin's records: a byte stream cut at newlines, pulled one line at a time (so the input waits while the
// pool is full); a line longer than the limit is counted and dropped as it streams, never held whole.
import type { Readable } from 'node:stream';
import type { RecordJob } from './article';

export class LineReader {
  private readonly chunks: AsyncIterator<Buffer>;
  private chunk: Buffer = Buffer.alloc(0);
  private pos = 0;
  private parts: Buffer[] = [];
  private length = 0;
  private tooLong = false;
  /** The start of a line too long to keep: enough to find its "id". */
  private head?: Buffer;
  private ended = false;
  private lineNo = 0;

  constructor(stream: Readable, private readonly maxSize: number) {
    this.chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  }

  /** The next non-empty line, synchronously when it is already buffered; undefined at the end. */
  next(): RecordJob | undefined | Promise<RecordJob | undefined> {
    for (;;) {
      const nl = this.chunk.indexOf(10, this.pos);
      if (nl >= 0) {
        this.take(this.chunk.subarray(this.pos, nl));
        this.pos = nl + 1;
        const line = this.finish();
        if (line) return line;
        continue;
      }
      this.take(this.chunk.subarray(this.pos));
      this.pos = this.chunk.length;
      if (this.ended) return this.length > 0 || this.tooLong ? this.finish() : undefined;
      return this.chunks.next().then((r) => {
        if (r.done) this.ended = true;
        else { this.chunk = Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value); this.pos = 0; }
        return this.next();
      });
    }
  }

  private take(part: Buffer): void {
    if (part.length === 0) return;
    this.length += part.length;
    if (this.length > this.maxSize) {
      if (!this.tooLong) this.head = Buffer.concat([...this.parts, part], Math.min(this.length, 1024));
      this.tooLong = true;
      this.parts = [];
    } else this.parts.push(part); // a view; finish() copies the line out (Buffer.concat)
  }

  /** The line just completed, or undefined for a blank one. */
  private finish(): RecordJob | undefined {
    this.lineNo++;
    const length = this.length, tooLong = this.tooLong, head = this.head;
    let bytes = Buffer.concat(this.parts);
    this.parts = [];
    this.length = 0;
    this.tooLong = false;
    this.head = undefined;
    if (tooLong) return { kind: 'record', line: this.lineNo, tooLong: length, bytes: head };
    if (bytes.length && bytes[bytes.length - 1] === 13) bytes = bytes.subarray(0, bytes.length - 1);
    if (isBlank(bytes)) return undefined;
    return { kind: 'record', line: this.lineNo, bytes };
  }
}

function isBlank(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 32 && b !== 9 && b !== 13) return false;
  return true;
}
