// Diagnostics for the shipped weights: rules alone, the tagger, and the two combined at several margins,
// on CoNLL dev and WikiGold (exact spans, MISC gold left out). `npx tsx scripts/ner/tune.ts 0,2,4`
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildContext } from '../../src/core/document';
import { findEntities } from '../../src/core/entities';
import { nerWeights, tagDoc, type Margins } from '../../src/core/ner/names';
import type { RuleSpan } from '../../src/core/ner/read';
import { readDocs, type Doc } from './data';
import { fmt, score, type Pred } from './score';

const data = process.env.BYLINE_DATA ?? join(__dirname, '..', '..', '..', 'shared', 'data');
const RULE_TYPE: Record<string, RuleSpan['type'] | undefined> = { person: 'PER', organization: 'ORG', place: 'LOC' };
const cacheDir = join(tmpdir(), 'byline-ner-rules');

/** The rules' mentions, cached outside the repo by text hash (the data never lands in the project). */
export function cachedRules(text: string): RuleSpan[] {
  const key = createHash('sha1').update(text).digest('hex');
  const file = join(cacheDir, key + '.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as RuleSpan[];
  const out: RuleSpan[] = [];
  for (const m of findEntities(buildContext(text))) { const t = RULE_TYPE[m.type]; if (t) out.push({ start: m.start, end: m.end, type: t }); }
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(file, JSON.stringify(out));
  return out;
}

function report(name: string, docs: Doc[], margins: Margins[]): void {
  const rules = docs.map((d) => cachedRules(d.text));
  console.log(`${name} rules alone      ${fmt(score(docs, rules))}`);
  const w = nerWeights();
  for (const m of margins) {
    const preds = docs.map((d, k) => tagDoc(w, d.text, rules[k], m).filter((s) => s.type !== 'MISC') as Pred[]);
    console.log(`${name} margin ${`${m.add}/${m.drop}/${m.change}`.padEnd(12)} ${fmt(score(docs, preds))}`);
  }
}

// margins as add/drop/change triples, comma-separated: 0/0/0,0/20/20
const margins = (process.argv[2] ?? '0/0/0,0/1e9/1e9').split(',').map((x) => { const [add, drop, change] = x.split('/').map(Number); return { add, drop, change }; });
report('conll dev', readDocs(join(data, 'conll2003', 'dev.txt'), 'conll'), margins);
if (existsSync(join(data, 'wikigold'))) report('wikigold ', readDocs(join(data, 'wikigold', 'wikigold.conllu'), 'wikigold'), margins);
