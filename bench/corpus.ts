// Article-like text of any size for benchmarks: sentences from the sample and fixture articles, recombined
// with a seeded random generator and varied (names, numbers) so that no two paragraphs are the same.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paragraphs, sentences } from '../src/core/text/segment';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'ri', 'mo', 'ten', 'sal', 'vi', 'dor', 'an', 'el', 'su', 'har', 'lin', 'bo', 'zen', 'ma', 'ro', 'qui', 'sha'];

export function sentencePool(root: string): string[] {
  const files: string[] = [];
  for (const dir of ['seeds', 'test/fixtures/articles']) {
    try {
      for (const f of readdirSync(join(root, dir))) if (/\.(txt|news|md)$/.test(f) && !/readme/i.test(f)) files.push(join(root, dir, f));
    } catch { /* a folder may be missing */ }
  }
  const pool: string[] = [];
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    for (const s of sentences(text, paragraphs(text))) {
      const body = text.slice(s.start, s.end);
      if (body.length > 30) pool.push(body.replace(/\s+/g, ' '));
    }
  }
  return pool;
}

/** About `size` characters of paragraphs built from the pool, deterministic for a given seed. */
export function articleText(pool: string[], size: number, seed = 1): string {
  const rand = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const name = (): string => {
    const n = 2 + Math.floor(rand() * 2);
    let s = '';
    for (let i = 0; i < n; i++) s += pick(SYLLABLES);
    return s[0].toUpperCase() + s.slice(1);
  };
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const count = 2 + Math.floor(rand() * 4);
    const para: string[] = [];
    for (let i = 0; i < count; i++) {
      let s = pick(pool).replace(/\d+/g, () => String(Math.floor(rand() * 2000)));
      // vary one capitalized word after the first, so names and texts keep changing
      s = s.replace(/(?<=\s)\p{Lu}\p{Ll}{3,}/u, () => name());
      para.push(s);
    }
    const p = para.join(' ');
    parts.push(p);
    length += p.length + 2;
  }
  return parts.join('\n\n');
}
