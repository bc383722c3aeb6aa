import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { analyze } from '../../src/core/analyze';
import { AnalysisService, CancelledError, HELPER_MIN_CHARS } from '../../src/service/analysisService';
import { codeCacheFile } from '../../src/service/codeCache';

const ARTICLE = 'MOSCOW – Russian Defense Minister Sergei Shoigu met Iranian officials in Moscow on Tuesday.';

describe('AnalysisService', function () {
  this.timeout(60000);
  let workerPath = '';

  let indexerPath = '';

  before(async () => {
    const out = mkdtempSync(join(tmpdir(), 'byline-worker-'));
    workerPath = join(out, 'worker.js');
    indexerPath = join(out, 'indexer.js');
    await build({ entryPoints: { worker: 'src/service/worker.ts', indexer: 'src/service/indexer.ts' }, bundle: true, platform: 'node', format: 'cjs', outdir: out, logLevel: 'silent' });
  });

  it('analyzes in a worker thread', async () => {
    const service = new AnalysisService(workerPath);
    try {
      const a = await service.analyze('doc', ARTICLE, { source: 'x.txt' });
      assert.equal(a.source, 'x.txt');
      assert.ok(a.mentions.some((m) => m.text === 'Moscow'));
    } finally {
      service.dispose();
    }
  });

  it('gives what analyze() gives, in the same shape, whether the result comes whole (small) or in parts (large)', async () => {
    const service = new AnalysisService(workerPath, { parallel: false });
    try {
      const long = Array.from({ length: 300 }, (_, i) => `${ARTICLE} Anna Nowak ${i} of Warsaw said "we will see" on Monday.`).join('\n\n');
      for (const text of [ARTICLE, long]) {
        // the service's shape: the head's fields first, then the lists
        const { mentions, actors, events, claims, ...head } = analyze(text, { source: 'x.txt' });
        const here = { ...head, mentions, actors, events, claims };
        assert.equal(JSON.stringify(await service.analyze(String(text.length), text, { source: 'x.txt' })), JSON.stringify(here), `${text.length} characters`);
      }
    } finally {
      service.dispose();
    }
  });

  it('cancels an older request for the same document, even mid-analysis', async () => {
    const service = new AnalysisService(workerPath);
    try {
      const big = Array.from({ length: 3000 }, (_, i) => `Paragraph ${i}: the minister met officials in Moscow on day ${i}.`).join('\n\n');
      const first = service.analyze('doc', big);
      const started = Date.now();
      const second = service.analyze('doc', ARTICLE);
      await assert.rejects(first, (e: unknown) => e instanceof CancelledError);
      const a = await second;
      assert.ok(a.mentions.length > 0);
      // the worker gave up the big text between pieces instead of finishing it
      assert.ok(Date.now() - started < 20000);
    } finally {
      service.dispose();
    }
  });

  it('keeps requests for different documents apart', async () => {
    const service = new AnalysisService(workerPath);
    try {
      const [a, b] = await Promise.all([service.analyze('a', ARTICLE, { source: 'a' }), service.analyze('b', 'Nothing here.', { source: 'b' })]);
      assert.equal(a.source, 'a');
      assert.equal(b.source, 'b');
      service.forget('a');
      assert.equal((await service.analyze('a', ARTICLE, { source: 'again' })).source, 'again');
    } finally {
      service.dispose();
    }
  });

  it('gives the same analysis with a second tagging thread as without', async () => {
    const text = Array.from({ length: 160 }, (_, i) =>
      `PARIS – President Anne Roche met Chancellor Karl Weber of Germany on Tuesday, talk ${i}. “We agree on point ${i},” Roche said.`).join('\n\n');
    const together = new AnalysisService(workerPath, { parallel: true });
    const alone = new AnalysisService(workerPath, { parallel: false });
    try {
      const [a, b] = await Promise.all([together.analyze('doc', text), alone.analyze('doc', text)]);
      assert.equal(together.threads, 2);
      assert.equal(alone.threads, 1);
      assert.ok(a.mentions.length > 200 && a.claims.length > 100);
      assert.deepEqual(a, b);
      // and again, now partly from the per-document cache
      const edited = text.replace('talk 60', 'talk sixty');
      assert.deepEqual(await together.analyze('doc', edited), await alone.analyze('doc', edited));
    } finally {
      together.dispose();
      alone.dispose();
    }
  });

  it('boots one thread for an ordinary article, the tagging helper only with the first large document', async () => {
    const service = new AnalysisService(workerPath, { parallel: true });
    try {
      assert.equal(service.threads, 0);
      service.start();
      assert.equal(service.threads, 1, 'start() boots the analysis worker before any request');
      assert.ok((await service.analyze('small', ARTICLE)).mentions.length > 0);
      assert.equal(service.threads, 1, 'an ordinary article needs no helper');
      const big = Array.from({ length: Math.ceil(HELPER_MIN_CHARS / ARTICLE.length) + 1 }, (_, i) => `${ARTICLE} Day ${i}.`).join('\n\n');
      assert.ok(big.length >= HELPER_MIN_CHARS);
      const a = await service.analyze('big', big);
      assert.equal(service.threads, 2);
      assert.ok(a.mentions.some((m) => m.text === 'Sergei Shoigu'));
      assert.ok((await service.analyze('small', `${ARTICLE} Again.`)).mentions.length > 0, 'the worker still answers after its helper came');
    } finally {
      service.dispose();
    }
  });

  it('keeps V8\'s code cache of the worker after its first analysis, starts from it, and ignores a bad one', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'byline-code-cache-')), 'code-cache');
    const file = codeCacheFile(workerPath, dir)!;
    const first = new AnalysisService(workerPath, { codeCacheDir: dir, parallel: false });
    let expected;
    try {
      expected = await first.analyze('doc', ARTICLE, { source: 'x.txt' });
      const deadline = Date.now() + 20000;
      while (!existsSync(file) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      assert.ok(existsSync(file), 'the cache is written a while after the first analysis');
      assert.deepEqual(readdirSync(dir), [file.split(/[\\/]/).pop()], 'one file, no temporary left');
    } finally {
      first.dispose();
    }
    for (const label of ['from the cache', 'from a corrupt cache']) {
      const again = new AnalysisService(workerPath, { codeCacheDir: dir, parallel: false });
      try {
        assert.deepEqual(await again.analyze('doc', ARTICLE, { source: 'x.txt' }), expected, label);
      } finally {
        again.dispose();
      }
      writeFileSync(file, 'not a code cache');
    }
  });

  it('drops a large document\'s caches once idle, not while it is being edited, and analyzes it the same afterwards', async () => {
    const service = new AnalysisService(workerPath, { parallel: false, idleTrimMs: 400, largeSessionChars: ARTICLE.length });
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    try {
      const first = await service.analyze('doc', ARTICLE);
      await service.analyze('small', 'Nothing here.');
      assert.equal((await service.workerStats()).analysis?.largeSessions, 1, 'the large document only');
      // edits within the idle delay keep the caches
      for (let i = 0; i < 3; i++) {
        await sleep(150);
        await service.analyze('doc', ARTICLE);
      }
      assert.equal((await service.workerStats()).analysis?.largeSessions, 1);
      await sleep(1200);
      const after = await service.workerStats();
      assert.equal(after.analysis?.largeSessions, 0, 'dropped after 400 ms idle');
      assert.deepEqual(await service.analyze('doc', ARTICLE), first);
    } finally {
      service.dispose();
    }
  });

  it('retires the tagging worker once idle after a large document, not after an ordinary one, and starts it again', async () => {
    const big = Array.from({ length: Math.ceil(HELPER_MIN_CHARS / ARTICLE.length) + 1 }, (_, i) => `${ARTICLE} Day ${i}.`).join('\n\n');
    const service = new AnalysisService(workerPath, { parallel: true, idleTrimMs: 300, largeSessionChars: big.length });
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    try {
      const first = await service.analyze('big', big.slice(0, -1));
      assert.equal(service.threads, 2, 'the helper came with a document of HELPER_MIN_CHARS');
      await sleep(1000);
      assert.equal(service.threads, 2, 'kept after a document below largeSessionChars');
      const a = await service.analyze('big', big);
      await sleep(1000);
      assert.equal(service.threads, 1, 'retired once idle after a large document');
      assert.deepEqual(await service.analyze('big', big), a);
      assert.equal(service.threads, 2, 'back with the next large document');
      assert.ok(first.mentions.length > 0);
    } finally {
      service.dispose();
    }
  });

  it('refuses work once disposed', async () => {
    const service = new AnalysisService(workerPath);
    assert.ok((await service.analyze('doc', ARTICLE)).mentions.length > 0);
    service.dispose();
    await assert.rejects(service.analyze('doc', ARTICLE), /closed/);
  });

  it('summarizes background articles, behind any document analysis, and cancels them', async () => {
    const service = new AnalysisService(workerPath);
    try {
      const s = await service.summarize(ARTICLE);
      assert.ok(s.actors.some((a) => a.name === 'Sergei Shoigu'));
      const order: string[] = [];
      const queued = Array.from({ length: 6 }, (_, i) => service.summarize(`${ARTICLE} Item ${i}.`).then(() => order.push(`bg${i}`)));
      const doc = service.analyze('doc', ARTICLE).then(() => order.push('doc'));
      await Promise.all([doc, ...queued]);
      assert.ok(order.indexOf('doc') <= 2, `the document waited for at most one background article a worker: ${order.join(' ')}`);
      const more = Array.from({ length: 5 }, () => service.summarize(ARTICLE));
      assert.equal(service.backgroundLoad, 5);
      service.cancelBackground();
      for (const p of more) await assert.rejects(p, (e: unknown) => e instanceof CancelledError);
      assert.equal(service.backgroundLoad, 0);
      assert.ok((await service.summarize(ARTICLE)).actors.length > 0, 'works again after a cancel');
    } finally {
      service.dispose();
    }
  });

  it('summarizes on both workers at once when parallel, with the same summaries as one worker', async () => {
    const texts = Array.from({ length: 8 }, (_, i) => `${ARTICLE} Item ${i}: Anna Nowak of Warsaw said "we will see" on Monday.`);
    const two = new AnalysisService(workerPath, { parallel: true });
    const one = new AnalysisService(workerPath, { parallel: false });
    try {
      const jobs = texts.map((t) => two.summarize(t));
      assert.equal(two.backgroundRunning, 2, 'one background article on each worker');
      const doc = await two.analyze('doc', ARTICLE);
      assert.ok(doc.actors.length > 0, 'a document still gets its analysis');
      const parallel = await Promise.all(jobs);
      const single = await Promise.all(texts.map((t) => one.summarize(t)));
      assert.equal(one.backgroundRunning, 0);
      assert.deepEqual(parallel, single);
    } finally {
      two.dispose();
      one.dispose();
    }
  });

  it('summarizes background articles in an indexer process of its own: the same summaries, cancellable, none of its threads in this process', async () => {
    const texts = Array.from({ length: 6 }, (_, i) => `${ARTICLE} Item ${i}: Anna Nowak of Warsaw said "we will see" on Monday.`);
    const apart = new AnalysisService(workerPath, { indexer: indexerPath, idleTrimMs: 300 });
    const here = new AnalysisService(workerPath);
    try {
      const away = await Promise.all(texts.map((t) => apart.summarize(t)));
      const stats = await apart.indexerStats();
      assert.ok(stats && stats.rss > 20e6 && stats.cpu > 0, `the indexer process answers with its memory and CPU time: ${JSON.stringify(stats)}`);
      assert.equal(apart.threads, 0, 'no worker thread in this process');
      assert.deepEqual(away, await Promise.all(texts.map((t) => here.summarize(t))));
      // documents still go to this process's worker, at once
      assert.ok((await apart.analyze('doc', ARTICLE)).actors.length > 0);
      assert.equal(apart.threads, 1);
      const more = Array.from({ length: 5 }, () => apart.summarize(ARTICLE));
      assert.equal(apart.backgroundLoad, 5);
      apart.cancelBackground();
      for (const p of more) await assert.rejects(p, (e: unknown) => e instanceof CancelledError);
      assert.equal(apart.backgroundLoad, 0);
      assert.ok((await apart.summarize(ARTICLE)).actors.length > 0, 'works again after a cancel');
      // idle: the process exits, and starts again with the next article
      await new Promise((r) => setTimeout(r, 1000));
      assert.equal(await apart.indexerStats(), undefined, 'the idle indexer process has exited');
      assert.ok((await apart.summarize(ARTICLE)).actors.length > 0);
    } finally {
      apart.dispose();
      here.dispose();
    }
  });
});
