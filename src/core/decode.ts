// Bytes -> text, refusing what is not text: binary (NUL bytes, many control bytes) and invalid UTF-8.
// A UTF-8 BOM is dropped; UTF-16 with a BOM is decoded.

export class DecodeError extends Error {}

export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
  }
  const why = binaryReason(bytes.subarray(0, Math.min(bytes.length, 8192)));
  if (why) throw new DecodeError(why);
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new DecodeError(`not valid UTF-8 (first bad byte at offset ${at}; save the file as UTF-8)`);
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : (b >> 5) === 6 ? 2 : (b >> 4) === 14 ? 3 : (b >> 3) === 30 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) if (i + k >= bytes.length || (bytes[i + k] >> 6) !== 2) return i;
    i += len;
  }
  return i;
}

/**
 * Binary content, judged on the first bytes (or UTF-16 units): NULs beyond a stray one or two, or many
 * control characters. A text with an odd NUL or control character is still text.
 */
function binaryReason(head: ArrayLike<number>): string | undefined {
  let nul = 0, control = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i];
    if (b === 0) nul++;
    else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (nul > 2 && nul / head.length > 0.001) return 'binary file (it contains NUL bytes)';
  if (head.length > 0 && (nul + control) / head.length > 0.1) return 'binary file (too many control characters)';
  return undefined;
}

/** Why already-decoded text (an editor's document) should not be analyzed, or undefined when it is fine. */
export function textProblem(text: string, maxSize: number, limitName: string): string | undefined {
  if (text.length > maxSize) {
    return `it is too large (${text.length.toLocaleString('en-US')} characters; the limit is ${maxSize.toLocaleString('en-US')}, see ${limitName})`;
  }
  const head = text.slice(0, 8192);
  const units: number[] = [];
  for (let i = 0; i < head.length; i++) units.push(head.charCodeAt(i));
  const why = binaryReason(units);
  if (why) return why;
  let bad = 0;
  for (const ch of head) if (ch === '\ufffd') bad++;
  if (bad > 0 && bad / Math.max(1, head.length) > 0.01) {
    return 'it does not look like UTF-8 text (many undecodable characters); reopen it with the right encoding (Reopen with Encoding) and Byline will analyze it';
  }
  return undefined;
}
