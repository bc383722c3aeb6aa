// The name tagger's training reader for GUM (scripts/ner/data.ts) on a small invented document: which named
// mentions become training names, with which span and type. No real data needed.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readGum } from '../../scripts/ner/data';

const row = (id: string, form: string, upos: string, head: number, misc = '_'): string =>
  [id, form, form, upos, '_', '_', String(head), 'dep', '_', misc].join('\t');
const ent = (eid: number, etype: string): string => `${eid}-${etype}-new-nnnnn-cf1-1-coref`;

describe('name tagger training data: GUM reader', () => {
  let root = '';
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'byline-gum-'));
    mkdirSync(join(root, 'dep'));
    const conllu = [
      '# newdoc id = invented_a', '# newpar',
      // Dr. Ana Lima visited northern Pellaro in March 2020 .
      row('1', 'Dr.', 'PROPN', 3, `Entity=(1-${ent(1, 'person').slice(2)}`), row('2', 'Ana', 'PROPN', 3), row('3', 'Lima', 'PROPN', 4, 'Entity=1)'),
      row('4', 'visited', 'VERB', 0), row('5', 'northern', 'ADJ', 6, `Entity=(${ent(2, 'place')}`), row('6', 'Pellaro', 'PROPN', 4, 'Entity=2)'),
      row('7', 'in', 'ADP', 8), row('8', 'March', 'PROPN', 4, `Entity=(${ent(3, 'time')}`), row('9', '2020', 'NUM', 8, 'Entity=3)|SpaceAfter=No'),
      row('10', '.', 'PUNCT', 4), '',
      // The President read Tovar's Blue Atlas to the Veloni .
      row('1', 'The', 'DET', 2, `Entity=(${ent(4, 'person')}`), row('2', 'President', 'PROPN', 3, 'Entity=4)'), row('3', 'read', 'VERB', 0),
      row('4', 'Tovar', 'PROPN', 7, `Entity=(${ent(5, 'abstract')}(${ent(6, 'person')}`), row('5', "'s", 'PART', 4, 'Entity=6)'),
      row('6', 'Blue', 'PROPN', 7), row('7', 'Atlas', 'PROPN', 3, 'Entity=5)'), row('8', 'to', 'ADP', 10),
      row('9', 'the', 'DET', 10, `Entity=(${ent(7, 'organization')}`), row('10', 'Veloni', 'PROPN', 3, 'Entity=7)|SpaceAfter=No'), row('11', '.', 'PUNCT', 3), '',
    ].join('\n');
    writeFileSync(join(root, 'dep', 'invented_a.conllu.gz'), gzipSync(conllu));
    writeFileSync(join(root, 'docs.tsv'), 'doc\tcorpus\tgenre\tsplit\n' + 'invented_a\tGUM\tbio\ttrain\n' + 'invented_b\tGUM\tbio\tdev\n');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('keeps the name alone: no title, lower-case modifier, article or possessor; dates and lone titles are no names', async () => {
    const docs = await readGum(root, 'train');
    assert.equal(docs.length, 1);
    const d = docs[0];
    const got = d.gold.map((g) => `${d.text.slice(g.start, g.end)}/${g.type}`);
    assert.deepEqual(got, ['Ana Lima/PER', 'Pellaro/LOC', 'Tovar/PER', 'Blue Atlas/MISC', 'Veloni/ORG']);
  });

  it('reads only the split asked for, and nothing without the data', async () => {
    assert.deepEqual(await readGum(root, 'dev'), []);
    assert.deepEqual(await readGum(join(root, 'absent'), 'train'), []);
  });
});
