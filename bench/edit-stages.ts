// Time of each stage on the edit path: a 400 KB text analyzed once with a document session, then one-character
// edits re-analyzed with that session; median per stage over the edits, in CPU time of this process (user +
// system: steadier than wall time when other processes load the machine).
//   node --expose-gc --import tsx bench/edit-stages.ts [size]
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { analyzeWith } from '../src/core/analyze';
import type { Stage } from '../src/core/pipeline';
import { DocumentSession } from '../src/core/session';
import { STAGES } from '../src/core/stages';
import { articleText, sentencePool } from './corpus';

const cpu = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const size = Number(process.argv[2] ?? 400_000);
const text = articleText(sentencePool(join(__dirname, '..')), size, 7);
const samples = new Map<string, number[]>(STAGES.map((s) => [s.name, []]));
let record = false;
const timed = STAGES.map((s): Stage => ({
  ...s,
  run: (doc, session) => {
    const t = cpu();
    const out = s.run(doc, session);
    if (record) samples.get(s.name)!.push(cpu() - t);
    return out;
  },
}));
const document = new DocumentSession();
analyzeWith(timed, text, {}, document);
const totals: number[] = [], walls: number[] = [];
for (let i = 0; i < 7; i++) {
  const at = Math.floor(text.length * (0.2 + 0.1 * i));
  const edited = text.slice(0, at) + 'x' + text.slice(at);
  record = true;
  const t = cpu(), w = performance.now();
  analyzeWith(timed, edited, {}, document);
  totals.push(cpu() - t);
  walls.push(performance.now() - w);
  record = false;
  analyzeWith(timed, text, {}, document);
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`edit of ${text.length} chars: median CPU ${median(totals).toFixed(1)} ms (wall ${median(walls).toFixed(1)} ms)`);
for (const [name, xs] of samples) console.log(`  ${name.padEnd(18)} ${median(xs).toFixed(1)} ms`);
