// Keeps the weights that matter: drops features whose largest weight is small, and picks the int8 scale.
import { NL, type Weights } from '../../src/core/ner/model';

/** Drops features whose largest |weight| is under `frac` of the 99.9th percentile weight. */
export function prune(w: Weights, frac: number): Weights {
  const mags: number[] = [];
  for (let k = 0; k < w.emit.length; k += 7) if (w.emit[k] !== 0) mags.push(Math.abs(w.emit[k]));
  mags.sort((a, b) => a - b);
  const top = mags[Math.floor(mags.length * 0.999)] ?? 1;
  const index = new Map<number, number>();
  const rows: number[] = [];
  for (const [h, r] of w.index) {
    let m = 0;
    for (let y = 0; y < NL; y++) m = Math.max(m, Math.abs(w.emit[r * NL + y]));
    if (m >= frac * top) { index.set(h, rows.length); rows.push(r); }
  }
  const emit = new Float32Array(rows.length * NL);
  rows.forEach((r, k) => emit.set(w.emit.subarray(r * NL, (r + 1) * NL), k * NL));
  return { ...w, index, emit };
}
