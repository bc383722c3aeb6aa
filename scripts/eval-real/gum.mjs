// GUM dev: names (exact span and type, person/organization/place mentions with a proper-noun head) and
// actor coreference (CoNLL-2012 F1 over the gold chains of people, organizations and places, pronouns
// and descriptions included), plus the share of gold descriptions and pronouns found in the right chain.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { annotate, f3, NAME_TYPES, notAnnotated, pct, prf, ratio, round } from './common.mjs';
import { conll2012 } from './coref-metrics.mjs';
import { readGumDoc } from './gum-conllu.mjs';
import { nameFigures, nameLine, scoreNames } from './ner.mjs';

const ACTOR_TYPES = new Set(['person', 'organization', 'place']);
// the speaker's and the addressee's pronouns: most of the pronouns in GUM's spoken genres
const FIRST_SECOND = /^(i|me|my|mine|myself|we|us|our|ours|ourselves|you|your|yours|yourself|yourselves|y'all)$/;

function splitDocs(root, split) {
  const rows = readFileSync(join(root, 'docs.tsv'), 'utf8').trim().split('\n').slice(1).map((r) => r.split('\t'));
  return rows.filter((r) => r[3] === split).map(([doc]) => join(root, 'dep', `${doc}.conllu.gz`)).filter(existsSync)
    .map((path) => readGumDoc(gunzipSync(readFileSync(path)).toString('utf8'), path.split('/').pop().replace('.conllu.gz', '')));
}

/**
 * Gold name spans of person/organization/place named mentions (`literal`: GUM's whole mention span; else the
 * name inside it); named mentions of other entity types are ignored either way.
 */
function nameSpans(doc, literal) {
  return doc.mentions.filter((m) => m.kind === 'named').map((m) => ({
    ...(literal ? { start: m.start, end: m.end } : m.name),
    type: ACTOR_TYPES.has(m.etype) ? m.etype : 'misc',
  }));
}

/**
 * A diagnostic of span conventions, not the measure: a predicted person/organization/place name counts when it
 * has the gold type, covers the gold named mention's head word and lies inside its whole span ("William Glennie"
 * for GUM's "Dr. William Glennie"); each gold and each prediction counted once. Its gap to the exact F1 is
 * what the conventions (titles, determiners, possessives inside GUM's spans) account for.
 */
function headMatchedNames(docs, anns) {
  let tp = 0, fp = 0, fn = 0;
  for (const d of docs) {
    const gold = d.mentions.filter((m) => m.kind === 'named' && ACTOR_TYPES.has(m.etype));
    const preds = [...new Map((anns.get(d.id)?.mentions ?? []).filter((m) => NAME_TYPES.has(m.type)).map((m) => [`${m.start}:${m.end}`, m])).values()];
    const taken = new Set();
    for (const p of preds) {
      const g = gold.findIndex((x, k) => !taken.has(k) && x.etype === p.type && p.start <= x.headSpan.start && x.headSpan.end <= p.end && x.start <= p.start && p.end <= x.end);
      if (g >= 0) { taken.add(g); tp++; } else fp++;
    }
    fn += gold.length - taken.size;
  }
  return prf(tp, fp, fn).f;
}

function actorMentions(ann) {
  const byActor = new Map();
  const push = (id, m) => {
    if (!byActor.has(id)) byActor.set(id, new Map());
    byActor.get(id).set(`${m.start}:${m.end}`, m);
  };
  for (const a of ann?.actors ?? []) for (const m of a.mentions ?? []) push(a.id, m);
  for (const m of ann?.mentions ?? []) if (m.actor) push(m.actor, m);
  return [...byActor.values()].map((ms) => [...ms.values()]);
}

/**
 * A predicted mention stands for a gold mention whose head word it covers: the smallest one that holds it
 * ("the company" for GUM's "the company that makes them"), else the smallest such one ("President Obama"
 * for a gold "Obama"); each gold mention is taken once.
 */
function align(doc, actors) {
  const taken = new Set();
  const size = (g) => g.end - g.start;
  return actors.map((ms, ai) => ms.map((p) => {
    let best = null;
    doc.mentions.forEach((g, gi) => {
      if (taken.has(gi) || p.start > g.headSpan.start || p.end < g.headSpan.end) return;
      const holds = g.start <= p.start && p.end <= g.end;
      if (!best || (holds && !best.holds) || (holds === best.holds && size(g) < size(best.g))) best = { g, gi, holds };
    });
    if (!best) return `p${ai}:${p.start}:${p.end}`;
    taken.add(best.gi);
    return `g${best.gi}`;
  }));
}

function corefDoc(doc, ann, acc, verbose, log) {
  const chains = new Map();
  doc.mentions.forEach((g, gi) => {
    if (!ACTOR_TYPES.has(g.etype)) return;
    if (!chains.has(g.eid)) chains.set(g.eid, []);
    chains.get(g.eid).push(gi);
  });
  const key = [...chains.values()].filter((c) => c.length > 1).map((c) => c.map((gi) => `g${gi}`));
  const response = align(doc, actorMentions(ann)).map((c) => [...new Set(c)]).filter((c) => c.length > 1);
  if (verbose) log(`${doc.id}: coref CoNLL-2012 F1 ${f3(conll2012(key, response).f)} (${key.length} gold chains, ${response.length} predicted)`);
  acc.key.push(...key.map((c) => c.map((x) => `${doc.id}/${x}`)));
  acc.response.push(...response.map((c) => c.map((x) => `${doc.id}/${x}`)));
  // found in the right chain: its predicted actor has it and mostly mentions of its gold entity
  const eidOf = (x) => (x.startsWith('g') ? doc.mentions[Number(x.slice(1))].eid : null);
  const majority = new Map();
  for (const c of response) {
    const n = new Map();
    for (const x of c) { const e = eidOf(x); if (e) n.set(e, (n.get(e) ?? 0) + 1); }
    const top = [...n].sort((a, b) => b[1] - a[1])[0]?.[0];
    for (const x of c) majority.set(x, top);
  }
  for (const c of key) for (const x of c) {
    const g = doc.mentions[Number(x.slice(1))];
    if (g.kind === 'named') continue;
    const right = majority.get(x) === g.eid;
    acc[g.kind].n++;
    if (right) acc[g.kind].found++;
    if (g.kind === 'pronoun' && !FIRST_SECOND.test(g.headForm)) { acc.third.n++; if (right) acc.third.found++; }
  }
}

export async function runGum({ data, cli, verbose, log, gumSplit = 'dev' }) {
  const root = join(data, 'gum');
  if (!existsSync(join(root, 'docs.tsv'))) return { skip: `${root} not found` };
  if (gumSplit !== 'dev' && gumSplit !== 'train') throw new Error(`--gum-split ${gumSplit}: dev or train (test is held out)`);
  const docs = splitDocs(root, gumSplit);
  const anns = await annotate(cli, docs, { name: 'gum' });
  const names = scoreNames(docs.map((d) => ({ ...d, spans: nameSpans(d, false) })), anns, verbose, log);
  const literal = scoreNames(docs.map((d) => ({ ...d, spans: nameSpans(d, true) })), anns, false, log);
  const acc = { key: [], response: [], description: { n: 0, found: 0 }, pronoun: { n: 0, found: 0 }, third: { n: 0, found: 0 } };
  for (const d of docs) corefDoc(d, anns.get(d.id), acc, verbose, log);
  const s = conll2012(acc.key, acc.response);
  const literalF = nameLine(literal, 'other-type').match(/F1 ([\d.]+)/)[1];
  const headF = headMatchedNames(docs, anns);
  const genres = new Set(docs.map((d) => d.genre)).size;
  return {
    line: `${gumSplit} split, ${docs.length} docs of ${genres} genres${notAnnotated(docs.map((d) => d.id), anns)}; ${nameLine(names, 'other-type')}; GUM's whole mention spans: F1 ${literalF}; diagnostic, heads matched inside GUM's spans: F1 ${f3(headF)}; ` +
      `coref CoNLL-2012 F1 ${f3(s.f)} (MUC ${f3(s.muc.f)} B3 ${f3(s.bcubed.f)} CEAF-e ${f3(s.ceafe.f)}; ` +
      `${acc.key.length} gold chains), descriptions found ${pct(ratio(acc.description.found, acc.description.n))} ` +
      `of ${acc.description.n}, pronouns found ${pct(ratio(acc.pronoun.found, acc.pronoun.n))} of ${acc.pronoun.n} ` +
      `(third-person ${pct(ratio(acc.third.found, acc.third.n))} of ${acc.third.n})`,
    figures: {
      ...nameFigures(names), name_f1_whole_spans: nameFigures(literal).name_f1, name_f1_heads_diagnostic: round(headF),
      coref_conll2012_f1: round(s.f), muc_f1: round(s.muc.f), b3_f1: round(s.bcubed.f), ceafe_f1: round(s.ceafe.f),
      descriptions_found: round(ratio(acc.description.found, acc.description.n)),
      pronouns_found: round(ratio(acc.pronoun.found, acc.pronoun.n)), third_person_pronouns_found: round(ratio(acc.third.found, acc.third.n)),
    },
  };
}
