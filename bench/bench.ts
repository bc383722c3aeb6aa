// npm run bench: speed and memory of the analysis, each beside compromise alone on the same text.
//   --json   machine-readable figures
//   --workspace-only   only the workspace index (5,000 articles; BYLINE_BENCH_ARTICLES=N for another count)
//   --host-memory-only   only the extension host's memory with a 2 MB document open (bench/host-memory-run.ts)
//   --cold-only   only the first highlights after opening the seed cold in code-server + chromium (bench/cold.ts;
//                 skipped with a message when they are not installed, or with BYLINE_BENCH_COLD=0)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { analyze } from '../src/core/analyze';
import { decodeWeights } from '../src/core/ner/model';
import { NER_WEIGHTS } from '../src/core/ner/model/weights';
import { indexAnalysis } from '../src/core/query';
import { AnalysisService } from '../src/service/analysisService';
import { cliCorpus } from './cli-corpus';
import { coldBench } from './cold';
import { articleText, sentencePool } from './corpus';
import { stageTimes } from './stages';

const root = join(__dirname, '..');
const json = process.argv.includes('--json');
const log = (s: string): void => { if (!json) console.log(s); };

function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function compromiseAlone(text: string): void {
  const doc = nlp(text);
  doc.people().out('array');
  doc.places().out('array');
  doc.organizations().out('array');
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * The workspace index in a child process (bench/workspace-run.ts): this process has the engine loaded on
 * its main thread and the caches of the runs above, which the extension host has not.
 */
function workspaceFigures(): Record<string, number> {
  return childFigures('workspace-run.ts', 'the workspace bench');
}

/**
 * The extension host's memory with the 2m document open, in a child process (bench/host-memory-run.ts):
 * this process ran compromise and the engine on its main thread, which the extension host never does.
 */
function hostMemoryFigures(): Record<string, number> {
  const figures = childFigures('host-memory-run.ts', 'the host memory bench');
  log(`extension host with the 2m document open and idle (a process of its own: the service, its workers, the index): ${figures.host_rss_after_2m_mb.toFixed(0)} MB RSS (target < 400)`);
  return figures;
}

function childFigures(script: string, what: string): Record<string, number> {
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(__dirname, script)], {
    cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', json ? 'pipe' : 'inherit'], maxBuffer: 1 << 24,
  });
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status}): ${r.stderr ?? ''}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Record<string, number>;
}

async function main(): Promise<void> {
  const figures: Record<string, number> = {};
  if (process.argv.includes('--workspace-only')) {
    Object.assign(figures, workspaceFigures());
    if (json) console.log(JSON.stringify(figures, null, 2));
    return;
  }
  if (process.argv.includes('--host-memory-only')) {
    Object.assign(figures, hostMemoryFigures());
    if (json) console.log(JSON.stringify(figures, null, 2));
    return;
  }
  if (process.argv.includes('--cold-only')) {
    Object.assign(figures, await coldBench(root, log));
    if (json) console.log(JSON.stringify(figures, null, 2));
    return;
  }
  const seed = readFileSync(join(root, 'seeds/seed-article.txt'), 'utf8');

  // 1. the seed, warm (JIT warmed, no cache: every run tags from scratch)
  for (let i = 0; i < 5; i++) { analyze(seed); compromiseAlone(seed); }
  const runs = 15;
  const ours: number[] = [], theirs: number[] = [];
  for (let i = 0; i < runs; i++) {
    ours.push(time(() => analyze(seed)));
    theirs.push(time(() => compromiseAlone(seed)));
  }
  figures.seed_ms = median(ours);
  figures.seed_compromise_ms = median(theirs);
  figures.seed_ratio = figures.seed_ms / figures.seed_compromise_ms;
  log(`seed article (${seed.length} chars), warm, median of ${runs}: Byline ${figures.seed_ms.toFixed(1)} ms · compromise alone ${figures.seed_compromise_ms.toFixed(1)} ms · ratio ${figures.seed_ratio.toFixed(2)} (target ≤ 1.5)`);

  // 1b. the name tagger's weights: decoded once per worker, before its first analysis (target ≤ 150 ms)
  {
    const t = performance.now();
    const bytes = Buffer.from(NER_WEIGHTS, 'base64');
    const w = decodeWeights(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    figures.ner_weights_load_ms = performance.now() - t;
    figures.ner_weights_kb = bytes.length / 1024;
    log(`name tagger weights: ${w.index.size} features, ${figures.ner_weights_kb.toFixed(0)} KB, decoded in ${figures.ner_weights_load_ms.toFixed(1)} ms (target ≤ 150)`);
  }

  // 2. large article-like texts: full analysis (one thread, and through the extension's service with its
  //    tagging helper thread) against compromise alone on the same text
  const pool = sentencePool(root);
  // 1c. each stage on a 100k article (the one-thread path, no cache), median of 5
  {
    const times = stageTimes(articleText(pool, 100_000, 5), 5);
    for (const [name, ms] of times) figures[`stage_${name.replace('.', '_')}_ms`] = ms;
    log(`stages on a 100k article, median of 5: ${[...times].map(([name, ms]) => `${name} ${ms.toFixed(1)}`).join(' · ')} ms`);
  }
  const texts: Record<string, string> = { '400k': articleText(pool, 400_000, 7), '2m': articleText(pool, 2_000_000, 11) };
  // both paths warmed alike (JIT) on a text that is not measured
  const warm = articleText(pool, 100_000, 99);
  analyze(warm);
  const service = new AnalysisService(join(root, 'dist/worker.js'));
  await service.analyze('warm-up', warm);
  // the 400k text three times, interleaved, medians reported (this machine's timings wander); 2m once
  const rounds: Record<string, number> = { '400k': 3, '2m': 1 };
  for (const [label, text] of Object.entries(texts)) {
    const alones: number[] = [], singles: number[] = [], services: number[] = [], delays: number[] = [];
    let a = undefined as unknown as Awaited<ReturnType<typeof service.analyze>>;
    for (let r = 0; r < rounds[label]; r++) {
      gc();
      alones.push(time(() => compromiseAlone(text)));
      gc();
      singles.push(time(() => analyze(text)));
      gc();
      // the event loop of this (host) thread while the service works
      const h = monitorEventLoopDelay({ resolution: 5 });
      const ticker = setInterval(() => undefined, 1);
      h.enable();
      const t = performance.now();
      a = await service.analyze(`bench-${label}-${r}`, text);
      services.push(performance.now() - t);
      h.disable();
      clearInterval(ticker);
      delays.push(h.max / 1e6);
    }
    const alone = median(alones), single = median(singles), viaService = median(services);
    figures[`full_${label}_compromise_ms`] = alone;
    figures[`full_${label}_single_thread_ms`] = single;
    figures[`full_${label}_service_ms`] = viaService;
    figures[`full_${label}_ratio`] = viaService / alone;
    figures[`full_${label}_single_thread_ratio`] = single / alone;
    figures[`event_loop_max_delay_${label}_ms`] = Math.max(...delays);
    // what the extension then does on the host thread with the result: index it for the views
    figures[`host_index_${label}_ms`] = time(() => indexAnalysis(a));
    log(`${label} text (${text.length} chars, ${a.mentions.length} mentions${rounds[label] > 1 ? `, median of ${rounds[label]}` : ''}): compromise alone ${(alone / 1000).toFixed(2)} s · Byline through the service ${(viaService / 1000).toFixed(2)} s, ratio ${(viaService / alone).toFixed(2)} (target ≤ 1.0) · Byline on one thread ${(single / 1000).toFixed(2)} s, ratio ${(single / alone).toFixed(2)} · host event-loop delay max ${Math.max(...delays).toFixed(1)} ms (target ≤ 50), then indexing on the host ${figures[`host_index_${label}_ms`].toFixed(1)} ms`);
  }
  service.dispose();
  Object.assign(figures, hostMemoryFigures());

  // 3. re-analysis after a one-character edit in the 400 KB text (the per-document cache is warm)
  {
    const text = texts['400k'];
    analyze(text, { cacheKey: 'bench-edit' });
    const full = figures['full_400k_single_thread_ms'];
    const edits: number[] = [];
    for (let i = 0; i < 3; i++) {
      const at = Math.floor(text.length * (0.3 + 0.2 * i));
      const edited = text.slice(0, at) + 'x' + text.slice(at);
      edits.push(time(() => analyze(edited, { cacheKey: 'bench-edit' })));
      analyze(text, { cacheKey: 'bench-edit' });
    }
    figures.edit_400k_ms = median(edits);
    figures.edit_ratio = figures.edit_400k_ms / full;
    log(`one-character edit in the 400k text: ${figures.edit_400k_ms.toFixed(0)} ms · ${(100 * figures.edit_ratio).toFixed(1)}% of a full analysis (target ≤ 10%)`);
  }

  // 4. heap across 1,000 edits of one document (a 20 KB article, cache on)
  {
    let text = articleText(pool, 20_000, 3);
    const heap: number[] = [];
    const rand = (n: number): number => Math.floor(Math.random() * n);
    analyze(text, { cacheKey: 'bench-heap' });
    for (let i = 1; i <= 1000; i++) {
      const at = rand(text.length);
      text = i % 2 ? text.slice(0, at) + 'e' + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
      analyze(text, { cacheKey: 'bench-heap' });
      if (i === 100 || i === 500 || i === 1000) {
        gc();
        heap.push(process.memoryUsage().heapUsed / 1e6);
      }
    }
    figures.heap_after_100_edits_mb = heap[0];
    figures.heap_after_500_edits_mb = heap[1];
    figures.heap_after_1000_edits_mb = heap[2];
    figures.heap_growth_100_to_1000_mb = heap[2] - heap[0];
    log(`heap across edits of a 20 KB article: ${heap.map((h) => h.toFixed(1)).join(' → ')} MB after 100 → 500 → 1,000 edits (growth ${figures.heap_growth_100_to_1000_mb.toFixed(1)} MB; target flat)`);
  }

  // 5. a folder of real articles through the CLI (whole processes), when the data is here
  Object.assign(figures, cliCorpus(root, log));

  // 6. the workspace index over thousands of articles, through the extension's service
  Object.assign(figures, workspaceFigures());

  // 7. first highlights after opening the seed cold in the real workbench, beside a trivial extension
  if (process.env.BYLINE_BENCH_COLD === '0') log('first highlights cold: skipped (BYLINE_BENCH_COLD=0)');
  else Object.assign(figures, await coldBench(root, log));

  if (json) console.log(JSON.stringify(figures, null, 2));
}

main().catch((e) => {
  console.error(`bench failed: ${(e as Error).stack ?? e}`);
  process.exitCode = 1;
});
