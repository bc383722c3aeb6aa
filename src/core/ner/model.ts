// The tagger's weights and decoding: BILOU labels over PER/ORG/LOC/MISC, Viterbi with only legal moves,
// and the compact binary table the weights ship in (sorted feature hashes, label masks, int8 weights).

export const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerType = (typeof TYPES)[number];
const PARTS = ['B', 'I', 'L', 'U'] as const;
/** Label 0 is O; label 1 + 4t + k is PARTS[k] of TYPES[t]. */
export const LABELS: string[] = ['O', ...TYPES.flatMap((t) => PARTS.map((p) => `${p}-${t}`))];
export const NL = LABELS.length;

const part = (y: number): string => (y === 0 ? 'O' : PARTS[(y - 1) % 4]);
const typeOf = (y: number): number => (y === 0 ? -1 : Math.floor((y - 1) / 4));

/** Whether label b may follow label a (a = -1: sentence start; b = -1: sentence end). */
export function legal(a: number, b: number): boolean {
  return LEGAL[(a + 1) * (NL + 1) + b + 1] === 1;
}

function legalMove(a: number, b: number): boolean {
  const open = a >= 0 && (part(a) === 'B' || part(a) === 'I');
  if (b < 0) return !open;
  const cont = part(b) === 'I' || part(b) === 'L';
  return open ? cont && typeOf(a) === typeOf(b) : !cont;
}

/** legal() as a table: (a + 1) * (NL + 1) + (b + 1). */
const LEGAL = new Uint8Array((NL + 1) * (NL + 1));
for (let a = -1; a < NL; a++) for (let b = -1; b < NL; b++) LEGAL[(a + 1) * (NL + 1) + b + 1] = legalMove(a, b) ? 1 : 0;
/** For each label, the labels that may precede it. */
const FROM: number[][] = LABELS.map((_, b) => LABELS.map((__, a) => a).filter((a) => legalMove(a, b)));

export interface Weights {
  /** Feature hash -> row in `emit`. */
  index: Map<number, number>;
  /** NL weights per feature row. */
  emit: Float32Array;
  /** trans[a * NL + b]: label a then b; start[b], end[a]. */
  trans: Float32Array;
  start: Float32Array;
  end: Float32Array;
}

/**
 * The index as an open-addressing table: feature hashes are mostly above 2^30, which a Map keeps as boxed
 * numbers and hashes slowly; typed arrays look them up several times faster. Built once per weights table
 * (and again if its index grows, as while training).
 */
interface Table { size: number; mask: number; keys: Uint32Array; rows: Int32Array }
const tables = new WeakMap<Weights, Table>();
function tableOf(w: Weights): Table {
  let t = tables.get(w);
  if (t && t.size === w.index.size) return t;
  let cap = 16;
  while (cap < w.index.size * 2) cap *= 2;
  t = { size: w.index.size, mask: cap - 1, keys: new Uint32Array(cap), rows: new Int32Array(cap).fill(-1) };
  for (const [h, r] of w.index) {
    let i = Math.imul(h, 0x9e3779b1) & t.mask;
    while (t.rows[i] >= 0) i = (i + 1) & t.mask;
    t.keys[i] = h;
    t.rows[i] = r;
  }
  tables.set(w, t);
  return t;
}

/** Adds to `out` (NL per token) the weights of n tokens' features, `per` hashes per token in `feats`. */
export function addEmissions(w: Weights, feats: Uint32Array, per: number, n: number, out: Float32Array): Float32Array {
  for (let i = 0; i < n; i++) addFeatures(w, feats, i * per, (i + 1) * per, out, i * NL);
  return out;
}

/** Adds to out[o .. o + NL) the weights of the feature hashes feats[from .. to), in that order. */
export function addFeatures(w: Weights, feats: Uint32Array, from: number, to: number, out: Float32Array, o: number): void {
  const { emit } = w;
  const { mask, keys, rows } = tableOf(w);
  for (let k = from; k < to; k++) {
    const h = feats[k];
    let j = Math.imul(h, 0x9e3779b1) & mask, r = rows[j];
    while (r >= 0 && keys[j] !== h) { j = (j + 1) & mask; r = rows[j]; }
    if (r < 0) continue;
    const e = r * NL;
    for (let y = 0; y < NL; y++) out[o + y] += emit[e + y];
  }
}

/** FROM flat: the labels that may precede label y are FROM_LIST[FROM_AT[y] .. FROM_AT[y + 1]), in FROM's order. */
const FROM_AT = Int32Array.from([0, ...FROM.map((_, y) => FROM.slice(0, y + 1).reduce((k, f) => k + f.length, 0))]);
const FROM_LIST = Int32Array.from(FROM.flat());
/** Viterbi's tables, kept between calls (grown as needed): a line is decoded without allocating them. */
let best = new Float64Array(64 * NL), back = new Int32Array(64 * NL);

/** The best legal label sequence for scores of n tokens. */
export function viterbi(w: Weights, scores: Float32Array, n: number): number[] {
  if (!n) return [];
  if (best.length < n * NL) { best = new Float64Array(2 * n * NL); back = new Int32Array(2 * n * NL); }
  const { trans } = w;
  for (let y = 0; y < NL; y++) best[y] = legal(-1, y) ? w.start[y] + scores[y] : -Infinity;
  for (let i = 1; i < n; i++) {
    const p = (i - 1) * NL, o = i * NL;
    for (let y = 0; y < NL; y++) {
      let m = -Infinity, arg = 0;
      for (let f = FROM_AT[y], fe = FROM_AT[y + 1]; f < fe; f++) {
        const x = FROM_LIST[f];
        const s = best[p + x] + trans[x * NL + y];
        if (s > m) { m = s; arg = x; }
      }
      best[o + y] = m + scores[o + y];
      back[o + y] = arg;
    }
  }
  let m = -Infinity, y = 0;
  for (let x = 0; x < NL; x++) {
    if (!legal(x, -1)) continue;
    const s = best[(n - 1) * NL + x] + w.end[x];
    if (s > m) { m = s; y = x; }
  }
  const path = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    path[i] = y;
    y = back[i * NL + y];
  }
  return path;
}

/** Token spans [a, b) with their type, read from a legal label sequence. */
export function spansOf(labels: number[]): Array<{ a: number; b: number; type: NerType }> {
  const out: Array<{ a: number; b: number; type: NerType }> = [];
  let open = -1;
  labels.forEach((y, i) => {
    const p = part(y);
    if (p === 'B') open = i;
    else if (p === 'U') out.push({ a: i, b: i + 1, type: TYPES[typeOf(y)] });
    else if (p === 'L' && open >= 0) { out.push({ a: open, b: i + 1, type: TYPES[typeOf(y)] }); open = -1; }
  });
  return out;
}

/** The BILOU label of each of n tokens for spans [a, b) of a type. */
export function labelsOf(n: number, spans: Array<{ a: number; b: number; type: NerType }>): number[] {
  const y = new Array<number>(n).fill(0);
  for (const s of spans) {
    const t = 1 + 4 * TYPES.indexOf(s.type);
    if (s.b - s.a === 1) y[s.a] = t + 3;
    else for (let k = s.a; k < s.b; k++) y[k] = t + (k === s.a ? 0 : k === s.b - 1 ? 2 : 1);
  }
  return y;
}

const MAGIC = 0x52454e42; // "BNER"

/** A row's scale as one byte: 2^((code - 128) / 8), the smallest that keeps its largest weight within int8. */
function scaleCode(max: number): number {
  if (max <= 0) return 0;
  return Math.max(0, Math.min(255, Math.ceil(8 * Math.log2(max / 127)) + 128));
}
const codeScale = (code: number): number => 2 ** ((code - 128) / 8);

/** The weights as bytes: header, float32 transitions, delta-varint sorted hashes, then per feature a 17-bit label mask, a scale byte and int8 weights. */
export function encodeWeights(w: Weights): Uint8Array {
  const rows = [...w.index.entries()].sort((a, b) => a[0] - b[0]);
  const bytes: number[] = [];
  const u32 = (v: number): void => { bytes.push(v & 255, (v >>> 8) & 255, (v >>> 16) & 255, (v >>> 24) & 255); };
  const f32 = (v: number): void => u32(new Uint32Array(new Float32Array([v]).buffer)[0]);
  u32(MAGIC);
  u32(NL);
  for (const v of w.trans) f32(v);
  for (const v of w.start) f32(v);
  for (const v of w.end) f32(v);
  u32(rows.length);
  let prev = 0;
  for (const [h] of rows) {
    let d = h - prev;
    prev = h;
    while (d >= 128) { bytes.push((d & 127) | 128); d = Math.floor(d / 128); }
    bytes.push(d);
  }
  for (const [, r] of rows) {
    let mask = 0, max = 0;
    for (let y = 0; y < NL; y++) max = Math.max(max, Math.abs(w.emit[r * NL + y]));
    const code = scaleCode(max), scale = codeScale(code);
    const q: number[] = [];
    for (let y = 0; y < NL; y++) {
      const v = Math.max(-127, Math.min(127, Math.round(w.emit[r * NL + y] / scale)));
      if (v !== 0) { mask |= 1 << y; q.push(v); }
    }
    bytes.push(mask & 255, (mask >>> 8) & 255, (mask >>> 16) & 255, code);
    for (const v of q) bytes.push(v & 255);
  }
  return Uint8Array.from(bytes);
}

/** Reads encodeWeights' bytes; throws a clear message on anything else. */
export function decodeWeights(b: Uint8Array): Weights {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let at = 0;
  const u32 = (): number => { const v = dv.getUint32(at, true); at += 4; return v; };
  const f32 = (): number => { const v = dv.getFloat32(at, true); at += 4; return v; };
  if (b.byteLength < 12 || u32() !== MAGIC) throw new Error('name tagger weights: not a Byline weights table');
  if (u32() !== NL) throw new Error(`name tagger weights: expected ${NL} labels`);
  const trans = new Float32Array(NL * NL), start = new Float32Array(NL), end = new Float32Array(NL);
  for (let k = 0; k < trans.length; k++) trans[k] = f32();
  for (let k = 0; k < NL; k++) start[k] = f32();
  for (let k = 0; k < NL; k++) end[k] = f32();
  const n = u32();
  const index = new Map<number, number>();
  let h = 0;
  for (let r = 0; r < n; r++) {
    let d = 0, mul = 1, c: number;
    do { c = b[at++]; d += (c & 127) * mul; mul *= 128; } while (c & 128);
    h += d;
    index.set(h, r);
  }
  const emit = new Float32Array(n * NL);
  for (let r = 0; r < n; r++) {
    const mask = b[at] | (b[at + 1] << 8) | (b[at + 2] << 16);
    const scale = codeScale(b[at + 3]);
    at += 4;
    for (let y = 0; y < NL; y++) if (mask & (1 << y)) emit[r * NL + y] = ((b[at++] << 24) >> 24) * scale;
  }
  if (at !== b.byteLength) throw new Error('name tagger weights: the table is truncated or has trailing bytes');
  return { index, emit, trans, start, end };
}
