// Identity check of the workspace merge: a set of summaries indexed as the editor does (arriving in batches,
// merged between them, some articles changed and deleted on the way) gives the same merged index (actors,
// their keys, aliases and refs, each article's actors, claims by speaker, events by date, lookups) before and
// after a change. Everything is written OUTSIDE the repo (the summaries come from the shared data).
//   node --import tsx bench/workspace-check.ts --write [--dir /tmp/byline-ws-check]   record the current index
//   node --import tsx bench/workspace-check.ts [--dir /tmp/byline-ws-check]           compare; exit 1 on a difference
//   BYLINE_BENCH_ARTICLES=N   articles (default 3,000, the real ones cycled as in the bench)
//   node --expose-gc --max-semi-space-size=512 ...   also tells what the merges allocate
// The summaries are made once (dist/worker.js: npm run build first) and kept in the dir for later runs.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { WorkspaceIndex } from '../src/core/workspace/merge';
import type { ArticleSummary } from '../src/core/workspace/summary';
import { AnalysisService } from '../src/service/analysisService';
import { articleText, sentencePool } from './corpus';

const root = join(__dirname, '..');
const args = process.argv.slice(2);
const write = args.includes('--write');
const dir = args.includes('--dir') ? args[args.indexOf('--dir') + 1] : '/tmp/byline-ws-check';
const n = Number(process.env.BYLINE_BENCH_ARTICLES || 3000);

async function distinctSummaries(): Promise<string[]> {
  const file = join(dir, 'summaries.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as string[];
  const texts = join(root, '..', 'shared', 'data', 'polnear', 'train', 'text');
  const corpus = existsSync(texts)
    ? readdirSync(texts).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(texts, f), 'utf8'))
    : Array.from({ length: 300 }, (_, i) => articleText(sentencePool(root), 2500 + (i % 7) * 600, 1000 + i));
  const service = new AnalysisService(join(root, 'dist/worker.js'));
  const out = await Promise.all(corpus.map(async (t, i) => JSON.stringify(await service.summarize(t, i % 3 ? {} : { date: '2024-05-06' }))));
  service.dispose();
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, JSON.stringify(out));
  return out;
}

/** The merged index as plain data: every query the views and commands make. */
function dump(ix: WorkspaceIndex): unknown {
  const actors = ix.actors();
  const id = new Map(actors.map((a, k) => [a, k]));
  const claimIndex = (article: string, c: unknown) => ix.summary(article)!.claims.indexOf(c as never);
  const eventIndex = (article: string, e: unknown) => ix.summary(article)!.events.indexOf(e as never);
  return {
    actors: actors.map((a) => ({ ...a, refs: a.refs.map((r) => [r.article, r.actor, r.summary === ix.summary(r.article)]) })),
    of: ix.articles().map((article) => [article, ix.summary(article)!.actors.map((_, k) => id.get(ix.actorOf(article, k)!) ?? -1)]),
    claims: ix.claimsBySpeaker().map((g) => [g.speaker ? id.get(g.speaker) : null, g.claims.map((c) => [c.article, claimIndex(c.article, c.item)])]),
    events: ix.eventsByDate().map((g) => [g.date, g.events.map((e) => [e.article, eventIndex(e.article, e.item), e.fromArticle])]),
    mentions: actors.slice(0, 50).map((a) => ix.mentionsOf(a)),
    lookups: actors.slice(0, 200).map((a) => id.get(ix.lookup(a.refs[0].article, a.name, a.type)!)),
    search: ['a', 'jo', 'min', 'united'].map((q) => ix.search(q).slice(0, 100).map((a) => id.get(a))),
  };
}

const hash = (x: unknown): string => createHash('sha256').update(JSON.stringify(x)).digest('hex').slice(0, 16);

/** A random generator of our own (the same sequence every run). */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

async function main(): Promise<void> {
  const pool = await distinctSummaries();
  const get = (i: number): ArticleSummary => JSON.parse(pool[i % pool.length]) as ArticleSummary;
  const rand = random(7);
  const ix = new WorkspaceIndex();
  ix.autoMerge = false;
  const hashes: string[] = [];
  // what the merges allocate (node --expose-gc --max-semi-space-size=512: no collection within a merge)
  const gc = (globalThis as { gc?: () => void }).gc;
  /** Heap allocated by the merges after additions only, and by those after a change too. */
  const allocated = { added: 0, changed: 0 };
  const windows: Array<[number, number]> = [], collections: number[] = [];
  const seen = new PerformanceObserver((list) => { for (const e of list.getEntries()) collections.push(e.startTime); });
  seen.observe({ entryTypes: ['gc'] });
  const mergeNow = async (k: number, changed: boolean): Promise<void> => {
    if (k % 2) {
      gc?.();
      const h = process.memoryUsage().heapUsed, t = performance.now();
      ix.merge();
      allocated[changed ? 'changed' : 'added'] += process.memoryUsage().heapUsed - h;
      windows.push([t, performance.now()]);
    } else await ix.mergeAsync(() => new Promise((r) => setImmediate(r)), 1);
    hashes.push(hash(dump(ix)));
  };
  let i = 0, merges = 0;
  while (i < n) {
    // a batch arrives, as between two refreshes while indexing
    const batch = 1 + Math.floor(rand() * (i < 200 ? 20 : 400));
    for (let b = 0; b < batch && i < n; b++, i++) ix.set(`file:///ws/${i}.txt`, get(i));
    // now and then an article changes (its summary replaced) or goes
    let changed = false;
    if (rand() < 0.15 && i > 10) {
      const f = `file:///ws/${Math.floor(rand() * i)}.txt`;
      changed = ix.has(f);
      ix.set(f, get(Math.floor(rand() * pool.length)));
    }
    if (rand() < 0.1 && i > 10) changed = ix.delete(`file:///ws/${Math.floor(rand() * i)}.txt`) || changed;
    await mergeNow(merges++, changed);
  }
  // a fresh index of the same articles at once
  const fresh = new WorkspaceIndex();
  for (const a of ix.articles()) fresh.set(a, JSON.parse(JSON.stringify(ix.summary(a))) as ArticleSummary);
  await new Promise((r) => setTimeout(r, 100));
  seen.disconnect();
  const within = collections.filter((c) => windows.some(([a, b]) => c >= a && c <= b)).length;
  if (gc) console.log(`the ${windows.length} merges in one go allocated ${((allocated.added + allocated.changed) / 1e6).toFixed(1)} MB of heap, ${(allocated.added / 1e6).toFixed(1)} MB of it those after additions only (${within} collections within them)`);
  const result = { articles: ix.articleCount, actors: ix.actors().length, merges, final: hash(dump(ix)), fresh: hash(dump(fresh)), hashes };
  const file = join(dir, 'index.json');
  if (write) {
    writeFileSync(file, JSON.stringify(result, null, 1));
    console.log(`written: ${result.articles} articles, ${result.actors} actors, ${merges} merges -> ${file}`);
    return;
  }
  const before = JSON.parse(readFileSync(file, 'utf8')) as typeof result;
  const first = before.hashes.findIndex((h, k) => h !== result.hashes[k]);
  const same = first < 0 && before.hashes.length === result.hashes.length && before.final === result.final && before.fresh === result.fresh;
  console.log(`${result.articles} articles, ${result.actors} actors, ${merges} merges: ${same ? 'all identical' : `DIFFERENT (first at merge ${first}; final ${before.final === result.final ? 'same' : 'differs'}, fresh ${before.fresh === result.fresh ? 'same' : 'differs'})`}`);
  if (!same) process.exitCode = 1;
}

main().catch((e) => {
  console.error((e as Error).stack ?? e);
  process.exitCode = 1;
});
