// Features of each token as 32-bit hashes: the word, its shape and affixes, a window of two on its line,
// the lexicons, what the line looks like (static: depend on the line's text alone, so they are read once
// per line), then what the document says about the word elsewhere and what the rules decided (dynamic).
import { gazetteerTags, lexiconTag } from './gazetteer';
import type { LineRead } from './tokens';

/** FNV-1a over a string. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Murmur3's finalizer: spreads the bits of a combined value. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
/** The hash of feature template `tpl` with value hash v. */
const feat = (tpl: number, v: number): number => fmix(Math.imul(tpl + 1, 0x9e3779b1) ^ v);
/** Two value hashes as one. */
const pair = (a: number, b: number): number => fmix(Math.imul(a ^ 0x5bd1e995, 0x01000193) + b);

/** "McDonald" -> "XxXx", "1996-08-22" -> "d-d-d": character classes with repeats collapsed. */
export function shape(w: string): string {
  let out = '';
  for (const ch of w) {
    const c = ch >= 'A' && ch <= 'Z' ? 'X' : ch >= 'a' && ch <= 'z' ? 'x' : ch >= '0' && ch <= '9' ? 'd' : classOf(ch);
    if (out[out.length - 1] !== c) out += c;
  }
  return out;
}
function classOf(ch: string): string {
  return /\p{Lu}/u.test(ch) ? 'X' : /\p{L}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
}
function longShape(w: string): string {
  let out = '';
  for (const ch of w.slice(0, 6)) out += ch >= 'a' && ch <= 'z' ? 'x' : ch >= 'A' && ch <= 'Z' ? 'X' : classOf(ch);
  return out;
}

/** Value hashes of a word: w, l, s, S, p1, p2, p3, x2, x3, x4, lex (kept per distinct word). */
const WORD = { w: 0, l: 1, s: 2, S: 3, p1: 4, p2: 5, p3: 6, x2: 7, x3: 8, x4: 9, lex: 10 } as const;
let words = new Map<string, Uint32Array>();
function wordInfo(w: string): Uint32Array {
  let info = words.get(w);
  if (info) return info;
  const l = w.toLowerCase();
  info = Uint32Array.of(hash(w), hash(l), hash(shape(w)), hash(longShape(w)), hash(l.slice(0, 1)), hash(l.slice(0, 2)), hash(l.slice(0, 3)),
    hash(l.slice(-2)), hash(l.slice(-3)), hash(l.slice(-4)), hash(lexiconTag(l)));
  if (words.size > 50_000) words = new Map(); // bounded: about 16 MB a thread (200,000 words held about 64 MB: a workspace indexed)
  words.set(w, info);
  return info;
}

/** Static features per token. */
export const NS = 33;
/** The first WORD_FEATURES static features of a token depend on its word alone (the bias, then w .. x4). */
export const WORD_FEATURES = 11;
/** Dynamic features per token. */
export const ND = 7;
const BOS = hash('<s>'), EOS = hash('</s>');

/** A line's static features: NS hashes per token, plus what the dynamic ones need. */
export interface LineFeatures {
  stat: Uint32Array;
  lower: string[];
  shapeHash: Uint32Array;
  lowerHash: Uint32Array;
  kind: number;
}

export function lineFeatures(r: LineRead): LineFeatures {
  const toks = r.tokens, n = toks.length;
  const info = toks.map((t) => wordInfo(t.text));
  const lower = toks.map((t) => t.text.toLowerCase());
  const gaz = gazetteerTags(lower).map(hash);
  const kind = hash(r.shape.table ? 'T' : r.shape.caps ? 'C' : r.shape.title ? 'H' : 'P');
  const stat = new Uint32Array(n * NS);
  const get = (i: number, k: number): number => (i < 0 ? BOS : i >= n ? EOS : info[i][k]);
  const gz = (i: number): number => (i < 0 ? BOS : i >= n ? EOS : gaz[i]);
  for (let i = 0; i < n; i++) {
    const W = info[i], t = toks[i], o = i * NS;
    const vals = [
      0, W[WORD.w], W[WORD.l], W[WORD.s], W[WORD.S], W[WORD.p1], W[WORD.p2], W[WORD.p3], W[WORD.x2], W[WORD.x3], W[WORD.x4],
      get(i - 1, WORD.l), get(i - 2, WORD.l), get(i + 1, WORD.l), get(i + 2, WORD.l),
      pair(get(i - 1, WORD.l), W[WORD.l]), pair(W[WORD.l], get(i + 1, WORD.l)),
      get(i - 1, WORD.s), get(i + 1, WORD.s), pair(pair(get(i - 1, WORD.s), W[WORD.s]), get(i + 1, WORD.s)),
      W[WORD.lex], get(i - 1, WORD.lex), get(i + 1, WORD.lex), pair(W[WORD.lex], W[WORD.s]),
      gaz[i], gz(i - 1), gz(i + 1),
      kind, pair(kind, W[WORD.s]), pair(kind, W[WORD.l]), pair(t.sentStart ? 1 : 0, W[WORD.s]), Math.min(t.pos, 4),
      pair(r.shape.dateline && t.pos < 3 ? t.pos : 9, W[WORD.s]),
    ];
    for (let k = 0; k < NS; k++) stat[o + k] = feat(k, vals[k]);
  }
  return { stat, lower, shapeHash: Uint32Array.from(info.map((x) => x[WORD.s])), lowerHash: Uint32Array.from(info.map((x) => x[WORD.l])), kind };
}

/** What the document says about each lower-case word: used in lower case, capitalized mid-sentence. */
export interface DocSeen {
  lower: Set<string>;
  cap: Set<string>;
}

/** The dynamic features of a line's tokens: document memory and the rules' tags (0 = O, else a label number). */
export function dynamicFeatures(f: LineFeatures, seen: DocSeen, rule: ArrayLike<number>): Uint32Array {
  const n = f.lower.length;
  const out = new Uint32Array(n * ND);
  const rt = (i: number): number => (i < 0 ? BOS : i >= n ? EOS : rule[i] + 1);
  for (let i = 0; i < n; i++) {
    const l = f.lower[i], sh = f.shapeHash[i], ru = rule[i] + 1, o = i * ND;
    const d = (seen.lower.has(l) ? 1 : 0) + (seen.cap.has(l) ? 2 : 0);
    out[o] = feat(NS, pair(d, sh));
    out[o + 1] = feat(NS + 1, ru);
    out[o + 2] = feat(NS + 2, rt(i - 1));
    out[o + 3] = feat(NS + 3, rt(i + 1));
    out[o + 4] = feat(NS + 4, pair(ru, sh));
    out[o + 5] = feat(NS + 5, pair(ru, f.kind));
    out[o + 6] = feat(NS + 6, pair(ru, f.lowerHash[i]));
  }
  return out;
}

/** Adds a line's words to the document memory. */
export function remember(seen: DocSeen, r: LineRead, f: LineFeatures): void {
  const headline = r.shape.caps || r.shape.title;
  r.tokens.forEach((t, i) => {
    if (/^\p{Ll}/u.test(t.text)) seen.lower.add(f.lower[i]);
    else if (!headline && !t.sentStart && /^\p{Lu}\p{Ll}/u.test(t.text)) seen.cap.add(f.lower[i]);
  });
}
