// Strings kept between analyses of a document must not be slices of its text: V8 keeps a slice of 13
// characters or more as a view of the string it was cut from, so a cached line, piece, key or name cut
// from one version of a document keeps that whole version alive for as long as it is cached (1,000 edits
// of a 20 KB article held 74 old copies, +3 MB). These helpers copy such strings before they are kept.

/** Below this length V8 copies a slice anyway (SlicedString::kMinLength). */
const MIN_SLICE = 13;

/** The same characters in a string of their own (a slice's parent is not kept). */
export function ownString(s: string): string {
  // the concatenation is flattened into a new string of s.length + 1 characters, which the slice then views
  return s.length < MIN_SLICE ? s : (s + ' ').slice(0, -1);
}

/**
 * Replaces, in place, the strings of a result kept for later (its own fields, and those of the objects and
 * arrays it holds, `depth` levels down) by strings of their own. Frozen objects (lexicon entries, layers) are
 * left alone: they are not cut from a document.
 */
export function ownStrings<T>(value: T, depth = 3): T {
  if (depth < 0 || value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  const o = value as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    const v = o[k];
    if (typeof v === 'string') { if (v.length >= MIN_SLICE) o[k] = ownString(v); }
    else if (v !== null && typeof v === 'object') ownStrings(v, depth - 1);
  }
  return value;
}
