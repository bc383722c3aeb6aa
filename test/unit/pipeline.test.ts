import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, analyzeWith } from '../../src/core/analyze';
import { checkOrder, Doc, PipelineError, runPipeline, stage, type Stage } from '../../src/core/pipeline';
import { DocumentSession, Session } from '../../src/core/session';
import { STAGES } from '../../src/core/stages';

const fixtures = join(__dirname, '..', 'fixtures');

describe('pipeline', () => {
  it('declares its stages in an order where every read layer was written before', () => {
    assert.doesNotThrow(() => checkOrder(STAGES));
    assert.equal(STAGES[STAGES.length - 1].writes, 'analysis');
    assert.equal(new Set(STAGES.map((s) => s.writes)).size, STAGES.length, 'one writer per layer');
  });

  it('is drawn in src/core/README.md as it is declared: every stage, in order, with its reads and writes', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'src', 'core', 'README.md'), 'utf8');
    const rows = readme.split('\n').filter((l) => /^\| `[a-z]+\.[a-z]+` \|/.test(l));
    assert.deepEqual(rows.map((l) => /`([a-z.]+)`/.exec(l)![1]), STAGES.map((s) => s.name));
    rows.forEach((l, k) => {
      const [, reads, writes] = l.split('|').map((c) => c.trim()).filter(Boolean);
      assert.equal(reads === '—' ? '' : reads, STAGES[k].reads.join(', '), STAGES[k].name);
      assert.match(writes, new RegExp(`^\`${STAGES[k].writes}\``), STAGES[k].name);
    });
  });

  it('refuses a stage that reads a layer no earlier stage writes, or writes one twice', () => {
    const swapped = [STAGES[1], STAGES[0], ...STAGES.slice(2)];
    assert.throws(() => checkOrder(swapped), /reads context, which no earlier stage writes/);
    assert.throws(() => checkOrder([...STAGES, STAGES[0]]), /writes context, which an earlier stage wrote/);
  });

  it('in check mode, refuses a read that was not declared and a change to a written layer', () => {
    const sneaky: Stage = stage({ name: 'test.sneaky', reads: [], writes: 'articleDate', run: (doc) => (doc.get('context'), null) });
    assert.throws(() => runPipeline([STAGES[0], sneaky], 'Hello there.', new Session({ checkStages: true })), /reads context without declaring it/);
    const mutating: Stage = stage({
      name: 'test.mutating', reads: ['context'], writes: 'articleDate',
      run: (doc) => { doc.get('context').sentences.pop(); return null; },
    });
    assert.throws(() => runPipeline([STAGES[0], mutating], 'One. Two.', new Session({ checkStages: true })), TypeError);
  });

  it('lets a stage be replaced: the last stage written is the result', () => {
    const names = STAGES.findIndex((s) => s.name === 'entities.names');
    const none = stage({ name: 'test.no-names', reads: ['ruleEntities'], writes: 'entities', run: () => ({ mentions: [], titles: new Map() }) });
    const stages = [...STAGES.slice(0, names), none, ...STAGES.slice(names + 1)];
    const a = analyzeWith(stages, 'Mohammad Bagheri met Sergei Shoigu in Moscow on Tuesday.', { date: '2021-10-20' });
    assert.deepEqual(a.actors, []);
    assert.deepEqual(a.mentions.map((m) => m.type), ['date']);
  });

  it('Doc layers are written once and read only when present', () => {
    const doc = new Doc('x');
    assert.throws(() => doc.get('context'), PipelineError);
    doc.put('articleDate', null);
    assert.throws(() => doc.put('articleDate', '2020-01-01'), /written twice/);
  });

  it('no stage changes a layer it reads: every fixture gives the same analysis with frozen layers', function () {
    this.timeout(120_000);
    for (const dir of ['articles', 'holdout']) {
      for (const f of readdirSync(join(fixtures, dir)).filter((n) => n.endsWith('.txt'))) {
        const text = readFileSync(join(fixtures, dir, f), 'utf8');
        const plain = analyze(text, { date: '2024-03-05' });
        const checked = analyze(text, { date: '2024-03-05', checkStages: true });
        assert.deepEqual(checked, plain, f);
      }
    }
  });

  it('a document session held by the caller keeps its caches between runs and changes no output', () => {
    const text = readFileSync(join(__dirname, '..', '..', 'seeds', 'seed-article.txt'), 'utf8');
    const session = new DocumentSession();
    const first = analyze(text, {}, session);
    assert.ok(session.spellingKeys.size > 0, 'spelling keys kept with the document');
    const edited = text.replace('Tuesday', 'Wednesday');
    assert.deepEqual(analyze(edited, {}, session), analyze(edited));
    assert.deepEqual(analyze(text, {}, session), first);
  });

  it('check mode also holds across cached runs of an edited document', () => {
    const text = readFileSync(join(__dirname, '..', '..', 'seeds', 'seed-article.txt'), 'utf8');
    const edited = text.replace('Tuesday', 'Wednesday');
    assert.deepEqual(analyze(text, { cacheKey: 'pipeline-test', checkStages: true }), analyze(text));
    assert.deepEqual(analyze(edited, { cacheKey: 'pipeline-test', checkStages: true }), analyze(edited));
    assert.deepEqual(analyze(text, { cacheKey: 'pipeline-test', checkStages: true }), analyze(text));
  });
});
