// Averaged structured perceptron over BILOU labels (Collins 2002), trained sentence by sentence with the
// same Viterbi the extension decodes with. Deterministic: fixed document order shuffled by a seeded PRNG.
import { legal, NL, viterbi, type Weights } from '../../src/core/ner/model';

export interface Sequence {
  feats: number[][];
  gold: number[];
}

/** Trains for `epochs` passes; features seen fewer than `minCount` times are left out. */
export function train(seqs: Sequence[], epochs: number, seed: number, minCount: number, onEpoch?: (e: number, w: Weights) => void): Weights {
  const counts = new Map<number, number>();
  for (const s of seqs) for (const f of s.feats) for (const h of f) counts.set(h, (counts.get(h) ?? 0) + 1);
  const index = new Map<number, number>();
  for (const [h, c] of counts) if (c >= minCount) index.set(h, index.size);
  const nf = index.size;
  const w = { emit: new Float32Array(nf * NL), trans: new Float32Array(NL * NL), start: new Float32Array(NL), end: new Float32Array(NL) };
  const u = { emit: new Float64Array(nf * NL), trans: new Float64Array(NL * NL), start: new Float64Array(NL), end: new Float64Array(NL) };
  const cur: Weights = { index, ...w };
  let c = 1;
  const rows = seqs.map((s) => s.feats.map((f) => f.map((h) => index.get(h)).filter((r): r is number => r !== undefined)));
  const order = seqs.map((_, i) => i);
  let rnd = seed >>> 0;
  const next = (): number => { rnd = (Math.imul(rnd, 1664525) + 1013904223) >>> 0; return rnd / 4294967296; };
  const bump = (arr: Float32Array, acc: Float64Array, k: number, d: number): void => { arr[k] += d; acc[k] += c * d; };
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(next() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    for (const si of order) {
      const s = seqs[si], n = s.gold.length;
      if (!n) continue;
      const pred = viterbi(cur, scoresOf(rows[si]), n);
      for (let i = 0; i < n; i++) {
        if (pred[i] === s.gold[i]) continue;
        for (const r of rows[si][i]) { bump(w.emit, u.emit, r * NL + s.gold[i], 1); bump(w.emit, u.emit, r * NL + pred[i], -1); }
      }
      for (let i = 0; i <= n; i++) {
        const gp = i ? s.gold[i - 1] : -1, gn = i < n ? s.gold[i] : -1, pp = i ? pred[i - 1] : -1, pn = i < n ? pred[i] : -1;
        if (gp === pp && gn === pn) continue;
        moveTrans(gp, gn, 1);
        moveTrans(pp, pn, -1);
      }
      c++;
    }
    if (onEpoch) onEpoch(e, averaged());
  }
  return averaged();

  function scoresOf(tokens: number[][]): Float32Array {
    const out = new Float32Array(tokens.length * NL);
    tokens.forEach((rs, i) => { for (const r of rs) for (let y = 0; y < NL; y++) out[i * NL + y] += w.emit[r * NL + y]; });
    return out;
  }
  function moveTrans(a: number, b: number, d: number): void {
    if (a < 0 && b < 0) return;
    if (a < 0) bump(w.start, u.start, b, d);
    else if (b < 0) bump(w.end, u.end, a, d);
    else bump(w.trans, u.trans, a * NL + b, d);
  }
  function averaged(): Weights {
    const avg = (a: Float32Array, acc: Float64Array): Float32Array => a.map((v, k) => v - acc[k] / c);
    return { index, emit: avg(w.emit, u.emit), trans: avg(w.trans, u.trans), start: avg(w.start, u.start), end: avg(w.end, u.end) };
  }
}

/** Sanity: every label pair the data shows must be legal (a bad conversion would show here). */
export function checkLegal(seqs: Sequence[]): number {
  let bad = 0;
  for (const s of seqs) for (let i = 0; i <= s.gold.length; i++) if (!legal(i ? s.gold[i - 1] : -1, i < s.gold.length ? s.gold[i] : -1)) bad++;
  return bad;
}
