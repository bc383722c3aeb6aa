// npm run train:names (part of npm run train): rebuilds the name tagger's weights (src/core/ner/model/weights.ts) from CoNLL-2003 train
// and GUM train (non-news genres) in ../shared/data, tuned on CoNLL dev, checked on WikiGold and GUM dev. Deterministic: fixed order, seed and epochs.
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeWeights, decodeWeights, labelsOf, TYPES, type Weights } from '../src/core/ner/model';
import { readDoc, type RuleSpan } from '../src/core/ner/read';
import { ND, NS } from '../src/core/ner/features';
import { tagDoc } from '../src/core/ner/names';
import { readDocs, readGum, type Doc } from './ner/data';
import { checkLegal, train, type Sequence } from './ner/perceptron';
import { fmt, score, type Pred } from './ner/score';
import { prune } from './ner/prune';
import { rulesOf } from './ner/rules';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const data = process.env.BYLINE_DATA ?? join(root, '..', 'shared', 'data');
const EPOCHS = Number(process.env.NER_EPOCHS ?? 10);
const SEED = 20261202;
if (!existsSync(join(data, 'conll2003', 'train.txt'))) {
  console.error(`train: no training data at ${join(data, 'conll2003')} (set BYLINE_DATA to the shared data folder)`);
  process.exit(2);
}

function withRules(name: string, docs: Doc[]): Array<{ doc: Doc; rules: RuleSpan[] }> {
  const t0 = Date.now();
  const out = docs.map((doc) => ({ doc, rules: rulesOf(doc.text) }));
  if (docs.length) console.log(`${name}: ${docs.length} documents, rules read in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return out;
}

function load(name: string, path: string, format: 'conll' | 'wikigold'): Array<{ doc: Doc; rules: RuleSpan[] }> {
  const t0 = Date.now();
  const docs = readDocs(path, format).map((doc) => ({ doc, rules: rulesOf(doc.text) }));
  console.log(`${name}: ${docs.length} documents, rules read in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return docs;
}

/** One sequence per line, labels from the gold spans (a token inside a gold span belongs to it). */
function sequences(items: Array<{ doc: Doc; rules: RuleSpan[] }>): Sequence[] {
  const out: Sequence[] = [];
  for (const { doc, rules } of items) {
    const r = readDoc(doc.text, rules);
    const spans = doc.gold.map((g) => {
      const a = r.tokens.findIndex((t) => t.end > g.start);
      let b = a;
      while (b < r.tokens.length && r.tokens[b].start < g.end) b++;
      return { a, b, type: g.type };
    });
    const y = labelsOf(r.tokens.length, spans);
    r.lines.forEach((l, k) => {
      const st = r.feats[k].stat, dy = r.dyn[k];
      const feats = y.slice(l.first, l.last).map((_, i) => [...st.subarray(i * NS, (i + 1) * NS), ...dy.subarray(i * ND, (i + 1) * ND)]);
      out.push({ feats, gold: y.slice(l.first, l.last) });
    });
  }
  return out;
}

/** Scores of the tagger deciding alone (rules as features only), of the shipped combination, and of the rules. */
function evaluate(w: Weights, items: Array<{ doc: Doc; rules: RuleSpan[] }>): { alone: string; combined: string; rules: string } {
  const docs = items.map((i) => i.doc);
  const run = (m: 'tagger' | undefined): string => fmt(score(docs, items.map(({ doc, rules }) => tagDoc(w, doc.text, rules, m).filter((s) => s.type !== 'MISC') as Pred[])));
  return { alone: run('tagger'), combined: run(undefined), rules: fmt(score(docs, items.map((i) => i.rules))) };
}

async function main(): Promise<void> {
  const t0 = Date.now();
  const trainDocs = load('conll train', join(data, 'conll2003', 'train.txt'), 'conll');
  const devDocs = load('conll dev', join(data, 'conll2003', 'dev.txt'), 'conll');
  const wikiPath = join(data, 'wikigold', 'wikigold.conllu');
  const wikiDocs = existsSync(wikiPath) ? load('wikigold', wikiPath, 'wikigold') : [];
  // GUM's non-news genres (train split; NER_GUM=0 leaves them out): names in other registers than Reuters
  const useGum = process.env.NER_GUM !== '0';
  const gumTrain = useGum ? withRules('gum train', await readGum(join(data, 'gum'), 'train')) : [];
  if (useGum && !gumTrain.length) console.warn(`train: no GUM at ${join(data, 'gum')}: trained on CoNLL-2003 alone (the shipped weights also use GUM train)`);
  const gumDev = withRules('gum dev', await readGum(join(data, 'gum'), 'dev'));
  const seqs = [...sequences(trainDocs), ...sequences(gumTrain)];
  if (checkLegal(seqs)) console.warn(`train: ${checkLegal(seqs)} illegal label moves in the converted data`);
  console.log(`${seqs.length} training lines; rules alone on dev: ${evaluate(emptyWeights(), devDocs).rules}`);
  const w = train(seqs, EPOCHS, SEED, Number(process.env.NER_MINCOUNT ?? 1), (e, avg) => {
    if (process.env.NER_VERBOSE) console.log(`epoch ${e + 1}: dev ${evaluate(avg, devDocs).alone}`);
  });
  if (process.env.NER_SWEEP) {
    for (const frac of process.env.NER_SWEEP.split(',').map(Number)) {
      const b = encodeWeights(prune(w, frac));
      const d = decodeWeights(b);
      console.log(`prune ${frac}: ${d.index.size} features, ${(b.length / 1024).toFixed(0)} KB, dev ${evaluate(d, devDocs).alone}`);
    }
  }
  const bytes = encodeWeights(prune(w, Number(process.env.NER_PRUNE ?? 0.2)));
  const shipped = decodeWeights(bytes);
  console.log(`weights: ${w.index.size} features trained, ${shipped.index.size} kept, ${(bytes.length / 1024).toFixed(0)} KB`);
  for (const [name, items] of [['dev', devDocs], ['wikigold', wikiDocs], ['gum dev', gumDev]] as const) {
    if (!items.length) continue;
    const e = evaluate(shipped, items);
    console.log(`${name.padEnd(8)} rules alone:    ${e.rules}\n${name.padEnd(8)} tagger decides: ${e.alone}\n${name.padEnd(8)} combined:       ${e.combined}`);
  }
  const out = process.env.NER_OUT ?? join(root, 'src', 'core', 'ner', 'model', 'weights.ts');
  writeFileSync(out, `// Generated by npm run train (scripts/train.ts) from CoNLL-2003 train${useGum ? ' and GUM train (non-news genres)' : ''}: the name tagger's weights, base64.\n`
    + `// ${TYPES.join('/')} BILOU, ${shipped.index.size} features, ${bytes.length} bytes. Do not edit.\n`
    + `export const NER_WEIGHTS = '${Buffer.from(bytes).toString('base64')}';\n`);
  console.log(`wrote ${out} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

function emptyWeights(): Weights {
  return decodeWeights(encodeWeights({ index: new Map(), emit: new Float32Array(0), trans: new Float32Array(17 * 17), start: new Float32Array(17), end: new Float32Array(17) }));
}

void main();
