// The sliding window of recent actor mentions (coref/match Window): kept up to date as mentions are read,
// it must equal a fresh scan of them back from the end, for every sentence asked about.
import * as assert from 'node:assert/strict';
import type { Cluster } from '../../src/core/actors/cluster';
import { Window, type Recent } from '../../src/core/coref/match';

/** The window as a scan from the end: the last `entries` mentions, up to the first more than `sentences` back. */
function scan(recent: Recent, s: number, sentences: number, entries: number): Map<Cluster, { last: number; count: number; k: number }> {
  const out = new Map<Cluster, { last: number; count: number; k: number }>();
  for (let k = recent.length - 1; k >= 0 && recent.length - k <= entries; k--) {
    const x = recent[k];
    if (s - x.sentence > sentences) break;
    const seen = out.get(x.c);
    if (seen) seen.count++;
    else out.set(x.c, { last: x.at, count: 1, k });
  }
  return out;
}

const sorted = (m: ReadonlyMap<Cluster, unknown>): Array<[string, unknown]> => [...m].map(([c, v]): [string, unknown] => [c.id!, { ...(v as object) }]).sort((a, b) => a[0].localeCompare(b[0]));

/** A small deterministic generator (no Math.random: a failure must replay). */
function lcg(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('coref window', () => {
  const actors = Array.from({ length: 9 }, (_, i) => ({ id: `a${i}`, type: 'person' }) as unknown as Cluster);

  it('equals a fresh scan as mentions are read, also out of sentence order and when asked about an earlier sentence', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const rnd = lcg(seed);
      const recent: Recent = [];
      const w = new Window(recent, 3, 12);
      let sentence = 0, at = 0;
      for (let step = 0; step < 300; step++) {
        if (rnd() < 0.3) sentence += 1 + Math.floor(rnd() * 2);
        // now and then a mention filed under an earlier sentence (one found at no word start)
        const filed = rnd() < 0.05 ? Math.floor(rnd() * sentence) : sentence;
        at += Math.floor(rnd() * 3);
        recent.push({ at, c: actors[Math.floor(rnd() * actors.length)], sentence: filed });
        if (rnd() < 0.5) {
          const s = rnd() < 0.05 ? Math.max(0, sentence - 2) : sentence;
          assert.deepEqual(sorted(w.at(s)), sorted(scan(recent, s, 3, 12)), `seed ${seed}, step ${step}`);
        }
      }
    }
  });

  it('drops an actor once its last mention leaves the window', () => {
    const [mira, tomas] = actors;
    const recent: Recent = [{ at: 0, c: mira, sentence: 0 }, { at: 5, c: tomas, sentence: 1 }];
    const w = new Window(recent, 1, 10);
    assert.deepEqual([...w.at(1).keys()].sort(), [mira, tomas].sort());
    recent.push({ at: 9, c: tomas, sentence: 2 });
    assert.deepEqual([...w.at(2).entries()], [[tomas, { last: 9, count: 2, k: 2 }]]);
  });
});
