// Time spent in each stage of analyze() (no cache: every run tags from scratch), median over runs.
import { performance } from 'node:perf_hooks';
import { analyzeWith } from '../src/core/analyze';
import type { Stage } from '../src/core/pipeline';
import { STAGES } from '../src/core/stages';

export function stageTimes(text: string, runs: number): Map<string, number> {
  const samples = new Map<string, number[]>(STAGES.map((s) => [s.name, []]));
  const timed = STAGES.map((s): Stage => ({
    ...s,
    run: (doc, session) => {
      const t = performance.now();
      const out = s.run(doc, session);
      samples.get(s.name)!.push(performance.now() - t);
      return out;
    },
  }));
  for (let i = 0; i < runs; i++) analyzeWith(timed, text);
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return new Map([...samples].map(([name, xs]) => [name, median(xs)]));
}
