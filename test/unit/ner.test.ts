import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { buildContext } from '../../src/core/text/document';
import { computeEntities } from '../../src/core/entities/entities';
import { buildWords } from '../../src/core/entities/words';
import { NameCache } from '../../src/core/ner/cache';
import { decodeWeights, encodeWeights, legal, NL, viterbi } from '../../src/core/ner/model';
import { nerWeights, refineNames, tagDoc } from '../../src/core/ner/names';
import { nerTokens } from '../../src/core/ner/tokens';

const root = join(__dirname, '..', '..');
const has = (spans: Array<{ start: number; end: number; type: string }>, text: string, type: string, name: string): boolean =>
  spans.some((s) => s.type === type && text.slice(s.start, s.end) === name);

describe('name tagger', () => {
  it('loads the shipped weights', () => {
    const w = nerWeights();
    assert.ok(w.index.size > 10000, `only ${w.index.size} features`);
    assert.equal(w.trans.length, NL * NL);
  });

  it('tags plain sentences on its own (no rule mentions given)', () => {
    const text = 'Angela Merkel met Emmanuel Macron in Paris on Tuesday , the European Commission said .\nShares of Microsoft fell in New York .';
    const spans = tagDoc(nerWeights(), text, []);
    assert.ok(has(spans, text, 'PER', 'Angela Merkel'), JSON.stringify(spans));
    assert.ok(has(spans, text, 'PER', 'Emmanuel Macron'));
    assert.ok(has(spans, text, 'LOC', 'Paris'));
    assert.ok(has(spans, text, 'ORG', 'European Commission'));
    assert.ok(has(spans, text, 'ORG', 'Microsoft'));
    assert.ok(has(spans, text, 'LOC', 'New York'));
    assert.ok(!spans.some((s) => /Tuesday|Shares/.test(text.slice(s.start, s.end))));
  });

  it('reads no pronoun with its verb as a name (I’m, I’ve, We’ll)', () => {
    const text = "Well, I'm not sure. I’ve never been there. I'll go tomorrow, and We'll see.";
    // the writer's "I" is a pronoun mention (coref.voices), never a name
    assert.deepEqual(analyze(text).mentions.filter((m) => m.type !== 'date' && m.type !== 'pronoun').map((m) => m.text), []);
  });

  it('splits two institutions joined by "and", and keeps a name with "and" inside whole', () => {
    const names = (t: string): string[] => analyze(t).mentions.filter((m) => m.type === 'organization').map((m) => m.text);
    assert.deepEqual(names('Students at Harvard Law School and Ridgeview High School protested on Monday.'), ['Harvard Law School', 'Ridgeview High School']);
    assert.ok(names('The Department of Health and Human Services issued new rules.').includes('Department of Health and Human Services'));
  });

  it('reads an all-caps headline and a dateline', () => {
    const text = 'SOCCER - MANCHESTER UNITED BEAT LIVERPOOL IN LONDON\nLONDON 1996-08-30\nAlex Ferguson said his side played well .';
    const spans = tagDoc(nerWeights(), text, []);
    assert.ok(has(spans, text, 'ORG', 'LIVERPOOL'), JSON.stringify(spans.map((s) => text.slice(s.start, s.end) + ':' + s.type)));
    assert.ok(!spans.some((s) => /SOCCER|BEAT/.test(text.slice(s.start, s.end))));
    assert.ok(has(spans, text, 'PER', 'Alex Ferguson'));
    assert.ok(spans.some((s) => s.start === text.indexOf('LONDON 1996') && s.type === 'LOC'));
  });

  it('splits possessives, keeps abbreviations and cuts hyphen suffixes like the training text', () => {
    const t = nerTokens('Clinton\'s U.S. aide, Mr. Smith of Ford Motor Co., visited the Seattle-based firm.').tokens.map((x) => x.text);
    assert.deepEqual(t, ['Clinton', '\'s', 'U.S.', 'aide', ',', 'Mr.', 'Smith', 'of', 'Ford', 'Motor', 'Co.', ',', 'visited', 'the', 'Seattle', '-', 'based', 'firm', '.']);
  });

  it('decodes only legal BILOU sequences', () => {
    const w = nerWeights();
    fc.assert(fc.property(fc.array(fc.float({ min: -50, max: 50, noNaN: true }), { minLength: NL, maxLength: NL * 12 }), (xs) => {
      const n = Math.floor(xs.length / NL);
      const path = viterbi(w, Float32Array.from(xs.slice(0, n * NL)), n);
      return path.every((y, i) => legal(i ? path[i - 1] : -1, y)) && legal(path[n - 1], -1);
    }), { numRuns: 200 });
  });

  it('round-trips the weights table and rejects other bytes with a clear message', () => {
    const w = nerWeights();
    const again = decodeWeights(encodeWeights(w));
    assert.equal(again.index.size, w.index.size);
    assert.throws(() => decodeWeights(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])), /not a Byline weights table/);
    assert.throws(() => decodeWeights(encodeWeights(w).slice(0, 5000)), /truncated|Offset|bounds/);
  });

  it('gives every mention a reason and keeps the rules where they are sure', () => {
    const text = 'NAIROBI, Kenya (AP) — General Bagheri met Mr. Raisi and officials of the Kenya Revenue Authority in Moscow.';
    const ctx = buildContext(text);
    const result = refineNames(text, computeEntities(ctx, buildWords(ctx)));
    const out = result.mentions;
    for (const m of out) assert.ok(result.reasons?.get(m.start), `no reason for ${m.text}`);
    assert.ok(has(out, text, 'place', 'NAIROBI'));
    assert.ok(has(out, text, 'person', 'General Bagheri'), JSON.stringify(out));
    assert.ok(has(out, text, 'person', 'Raisi'));
    assert.ok(has(out, text, 'organization', 'Kenya Revenue Authority'));
    assert.ok(has(out, text, 'place', 'Moscow'));
  });

  it('types a one-word name like the longer name it is part of: a person’s last name, an organization’s first word', () => {
    const text = 'Selma Orvik joined Varnes Medical in Tromsdal.\nOrvik said Varnes would hire. Tromsdal Energy agreed, and Tromsdal cheered.';
    const at = (s: string, from = 0): { start: number; end: number } => { const i = text.indexOf(s, from); return { start: i, end: i + s.length }; };
    const keep = { add: 1e9, drop: 1e9, change: 1e9 };
    const rules = [
      { ...at('Selma Orvik'), type: 'PER' as const }, { ...at('Varnes Medical'), type: 'ORG' as const }, { ...at('Tromsdal'), type: 'LOC' as const },
      { ...at('Orvik', 20), type: 'ORG' as const }, { ...at('Varnes', 50), type: 'PER' as const },
      { ...at('Tromsdal Energy'), type: 'ORG' as const }, { ...at('Tromsdal cheered'), end: at('Tromsdal cheered').start + 8, type: 'LOC' as const },
    ];
    const out = tagDoc(nerWeights(), text, rules, keep).map((s) => `${text.slice(s.start, s.end)}@${s.start}/${s.type}`);
    assert.ok(out.includes(`Orvik@${at('Orvik', 20).start}/PER`), out.join(', '));
    assert.ok(out.includes(`Varnes@${at('Varnes', 50).start}/ORG`), out.join(', '));
    // a place stays a place beside an organization named after it
    assert.ok(out.includes(`Tromsdal@${at('Tromsdal').start}/LOC`), out.join(', '));
  });

  it('decodes the same with the document cache as without, across edits that change document-level inputs', () => {
    const lines = [
      'NAIROBI, Kenya (AP) — Officials of the WHO met Mr. Raisi in Moscow.',
      'Shares of Apple fell as Rivers said the Kenya Revenue Authority would act.',
      'The Apple Orchard Trust said.',
    ];
    // each variant changes what another, untouched line depends on: an acronym defined, a word seen in lower case
    const variants = [
      lines.join('\n'),
      [...lines, 'The World Health Organization (WHO) agreed.'].join('\n'),
      [...lines, 'The apple harvest and the rivers were low.'].join('\n'),
      lines.join('\n'),
      ['Mr.', ...lines].join('\n'),
    ];
    const cache = new NameCache();
    for (const text of variants) {
      const ctx = buildContext(text);
      const rules = computeEntities(ctx, buildWords(ctx));
      const plain = refineNames(text, rules);
      assert.deepEqual(refineNames(text, rules, cache), plain, text);
      // a second run is served from the cache and must not differ either
      assert.deepEqual(refineNames(text, rules, cache), plain, text);
    }
  });

  const scorer = join(root, '..', 'shared', 'eval', 'score.mjs');
  (existsSync(scorer) ? it : it.skip)('scores the seed as before (needs ../shared/eval)', () => {
    const seed = join(root, 'seeds', 'seed-article.txt');
    const dir = mkdtempSync(join(tmpdir(), 'byline-ner-'));
    const pred = join(dir, 'pred.json');
    writeFileSync(pred, JSON.stringify(analyze(readFileSync(seed, 'utf8'))));
    const out = execFileSync(process.execPath, [scorer, seed, join(root, '..', 'shared', 'eval', 'seed-article.gold.json'), pred], { encoding: 'utf8' });
    const f = (name: string): number => Number(new RegExp(`${name} ([0-9.]+)`).exec(out)?.[1]);
    assert.equal(f('ner_f1'), 1, out);
    assert.equal(f('ner_strict_f1'), 1, out);
  });
});
