// The one-thread analysis of the 400 KB bench text against compromise alone, by CPU time (process.cpuUsage:
// every thread of the process, GC helpers included) beside wall time: on a shared machine wall times wander
// with the load, CPU times much less. Runs alternate; medians are printed, with each stage's CPU time.
//   node --expose-gc --import tsx bench/cpu-ratio.ts [runs=5] [chars=400000]
import nlp from 'compromise';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeWith } from '../src/core/analyze';
import type { Stage } from '../src/core/pipeline';
import { STAGES } from '../src/core/stages';
import { articleText, sentencePool } from './corpus';

const runs = Number(process.argv[2] ?? 5);
const pool = sentencePool(join(__dirname, '..'));
const text = articleText(pool, Number(process.argv[3] ?? 400_000), 7);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cpuSince = (c: NodeJS.CpuUsage): number => { const d = process.cpuUsage(c); return (d.user + d.system) / 1000; };

function alone(t: string): void {
  const doc = nlp(t);
  doc.people().out('array');
  doc.places().out('array');
  doc.organizations().out('array');
}

const stageCpu = new Map<string, number[]>(STAGES.map((s) => [s.name, []]));
const timed = STAGES.map((s): Stage => ({
  ...s,
  run: (doc, session) => {
    const c = process.cpuUsage();
    const out = s.run(doc, session);
    stageCpu.get(s.name)!.push(cpuSince(c));
    return out;
  },
}));

function measure(fn: () => void): { cpu: number; wall: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const c = process.cpuUsage(), w = performance.now();
  fn();
  return { cpu: cpuSince(c), wall: performance.now() - w };
}

// both warmed alike (JIT) on a text that is not measured
const warm = articleText(pool, 100_000, 99);
analyzeWith(STAGES, warm);
alone(warm);
const theirs: Array<{ cpu: number; wall: number }> = [], ours: typeof theirs = [];
for (let i = 0; i < runs; i++) {
  if (i % 2) { ours.push(measure(() => analyzeWith(timed, text))); theirs.push(measure(() => alone(text))); }
  else { theirs.push(measure(() => alone(text))); ours.push(measure(() => analyzeWith(timed, text))); }
}
for (const k of ['cpu', 'wall'] as const) {
  const a = theirs.map((x) => x[k]), b = ours.map((x) => x[k]);
  console.log(`${k}: compromise alone ${a.map(Math.round).join(' ')} ms · Byline one thread ${b.map(Math.round).join(' ')} ms · medians ${median(a).toFixed(0)} vs ${median(b).toFixed(0)}, ratio ${(median(b) / median(a)).toFixed(2)}`);
}
console.log(`stage CPU (median ms): ${[...stageCpu].map(([n, xs]) => `${n} ${median(xs).toFixed(0)}`).join(' · ')}`);
console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
