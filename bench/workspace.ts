// The workspace index at scale: N articles (default 5,000; BYLINE_BENCH_ARTICLES) summarized through the
// extension's analysis service at background priority and merged into one WorkspaceIndex, as the editor
// does (the same lanes, minus VS Code's file API). Reports the wall time against the 5-minute target, the
// process RSS at its peak (host and worker threads: the extension host's share), the host thread's worst
// event-loop delay while indexing, the merged index's rebuild time and its size; and, the summaries being
// made in the indexer process as in the extension, that process's peak RSS.
// Articles: the real PolNeAR train texts (../shared/data/polnear/train/text, read at bench time, cycled to
// N) when present, otherwise generated ones.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { WorkspaceIndex } from '../src/core/workspace/merge';
import { AnalysisService } from '../src/service/analysisService';
import { articleText, sentencePool } from './corpus';

/** As the editor's indexer (src/vscode/workspace/indexer.ts): articles in flight, and merges kept to a quarter of the time. */
const LANES = 4;
const MERGE_DUTY = 4;

function articles(root: string): { source: string; get(i: number): string } {
  const dir = process.env.BYLINE_CORPUS ?? join(root, '..', 'shared', 'data', 'polnear', 'train', 'text');
  if (existsSync(dir)) {
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
    if (files.length) return { source: `${files.length} real articles of ${dir}, cycled`, get: (i) => readFileSync(files[i % files.length], 'utf8') };
  }
  const pool = sentencePool(root);
  return { source: 'generated articles (the real corpus is absent)', get: (i) => articleText(pool, 2500 + (i % 7) * 600, 1000 + i) };
}

export async function workspaceBench(root: string, log: (s: string) => void, gc: () => void): Promise<Record<string, number>> {
  const n = Number(process.env.BYLINE_BENCH_ARTICLES || 5000);
  const corpus = articles(root);
  // as the extension runs it: documents on this process's worker, background summaries in the indexer process
  // (BYLINE_BENCH_INDEXER=0: in this process's workers, as before)
  const apart = process.env.BYLINE_BENCH_INDEXER !== '0';
  const service = new AnalysisService(join(root, 'dist/worker.js'), apart ? { indexer: join(root, 'dist/indexer.js') } : {});
  const index = new WorkspaceIndex();
  index.autoMerge = false; // as in the editor: merged in slices about once a second
  // the open article's worker (the editor's) and the index's start are not the index's
  await service.analyze('open', corpus.get(0));
  await service.summarize(corpus.get(0));
  gc();
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  let indexerPeak = 0;
  let indexerCpu = 0;
  const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 250);
  const indexerSampler = setInterval(() => void service.indexerStats().then((m) => {
    indexerPeak = Math.max(indexerPeak, m?.rss ?? 0);
    indexerCpu = Math.max(indexerCpu, m?.cpu ?? 0);
  }), 1000);
  // where the memory is: the host thread's heap and each worker's (its isolate's heap, used and total)
  const heaps = { host: 0, analysis: 0, tagger: 0, analysisUsed: 0, taggerUsed: 0 };
  const heapSampler = setInterval(() => {
    heaps.host = Math.max(heaps.host, process.memoryUsage().heapTotal);
    void service.workerStats().then((w) => {
      heaps.analysis = Math.max(heaps.analysis, w.analysis?.heapTotal ?? 0);
      heaps.tagger = Math.max(heaps.tagger, w.tagger?.heapTotal ?? 0);
      heaps.analysisUsed = Math.max(heaps.analysisUsed, w.analysis?.heapUsed ?? 0);
      heaps.taggerUsed = Math.max(heaps.taggerUsed, w.tagger?.heapUsed ?? 0);
    });
  }, 1000);
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const t = performance.now();
  const cpu0 = process.cpuUsage();
  let next = 0;
  /** The longest piece of our own work on the host thread (adding a summary, one merge slice). */
  let longest = 0;
  let sliceStart = performance.now();
  const lane = async (): Promise<void> => {
    while (next < n) {
      const i = next++;
      const summary = await service.summarize(corpus.get(i));
      const s0 = performance.now();
      index.set(`file:///bench/${i}.txt`, summary);
      longest = Math.max(longest, performance.now() - s0);
    }
  };
  const pause = () => {
    longest = Math.max(longest, performance.now() - sliceStart);
    return new Promise<void>((r) => setImmediate(() => { sliceStart = performance.now(); r(); }));
  };
  let merges = 0, lastStart = 0, lastMs = 0;
  const merger = setInterval(() => {
    if (merges || performance.now() - lastStart < Math.max(1000, MERGE_DUTY * lastMs)) return;
    merges++;
    sliceStart = lastStart = performance.now();
    void index.mergeAsync(pause).finally(() => { merges--; lastMs = performance.now() - lastStart; });
  }, 250);
  await Promise.all(Array.from({ length: LANES }, lane));
  clearInterval(merger);
  const wall = (performance.now() - t) / 1000;
  const last = await service.indexerStats();
  indexerCpu = Math.max(indexerCpu, last?.cpu ?? 0);
  const cpu = process.cpuUsage(cpu0);
  delay.disable();
  clearInterval(sampler);
  clearInterval(heapSampler);
  clearInterval(indexerSampler);
  service.dispose();
  const r = performance.now();
  index.merge();
  const rebuild = performance.now() - r;
  const merged = index.actors().length;
  const bytes = index.articles().reduce((s, a) => s + JSON.stringify(index.summary(a)).length, 0);
  gc();
  const heapWith = process.memoryUsage().heapUsed;
  index.clear();
  index.merge();
  gc();
  const heapIndex = (heapWith - process.memoryUsage().heapUsed) / 1e6;
  const figures = {
    workspace_articles: n,
    workspace_index_s: wall,
    workspace_articles_per_s: n / wall,
    workspace_projected_5000_s: (5000 / n) * wall,
    // this process's CPU, and the indexer process's (all of it: its start and the warm-up article included)
    workspace_cpu_s_per_article: ((cpu.user + cpu.system) / 1e6 + indexerCpu) / n,
    workspace_peak_rss_mb: peak / 1e6,
    workspace_rss_growth_mb: (peak - rssBefore) / 1e6,
    workspace_rss_before_mb: rssBefore / 1e6,
    workspace_indexer_process: apart ? 1 : 0,
    workspace_peak_indexer_rss_mb: indexerPeak / 1e6,
    workspace_index_heap_mb: heapIndex,
    workspace_peak_host_heap_total_mb: heaps.host / 1e6,
    workspace_peak_analysis_worker_heap_total_mb: heaps.analysis / 1e6,
    workspace_peak_tagging_worker_heap_total_mb: heaps.tagger / 1e6,
    workspace_peak_analysis_worker_heap_used_mb: heaps.analysisUsed / 1e6,
    workspace_peak_tagging_worker_heap_used_mb: heaps.taggerUsed / 1e6,
    workspace_event_loop_max_delay_ms: delay.max / 1e6,
    workspace_longest_host_task_ms: longest,
    workspace_merge_ms: rebuild,
    workspace_actors: merged,
    workspace_summary_kb_per_article: bytes / 1024 / n,
  };
  log(`workspace index: ${n} articles (${corpus.source}) in ${wall.toFixed(1)} s (${figures.workspace_articles_per_s.toFixed(1)}/s; 5,000 → ${figures.workspace_projected_5000_s.toFixed(0)} s, target ≤ 300;`
    + ` CPU ${(1000 * figures.workspace_cpu_s_per_article).toFixed(0)} ms an article, all threads${apart ? ' of both processes' : ''}; load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores)`
    + ` · peak RSS ${figures.workspace_peak_rss_mb.toFixed(0)} MB (from ${figures.workspace_rss_before_mb.toFixed(0)} MB with the worker started; target ≤ 400), the index itself ${heapIndex.toFixed(1)} MB of heap`
    + (apart ? ` · the indexer process apart: peak RSS ${figures.workspace_peak_indexer_rss_mb.toFixed(0)} MB` : ' · summaries in this process\'s workers')
    + ` (peak heaps, total: host ${figures.workspace_peak_host_heap_total_mb.toFixed(0)} MB, analysis worker ${figures.workspace_peak_analysis_worker_heap_total_mb.toFixed(0)} MB, tagging worker ${figures.workspace_peak_tagging_worker_heap_total_mb.toFixed(0)} MB)`
    + ` · host event-loop delay max ${figures.workspace_event_loop_max_delay_ms.toFixed(1)} ms (target ≤ 50; the machine's load counts), our longest task on it ${longest.toFixed(1)} ms`
    + ` · ${merged} actors merged in ${rebuild.toFixed(0)} ms (in 8 ms slices while indexing) · ${figures.workspace_summary_kb_per_article.toFixed(1)} KB of summary per article`);
  return figures;
}
