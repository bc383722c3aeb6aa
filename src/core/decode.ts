// Bytes -> text, refusing what is not text: binary (NUL bytes, many control bytes) and invalid UTF-8.
// A UTF-8 BOM is dropped; UTF-16 with a BOM is decoded.

export class DecodeError extends Error {}

export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
  }
  const head = bytes.subarray(0, Math.min(bytes.length, 8192));
  let control = 0;
  for (const b of head) {
    if (b === 0) throw new DecodeError('binary file (it contains NUL bytes)');
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (head.length > 0 && control / head.length > 0.1) throw new DecodeError('binary file (too many control bytes)');
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
