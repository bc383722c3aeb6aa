// npm run train:speakers: trains the speaker ranker (src/core/claims/ranker.ts) on PolNeAR train from
// ../shared/data, and prints the cue lemmas of the gold attributions with their counts (--cues) for
// reviewing lexicon/speech.ts. Only the weights are written (src/core/claims/model/speakers.json);
// the texts and the annotation are read here and never copied into the repo.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { tsImport } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const data = process.env.BYLINE_REAL_DATA ?? join(root, '..', 'shared', 'data');
const polnear = join(data, 'polnear');
const OUT = join(root, 'src', 'core', 'claims', 'model', 'speakers.json');
const args = process.argv.slice(2);
const cache = args.includes('--cache') ? args[args.indexOf('--cache') + 1] : null;

/** Brat records by their `T1\t` / `E1\t` prefix (a covered text may hold a newline); one attribution per E line. */
function parseAnn(ann) {
  const recs = [];
  for (const line of ann.split('\n')) {
    if (/^[TE#]\d+\t/.test(line) || !recs.length) recs.push(line);
    else recs[recs.length - 1] += `\n${line}`;
  }
  const spans = new Map();
  const out = [];
  for (const rec of recs) {
    const [id, body] = rec.split('\t');
    if (id?.startsWith('T')) {
      const m = /^(\S+) (.+)$/.exec(body ?? '');
      if (m) spans.set(id, m[2].split(';').map((f) => { const [s, e] = f.trim().split(/\s+/).map(Number); return { start: s, end: e }; }));
    } else if (id?.startsWith('E')) {
      const roles = body.trim().split(/\s+/).map((r) => r.split(':'));
      const get = (re) => roles.filter(([r]) => re.test(r)).map(([, t]) => spans.get(t)).filter(Boolean);
      out.push({ source: get(/^Source$/)[0] ?? null, cue: get(/^Cue$/)[0] ?? null, content: get(/^Content\d*$/).flat() });
    }
  }
  return out;
}

// the head of the source's first noun phrase, as the project's PolNeAR scorer reads it
const NP_END = new Set(('of for at from with in on to by about who whom whose which that and or but as like including among ' +
  'according said says say told tells added adds when where while after before than also').split(' '));
function sourceHead(text, frags) {
  const f = frags[0];
  let head = null;
  for (const m of text.slice(f.start, f.end).matchAll(/[\p{L}\p{N}][\p{L}\p{N}.’'&-]*|[^\s\p{L}\p{N}]/gu)) {
    const w = m[0];
    if (!/^[\p{L}\p{N}]/u.test(w)) { if (/^[,;:()[\]—–]$/.test(w) && head) break; continue; }
    if (head && NP_END.has(w.toLowerCase())) break;
    head = { start: f.start + m.index, end: f.start + m.index + w.replace(/[’']s$/, '').length };
  }
  return head;
}

function articles(split) {
  const rows = readFileSync(join(polnear, 'primary-annotation.tsv'), 'utf8').trim().split('\n').slice(1).map((r) => r.split('\t'));
  return rows.filter(([s]) => s === split).map(([, id, annotator]) => ({
    id, path: join(polnear, split, 'text', `${id}.txt`), ann: join(polnear, split, 'attributions', `${id}_${annotator}.ann`),
  }));
}

/** The built CLI's analysis of every article (two processes: the machine has two cores). */
async function analyzeAll(arts) {
  if (cache && existsSync(cache)) return new Map(readFileSync(cache, 'utf8').trim().split('\n').filter(Boolean).map((l) => { const a = JSON.parse(l); return [basename(a.source), a]; }));
  const run = promisify(execFile);
  const halves = [arts.filter((_, i) => i % 2 === 0), arts.filter((_, i) => i % 2 === 1)];
  const outs = await Promise.all(halves.map((h) => run(process.execPath, [join(root, 'dist', 'cli.js'), 'annotate', '--format', 'jsonl', ...h.map((a) => a.path)], { maxBuffer: 1 << 30 })));
  const lines = outs.flatMap((o) => o.stdout.trim().split('\n'));
  if (cache) writeFileSync(cache, lines.join('\n'));
  return new Map(lines.filter(Boolean).map((l) => { const a = JSON.parse(l); return [basename(a.source), a]; }));
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/** One training group per quote claim whose gold source head is among its candidates. */
function examples(R, text, analysis, gold) {
  const doc = R.rankDoc(text);
  const mentions = (analysis.mentions ?? []).filter((m) => m.actor).map((m) => ({ start: m.start, end: m.end, actor: m.actor, type: m.type }));
  const counts = new Map();
  for (const m of mentions) counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
  const groups = [];
  let prevSpeaker = null;
  for (const q of analysis.claims.filter((c) => c.kind === 'quote')) {
    const g = gold.find((a) => a.source && a.content.some((f) => overlaps(f, q)));
    const head = g && sourceHead(text, g.source);
    if (head) {
      const cands = R.candidatesFor(doc, q, mentions).map(({ c, between, rank }) => ({
        f: R.candidateFeatures(doc, q, c, { prevSpeaker, between, rank, count: counts.get(c.actor) ?? 0 }),
        y: overlaps(c, head) ? 1 : 0,
      }));
      if (cands.some((c) => c.y)) groups.push(cands);
    }
    prevSpeaker = q.speaker;
  }
  return groups;
}

/** Logistic regression by SGD with L2, deterministic order; returns the model. */
function train(groups, epochs = 12, rate = 0.1, l2 = 1e-4) {
  const w = new Map();
  let bias = 0;
  for (let e = 0; e < epochs; e++) {
    const lr = rate / (1 + e);
    for (const g of groups) {
      for (const { f, y } of g) {
        let z = bias;
        for (const k of f) z += w.get(k) ?? 0;
        const err = y - 1 / (1 + Math.exp(-z));
        bias += lr * err;
        for (const k of f) { const v = w.get(k) ?? 0; w.set(k, v + lr * (err - l2 * v)); }
      }
    }
  }
  const weights = Object.fromEntries([...w].filter(([, v]) => Math.abs(v) > 1e-3).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
  return { bias: Math.round(bias * 1000) / 1000, threshold: 0.15, weights };
}

function accuracy(R, groups, model) {
  let right = 0;
  for (const g of groups) {
    let best = null;
    for (const c of g) { const s = R.score(c.f, model); if (!best || s > best.s) best = { s, y: c.y }; }
    if (best && best.y && best.s >= model.threshold) right++;
  }
  return right / groups.length;
}

/** The gold cue lemmas with counts (the head verb: "said in a statement" → said), for reviewing the lexicon. */
function cueCounts(arts) {
  const counts = new Map();
  for (const a of arts) {
    const text = readFileSync(a.path, 'utf8');
    for (const g of parseAnn(readFileSync(a.ann, 'utf8'))) {
      if (!g.cue) continue;
      const words = g.cue.map((f) => text.slice(f.start, f.end)).join(' ').toLowerCase().replace(/’/g, "'").match(/[a-z']+/g) ?? [];
      const head = words.find((w) => !/^(has|have|had|is|was|were|are|be|been|also|not|will|would|to|did|does|do)$/.test(w)) ?? words[0];
      const key = words[0] === 'according' ? 'according to' : head;
      if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

async function main() {
  if (!existsSync(join(polnear, 'primary-annotation.tsv'))) {
    console.log(`train:speakers: skipped — no PolNeAR at ${polnear} (set BYLINE_REAL_DATA)`);
    return;
  }
  const arts = articles('train');
  if (args.includes('--cues')) { for (const [k, n] of cueCounts(arts)) console.log(`${n}\t${k}`); return; }
  const R = await tsImport('../src/core/claims/ranker.ts', import.meta.url);
  const anns = await analyzeAll(arts);
  const groups = [];
  for (const a of arts) {
    const analysis = anns.get(basename(a.path));
    if (analysis) groups.push(...examples(R, readFileSync(a.path, 'utf8'), analysis, parseAnn(readFileSync(a.ann, 'utf8'))));
  }
  // the last tenth is held back to report how often the top candidate is right
  const cut = Math.floor(groups.length * 0.9);
  const check = train(groups.slice(0, cut));
  console.log(`train:speakers: ${groups.length} quotes; top candidate right on the held-back tenth: ${accuracy(R, groups.slice(cut), check).toFixed(3)}`);
  const model = train(groups);
  writeFileSync(OUT, `${JSON.stringify(model, null, 1)}\n`);
  console.log(`train:speakers: ${Object.keys(model.weights).length} weights → ${OUT}`);
}

main().catch((e) => { console.error(`train:speakers: ${e.message}`); process.exit(1); });
