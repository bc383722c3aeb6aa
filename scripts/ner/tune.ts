// Diagnostics for the shipped weights: rules alone, the tagger, and the two combined at several margins,
// on CoNLL dev and WikiGold (exact spans, MISC gold left out). `npx tsx scripts/ner/tune.ts 5/20/12,0/0/0`
// (add/drop/change margins; NER_CACHE=1 keeps the rules' mentions in the OS temp folder between runs).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { nerWeights, tagDoc, type Margins } from '../../src/core/ner/names';
import { rulesOf } from './rules';
import { readDocs, type Doc } from './data';
import { fmt, score, type Pred } from './score';

const data = process.env.BYLINE_DATA ?? join(__dirname, '..', '..', '..', 'shared', 'data');
function report(name: string, docs: Doc[], margins: Margins[]): void {
  const rules = docs.map((d) => rulesOf(d.text));
  console.log(`${name} rules alone      ${fmt(score(docs, rules))}`);
  const w = nerWeights();
  const alone = docs.map((d, k) => tagDoc(w, d.text, rules[k], 'tagger').filter((s) => s.type !== 'MISC') as Pred[]);
  console.log(`${name} tagger decides   ${fmt(score(docs, alone))}`);
  for (const m of margins) {
    const preds = docs.map((d, k) => tagDoc(w, d.text, rules[k], m).filter((s) => s.type !== 'MISC') as Pred[]);
    console.log(`${name} margin ${`${m.add}/${m.drop}/${m.change}`.padEnd(12)} ${fmt(score(docs, preds))}`);
  }
}

// margins as add/drop/change triples, comma-separated: 0/0/0,0/20/20
const margins = (process.argv[2] ?? '0/0/0,0/1e9/1e9').split(',').map((x) => { const [add, drop, change] = x.split('/').map(Number); return { add, drop, change }; });
report('conll dev', readDocs(join(data, 'conll2003', 'dev.txt'), 'conll'), margins);
if (existsSync(join(data, 'wikigold'))) report('wikigold ', readDocs(join(data, 'wikigold', 'wikigold.conllu'), 'wikigold'), margins);
