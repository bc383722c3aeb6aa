// ECB+ dev: event mentions found (recall, precision) in the fully annotated sentences, within-document
// event coreference (MUC and B-cubed over the found mentions, Byline's `happening` as its clusters) and
// negated events. Speech acts (ACTION_REPORTING) are claims in Byline, so recall leaves them out.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotate, f3, notAnnotated, overlaps, ratio, round } from './common.mjs';
import { bcubed, muc } from './coref-metrics.mjs';

const isAction = (m) => /^(NEG_)?ACTION_/.test(m.type);
const isReporting = (m) => /ACTION_REPORTING$/.test(m.type);

function goldSpans(doc, m) {
  return m.tokens.map((k) => ({ start: doc.tokens[2 * k - 2], end: doc.tokens[2 * k - 1] }));
}

function scoreDoc(doc, ann, c, verbose, log) {
  const annotated = doc.sentences.filter((s) => s[3]);
  const inAnnotated = (pos) => annotated.some(([start, end]) => start <= pos && pos < end);
  const flagged = new Set(annotated.map((s) => s[2]));
  const actions = doc.mentions.filter(isAction).map((m) => ({ ...m, spans: goldSpans(doc, m) }));
  const events = (ann?.events ?? []).filter((e) => e.trigger);
  const hitOf = (g) => events.find((e) => g.spans.some((s) => overlaps(s, e.trigger)));
  const errs = [];
  const key = new Map(), response = new Map();
  for (const g of actions) {
    const e = hitOf(g);
    if (/^NEG_/.test(g.type) && !isReporting(g)) {
      c.neg++;
      if (e) c.negFound++;
      if (e?.negated) c.negMarked++;
    }
    if (!flagged.has(g.sentence)) continue;
    if (isReporting(g)) { c.reporting++; if (e) c.reportingFound++; continue; }
    c.gold++;
    if (!e) { errs.push(`  missed ${g.type} "${g.text}"`); continue; }
    c.found++;
    const gk = g.chain ?? `m${g.id}`;
    const rk = e.happening ?? e.id;
    if (!key.has(gk)) key.set(gk, []);
    if (!response.has(rk)) response.set(rk, []);
    key.get(gk).push(`${doc.doc}/${g.id}`);
    response.get(rk).push(`${doc.doc}/${g.id}`);
  }
  for (const e of events) {
    if (!inAnnotated(e.trigger.start)) continue;
    c.predicted++;
    if (actions.some((g) => g.spans.some((s) => overlaps(s, e.trigger)))) c.correct++;
    else errs.push(`  extra ${e.type} "${e.trigger.text}"`);
  }
  c.key.push(...key.values());
  c.response.push(...response.values());
  if (verbose && errs.length) log(`${doc.doc}:\n${errs.join('\n')}`);
}

export async function runEcbplus({ data, cli, verbose, log, ecbplusSplit = 'dev' }) {
  if (!['dev', 'train', 'test'].includes(ecbplusSplit)) throw new Error(`--ecbplus-split ${ecbplusSplit}: dev, train or test`);
  // test (topics 36-40) is a held-out check: its errors are never printed, so rules are not tuned on it
  if (ecbplusSplit === 'test') verbose = false;
  const path = join(data, 'ecbplus', `${ecbplusSplit}.jsonl`);
  if (!existsSync(path)) return { skip: `${path} not found` };
  const docs = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const anns = await annotate(cli, docs.map((d) => ({ id: d.doc, text: d.text })), { name: 'ecbplus' });
  const c = { gold: 0, found: 0, predicted: 0, correct: 0, reporting: 0, reportingFound: 0, neg: 0, negFound: 0, negMarked: 0, key: [], response: [] };
  for (const d of docs) scoreDoc(d, anns.get(d.doc), c, verbose, log);
  const r = ratio(c.found, c.gold), p = ratio(c.correct, c.predicted);
  const m = muc(c.key, c.response), b = bcubed(c.key, c.response);
  return {
    line: `${ecbplusSplit}: ${docs.length} docs${notAnnotated(docs.map((d) => d.doc), anns)}, annotated sentences only; events (${c.gold} gold, speech acts left out): recall ${f3(r)} ` +
      `precision ${f3(p)} F1 ${f3(p + r ? (2 * p * r) / (p + r) : 0)} ` +
      `(speech acts found ${f3(ratio(c.reportingFound, c.reporting))} of ${c.reporting}); type accuracy not comparable; ` +
      `within-doc event coref over found mentions: MUC F1 ${f3(m.f)} B3 F1 ${f3(b.f)}; ` +
      `negated (all sentences, ${c.neg}): found ${f3(ratio(c.negFound, c.neg))}, marked negated ${f3(ratio(c.negMarked, c.neg))}`,
    figures: {
      event_recall: round(r), event_precision: round(p), speech_acts_found: round(ratio(c.reportingFound, c.reporting)),
      event_coref_muc_f1: round(m.f), event_coref_b3_f1: round(b.f),
      negated_found: round(ratio(c.negFound, c.neg)), negated_marked: round(ratio(c.negMarked, c.neg)),
    },
  };
}
