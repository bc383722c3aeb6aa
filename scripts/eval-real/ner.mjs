// Name scoring for token corpora (CoNLL-2003 dev, WikiGold): tokens to text, gold spans, exact match.
import { existsSync, readFileSync } from 'node:fs';
import { annotate, f3, notAnnotated, prf, round, NAME_TYPES } from './common.mjs';

const TYPE = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'misc' };

/**
 * Parses token lines into documents: [{ id, sentences: [[{ word, tag }]] }].
 * `cols` picks the word and tag columns; `splitRe` splits a line.
 */
export function readTokenDocs(path, { wordCol, tagCol, splitRe, docStart }) {
  const docs = [];
  let doc = null;
  let sent = [];
  const endSentence = () => {
    if (sent.length && doc) doc.sentences.push(sent);
    sent = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) { endSentence(); continue; }
    const cols = line.split(splitRe);
    if (cols[wordCol] === docStart) {
      endSentence();
      doc = { id: `doc${docs.length + 1}`, sentences: [] };
      docs.push(doc);
      continue;
    }
    if (!doc) { doc = { id: 'doc1', sentences: [] }; docs.push(doc); }
    sent.push({ word: cols[wordCol], tag: cols[tagCol] });
  }
  endSentence();
  return docs.filter((d) => d.sentences.length);
}

/**
 * Text: tokens joined by single spaces, one sentence per line, a blank line between sentences.
 * Spans: IOB1 and IOB2 both handled — a span starts at B-X, or at I-X when the previous tag is not ?-X.
 */
export function docText(doc) {
  let text = '';
  const spans = [];
  let open = null;
  const close = () => { if (open) spans.push(open); open = null; };
  doc.sentences.forEach((sent, si) => {
    if (si) text += '\n\n';
    sent.forEach((tok, ti) => {
      if (ti) text += ' ';
      const start = text.length;
      text += tok.word;
      const [bio, label] = tok.tag === 'O' ? ['O', null] : tok.tag.split('-');
      if (!label) { close(); return; }
      const type = TYPE[label] ?? label.toLowerCase();
      if (bio === 'B' || !open || open.type !== type) { close(); open = { start, end: text.length, type }; }
      else open.end = text.length;
    });
    close();
  });
  return { id: doc.id, title: doc.sentences[0].map((t) => t.word).join(' ').slice(0, 50), text, spans };
}

function predictedNames(ann) {
  const seen = new Set();
  const out = [];
  for (const m of ann?.mentions ?? []) {
    if (!NAME_TYPES.has(m.type)) continue;
    const key = `${m.start}:${m.end}:${m.type}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(m);
  }
  return out;
}

const bump = (o, k) => { o[k] = (o[k] ?? 0) + 1; };
const overlapping = (spans, m) => spans.filter((s) => s.start < m.end && m.start < s.end);

/**
 * Counts per type: tp, fp, fn; misc = predictions exactly on a gold MISC span (ignored in the main figure).
 * `kinds` tallies the errors: a wrong type on the right span, a wrong span, a name where gold has none, a miss.
 */
export function scoreNames(docs, anns, verbose, log) {
  const types = ['person', 'organization', 'place'];
  const c = Object.fromEntries(types.map((t) => [t, { tp: 0, fp: 0, fn: 0, misc: 0 }]));
  const kinds = {};
  for (const d of docs) {
    const gold = new Map(d.spans.filter((s) => s.type !== 'misc').map((s) => [`${s.start}:${s.end}`, s]));
    const misc = new Set(d.spans.filter((s) => s.type === 'misc').map((s) => `${s.start}:${s.end}`));
    const preds = predictedNames(anns.get(d.id));
    const hit = new Set();
    const errs = [];
    for (const m of preds) {
      const key = `${m.start}:${m.end}`;
      const g = gold.get(key);
      if (g && g.type === m.type) { c[m.type].tp++; hit.add(key); continue; }
      if (!g && misc.has(key)) { c[m.type].misc++; continue; }
      c[m.type].fp++;
      if (g) bump(kinds, `type ${g.type}→${m.type}`);
      else bump(kinds, overlapping(d.spans, m).length ? 'wrong span' : 'no gold name there');
      errs.push(`  extra ${m.type} "${m.text}"${g ? ` (gold ${g.type})` : ''}`);
    }
    for (const [key, g] of gold) {
      if (hit.has(key)) continue;
      c[g.type].fn++;
      if (!overlapping(preds, g).length) bump(kinds, `missed ${g.type}`);
      errs.push(`  missed ${g.type} "${d.text.slice(g.start, g.end)}"`);
    }
    if (verbose && errs.length) log(`${d.id}${d.title ? ` (${d.title})` : ''}:\n${errs.join('\n')}`);
  }
  if (verbose) log(`errors: ${Object.entries(kinds).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  return c;
}

/** The name figures as numbers (rounded to 4 places), for --json. */
export function nameFigures(c) {
  const sum = (k) => Object.values(c).reduce((a, x) => a + x[k], 0);
  const all = prf(sum('tp'), sum('fp'), sum('fn'));
  const per = Object.fromEntries(Object.entries(c).map(([t, x]) => [`${t}_f1`, round(prf(x.tp, x.fp, x.fn).f)]));
  return { name_p: round(all.p), name_r: round(all.r), name_f1: round(all.f), ...per,
    name_f1_ignored_as_fp: round(prf(sum('tp'), sum('fp') + sum('misc'), sum('fn')).f) };
}

export function nameLine(c, ignored = 'MISC') {
  const sum = (k) => Object.values(c).reduce((a, x) => a + x[k], 0);
  const all = prf(sum('tp'), sum('fp'), sum('fn'));
  const strict = prf(sum('tp'), sum('fp') + sum('misc'), sum('fn'));
  const per = Object.entries(c).map(([t, x]) => `${t.slice(0, 3)} ${f3(prf(x.tp, x.fp, x.fn).f)}`).join(' ');
  return `names exact P ${f3(all.p)} R ${f3(all.r)} F1 ${f3(all.f)} (${per}; with hits on ${ignored} spans as FP: F1 ${f3(strict.f)}, ${sum('misc')} such)`;
}

export async function runTokenCorpus({ name, path, format, cli, verbose, log }) {
  if (!existsSync(path)) return { skip: `${path} not found` };
  const opts = format === 'conll'
    ? { wordCol: 0, tagCol: 3, splitRe: / /, docStart: '-DOCSTART-' }
    : { wordCol: 1, tagCol: 2, splitRe: /\t/, docStart: '-DOCSTART-' };
  const docs = readTokenDocs(path, opts).map(docText);
  const anns = await annotate(cli, docs, { name });
  const c = scoreNames(docs, anns, verbose, log);
  return { line: `${docs.length} docs${notAnnotated(docs.map((d) => d.id), anns)}; ${nameLine(c)}`, figures: nameFigures(c) };
}
