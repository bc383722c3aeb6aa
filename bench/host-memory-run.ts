// The extension host's memory with a 2 MB document open, in a process of its own (run by bench.ts): its
// main thread loads what the extension host loads (the analysis service and the query index, not the
// engine), the service's workers analyze the document (the tagging helper with it, as for any large
// document), and the host keeps what src/vscode keeps per document (store.ts: the text and the analysis it
// read, the index built on it; the highlights' spans are computed and handed on, as decorations.ts does).
// Then the host is left idle as a reader would leave it, and the figures are taken after a full collection
// of the host thread: process RSS (host and worker threads), the host's heap and each worker's heap.
//   BYLINE_BENCH_IDLE_S  seconds idle before the figures (default 40: the idle trim comes at 20 s, and V8 gives
//                       the freed pages back to the system over the following seconds)
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { indexAnalysis } from '../src/core/query';
import type { Analysis, Span } from '../src/core/types';
import { AnalysisService, type WorkerStats } from '../src/service/analysisService';
import { articleText, sentencePool } from './corpus';

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
const mb = (n: number | undefined): number => (n ?? 0) / 1e6;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** What the highlights draw (decorations.ts spansByKind): computed, handed to the editor, not kept. */
function highlightSpans(a: Analysis): number {
  const spans: Span[] = [];
  for (const m of a.mentions) if (m.type === 'person' || m.type === 'organization' || m.type === 'place' || m.type === 'date') spans.push({ start: m.start, end: m.end });
  for (const e of a.events) spans.push({ start: e.trigger.start, end: e.trigger.end });
  for (const c of a.claims) spans.push({ start: c.start, end: c.end });
  return spans.length;
}

async function snapshot(service: AnalysisService, label: string): Promise<Record<string, number>> {
  gc();
  const workers = await service.workerStats();
  const usage = process.memoryUsage();
  const w = (s: WorkerStats | undefined, name: string): Record<string, number> => ({
    [`${label}_${name}_heap_mb`]: mb(s?.heapUsed),
    [`${label}_${name}_heap_total_mb`]: mb(s?.heapTotal),
  });
  return {
    [`${label}_rss_mb`]: mb(usage.rss),
    [`${label}_host_heap_mb`]: mb(usage.heapUsed),
    [`${label}_host_external_mb`]: mb(usage.external + usage.arrayBuffers),
    [`${label}_threads`]: service.threads,
    ...w(workers.analysis, 'analysis_worker'),
    ...w(workers.tagger, 'tagging_worker'),
  };
}

async function main(): Promise<void> {
  const root = join(__dirname, '..');
  const idle = Number(process.env.BYLINE_BENCH_IDLE_S ?? 40) * 1000;
  const text = articleText(sentencePool(root), 2_000_000, 11);
  const service = new AnalysisService(join(root, 'dist/worker.js'));
  service.start();
  const t = performance.now();
  const analysis = await service.analyze('file:///bench/2m.txt', text, { source: '2m.txt' });
  const ms = performance.now() - t;
  // what store.ts keeps for the open document
  const kept = { raw: { text, analysis }, index: indexAnalysis(analysis) };
  const drawn = highlightSpans(kept.index.analysis);
  const figures: Record<string, number> = { host_2m_analysis_ms: ms, host_2m_highlights: drawn, host_2m_mentions: analysis.mentions.length };
  Object.assign(figures, await snapshot(service, 'host_2m_done'));
  await sleep(idle);
  Object.assign(figures, await snapshot(service, 'host_2m_idle'));
  figures.host_rss_after_2m_mb = figures.host_2m_idle_rss_mb;
  const f = (k: string): string => figures[k].toFixed(0);
  for (const when of ['done', 'idle'] as const) {
    const p = `host_2m_${when}`;
    process.stderr.write(`2 MB document open, ${when === 'done' ? 'just analyzed' : `idle ${idle / 1000} s`}: RSS ${f(`${p}_rss_mb`)} MB (${figures[`${p}_threads`]} worker threads) · host heap ${f(`${p}_host_heap_mb`)} MB`
      + ` · analysis worker heap ${f(`${p}_analysis_worker_heap_mb`)} MB used of ${f(`${p}_analysis_worker_heap_total_mb`)}`
      + ` · tagging worker ${f(`${p}_tagging_worker_heap_mb`)} of ${f(`${p}_tagging_worker_heap_total_mb`)} MB\n`);
  }
  // the document stays open until the figures are taken
  if (!kept.raw.text) throw new Error('unreachable');
  service.dispose();
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((e) => {
  console.error(`host memory bench failed: ${(e as Error).stack ?? e}`);
  process.exitCode = 1;
});
