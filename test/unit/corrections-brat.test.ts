// brat round trip: export (with corrections) -> import as corrections -> export gives the same .ann.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { applyCorrections, importBrat, makeAnchor, type NewCorrection } from '../../src/core/corrections';
import { withCorrection, emptyCorrections } from '../../src/core/corrections';
import { toBrat } from '../../src/core/format';
import type { Analysis } from '../../src/core/types';

const root = join(__dirname, '..', '..');
const ARTICLES = ['seeds/seed-article.txt', 'test/fixtures/articles/courts-appeal.txt', 'test/fixtures/articles/economy-ecb.txt'];

/** A spread of corrections of every kind, picked from what the analysis found. */
function someCorrections(text: string, a: Analysis): NewCorrection[] {
  const named = a.mentions.filter((m) => m.actor && m.type !== 'pronoun' && m.type !== 'nominal');
  const anchor = (s: { start: number; end: number }) => makeAnchor(text, s);
  const word = /\b[a-z]{6,}\b/g;
  const free: Array<{ start: number; end: number }> = [];
  for (let m = word.exec(text); m && free.length < 2; m = word.exec(text)) {
    const s = { start: m.index, end: m.index + m[0].length };
    if (!a.mentions.some((x) => x.start < s.end && s.start < x.end) && !a.claims.some((c) => c.start < s.end && s.start < c.end)) free.push(s);
  }
  const out: NewCorrection[] = [
    { op: 'entity', at: anchor(named[0]), type: named[0].type === 'organization' ? 'person' : 'organization' },
    { op: 'entity', at: anchor(named[1]), type: 'none' },
    { op: 'entity', at: anchor(free[0]), type: 'person' },
    { op: 'entity', at: anchor(free[1]), type: 'date' },
  ];
  const actors = [...new Set(named.map((m) => m.actor))];
  const second = named.find((m) => m.actor === actors[5]) ?? named[5];
  out.push({ op: 'merge', at: anchor(second), into: anchor(named.find((m) => m.actor === actors[4])!) });
  const many = a.actors.find((x) => x.mentions.length >= 3);
  if (many) out.push({ op: 'split', at: anchor(many.mentions[1]) });
  if (a.claims[0]) out.push({ op: 'speaker', at: anchor(a.claims[0]), speaker: anchor(named[2]) });
  if (a.claims[1]) out.push({ op: 'claim', at: anchor(a.claims[1]), kind: 'none' });
  if (a.events[0]) out.push({ op: 'event', at: anchor(a.events[0].trigger), type: 'protest', participants: [anchor(named[3])] });
  if (a.events[1]) out.push({ op: 'event', at: anchor(a.events[1].trigger), type: 'none' });
  return out;
}

describe('corrections: brat round trip', () => {
  for (const rel of ARTICLES) {
    it(`export → import → export gives the same .ann (${rel.split('/').pop()})`, () => {
      const text = readFileSync(join(root, rel), 'utf8');
      const base = analyze(text);
      // with nothing corrected, the export imports as no corrections at all
      const plain = importBrat(toBrat(base), 'a.ann', text, base);
      assert.deepEqual(plain, { corrections: [], unmapped: [] });
      const file = someCorrections(text, base).reduce(withCorrection, emptyCorrections(rel));
      const corrected = applyCorrections(base, text, file.corrections);
      assert.ok(corrected.results.filter((r) => r.status === 'applied').length >= 8, corrected.results.map((r) => `${r.correction.op}:${r.status}`).join());
      assert.ok(corrected.results.some((r) => r.correction.op === 'merge' && r.status === 'applied'));
      const ann1 = toBrat(corrected.analysis);
      assert.notEqual(ann1, toBrat(base), 'the corrections show in the export');
      const imported = importBrat(ann1, 'a.ann', text, base);
      assert.deepEqual(imported.unmapped, []);
      const ann2 = toBrat(applyCorrections(base, text, imported.corrections).analysis);
      assert.equal(ann2, ann1);
    });
  }

  it('takes the entities and spans of another tool\'s .ann (own ids, own order), and reports what does not map', () => {
    const text = 'PARIS – President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Friday.\n';
    const base = analyze(text);
    const span = (s: string) => `${text.indexOf(s)} ${text.indexOf(s) + s.length}\t${s}`;
    const ann = [
      `T7\tLocation ${span('Berlin')}`,
      `T3\tPerson ${span('Emmanuel Macron')}`,
      `T4\tOrganization ${span('Olaf Scholz')}`,
      `T9\tLocation ${span('PARIS')}`,
      'A1\tNegated T3',
      '*\tEquiv T3 T4',
      `T10\tPerson ${text.indexOf('Chancellor')} ${text.indexOf('Chancellor') + 3};${text.indexOf('Olaf')} ${text.indexOf('Olaf') + 4}\tCha Olaf`,
    ].join('\n');
    const imported = importBrat(ann, 'tool.ann', text, base);
    const after = applyCorrections(base, text, imported.corrections).analysis;
    const got = after.mentions.map((m) => `${m.type} ${m.text}`).sort();
    const wanted = ['organization Olaf Scholz', 'person Emmanuel Macron', 'place Berlin', 'place PARIS'];
    assert.deepEqual(got.filter((g) => !g.startsWith('date')), wanted);
    const actorOf = (name: string) => after.mentions.find((m) => m.text === name)?.actor;
    assert.ok(actorOf('Emmanuel Macron') && actorOf('Emmanuel Macron') === actorOf('Olaf Scholz'), 'an Equiv set is one actor');
    assert.notEqual(actorOf('Berlin'), actorOf('Emmanuel Macron'));
    assert.equal(imported.unmapped.length, 2);
    assert.match(imported.unmapped.join('\n'), /line 5: A1/);
    assert.match(imported.unmapped.join('\n'), /line 7: T10 has a discontinuous span/);
  });

  it('refuses another article\'s .ann and broken lines, naming the file and the line', () => {
    const text = readFileSync(join(root, 'seeds/seed-article.txt'), 'utf8');
    const base = analyze(text);
    const other = readFileSync(join(root, 'test/fixtures/articles/courts-appeal.txt'), 'utf8');
    const foreign = toBrat(analyze(other));
    assert.throws(() => importBrat(foreign, 'courts-appeal.ann', text, base), /courts-appeal\.ann, line \d+: .*another article's \.ann/);
    assert.throws(() => importBrat('T1\tPerson 10\tSho', 'cut.ann', text, base), /cut\.ann, line 1: .* is not a brat text-bound annotation/);
    assert.throws(() => importBrat(`T1\tPerson 5 ${text.length + 9}\tx`, 'far.ann', text, base), /far\.ann, line 1: T1 has offsets .* outside the article/);
    assert.throws(() => importBrat('hello world', 'junk.ann', text, base), /junk\.ann, line 1: .* is not a brat standoff line/);
  });
});
