#!/usr/bin/env node
// Byte-identity check of the built analysis (dist/cli.js) over every text we can reach: the baseline is
// written OUTSIDE the repo (shared data must never be committed), then later builds are compared to it.
//
//   node scripts/check-identical.mjs --write [--dir /tmp/byline-baseline]   record the current output
//   node scripts/check-identical.mjs [--dir /tmp/byline-baseline]           compare; exit 1 on a difference
//   BYLINE_CLI=src/cli.ts node --import tsx scripts/check-identical.mjs      the source, without a build
//
// Texts: seeds/, ../shared/eval (+ dev), test/fixtures/**, and when present ../shared/data PolNeAR dev
// texts and ECB+ dev documents (materialized under the baseline dir, never in the repo). The gold's
// article_date is passed as --date where a gold file gives one, so the dated paths are covered too.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.BYLINE_SHARED ?? join(root, '..', 'shared');
const args = process.argv.slice(2);
const write = args.includes('--write');
const dirIdx = args.indexOf('--dir');
const outDir = dirIdx >= 0 ? args[dirIdx + 1] : '/tmp/byline-baseline';

const sharedDir = existsSync(shared) ? shared : null;

function txts(dir, recursive = false) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory() && recursive) out.push(...txts(p, true));
    else if (e.isFile() && e.name.endsWith('.txt')) out.push(p);
  }
  return out.sort();
}

function goldDate(txt) {
  const gold = txt.replace(/\.txt$/, '.gold.json');
  if (!existsSync(gold)) return undefined;
  try {
    const d = JSON.parse(readFileSync(gold, 'utf8')).article_date;
    return typeof d === 'string' ? d : undefined;
  } catch {
    return undefined;
  }
}

/** ECB+ dev documents as text files under the baseline dir (outside the repo). */
function ecbTexts() {
  if (!sharedDir) return [];
  const src = join(sharedDir, 'data', 'ecbplus', 'dev.jsonl');
  if (!existsSync(src)) return [];
  const dir = join(outDir, '_texts', 'ecbplus-dev');
  mkdirSync(dir, { recursive: true });
  const files = [];
  for (const line of readFileSync(src, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line);
    const f = join(dir, `${doc.doc}.txt`);
    if (!existsSync(f)) writeFileSync(f, doc.text);
    files.push(f);
  }
  return files.sort();
}

function corpus() {
  const list = [];
  const add = (group, files) => { for (const f of files) list.push({ group, file: f, date: goldDate(f) }); };
  add('seed', txts(join(root, 'seeds')));
  add('fixtures', txts(join(root, 'test', 'fixtures'), true));
  if (sharedDir) {
    add('eval', txts(join(sharedDir, 'eval')));
    add('eval-dev', txts(join(sharedDir, 'eval', 'dev')));
    add('polnear-dev', txts(join(sharedDir, 'data', 'polnear', 'dev', 'text')));
    add('ecbplus-dev', ecbTexts());
  }
  return list;
}

function keyOf(item) {
  const rel = item.file.startsWith(root) ? relative(root, item.file) : `${item.group}/${basename(item.file)}`;
  return rel.replace(/[\\/]/g, '__') + (item.date ? `@${item.date}` : '') + '.json';
}

function annotate(main, item, extra = []) {
  let out = '', err = '';
  const argv = ['annotate', '--format', 'json', ...extra, ...(item.date ? ['--date', item.date] : []), item.file];
  const code = main(argv, { out: (t) => { out += t; }, err: (t) => { err += t; }, isTTY: false });
  if (code !== 0) throw new Error(`${item.file}: exit ${code}: ${err}`);
  // the source path differs between checkouts; it is not part of the analysis
  return out.replace(/"source":\s*"[^"]*"/, '"source":"<file>"');
}

function firstDifference(a, b, path = '$') {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || a === null || b === null || typeof a !== 'object') {
    return JSON.stringify(a) === JSON.stringify(b) ? null : `${path}: ${JSON.stringify(b)?.slice(0, 120)} (was ${JSON.stringify(a)?.slice(0, 120)})`;
  }
  const keys = Array.isArray(a) ? [...Array(Math.max(a.length, b.length)).keys()] : [...new Set([...Object.keys(a), ...Object.keys(b)])];
  for (const k of keys) {
    const d = firstDifference(a[k], b[k], Array.isArray(a) ? `${path}[${k}]` : `${path}.${k}`);
    if (d) return d;
  }
  const ka = Object.keys(a).join(','), kb = Object.keys(b).join(',');
  return ka === kb ? null : `${path}: key order ${kb} (was ${ka})`;
}

const cli = process.env.BYLINE_CLI ? join(root, process.env.BYLINE_CLI) : join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error('check-identical: dist/cli.js is missing; run `npm run build` first');
  process.exit(2);
}
const { main } = createRequire(import.meta.url)(cli);
const items = corpus();
if (!sharedDir) console.log('check-identical: ../shared is absent; checking the repo texts only');
mkdirSync(outDir, { recursive: true });
const counts = {};
const differing = [];
let missing = 0;
for (const item of items) {
  counts[item.group] = (counts[item.group] ?? 0) + 1;
  const json = annotate(main, item);
  const target = join(outDir, keyOf(item));
  if (write) { writeFileSync(target, json); continue; }
  if (!existsSync(target)) { missing++; continue; }
  const before = readFileSync(target, 'utf8');
  if (before !== json) {
    let where;
    try { where = firstDifference(JSON.parse(before), JSON.parse(json)) ?? 'whitespace/bytes only'; } catch { where = 'not JSON'; }
    differing.push(`${relative(root, item.file) || item.file}${item.date ? ` (--date ${item.date})` : ''}: ${where}`);
  }
}
const summary = Object.entries(counts).map(([g, n]) => `${g} ${n}`).join(', ');
if (write) {
  console.log(`check-identical: baseline of ${items.length} texts written to ${outDir} (${summary})`);
} else {
  for (const d of differing) console.log(`DIFFERS ${d}`);
  if (missing) console.log(`check-identical: ${missing} texts have no baseline (run with --write on the base commit)`);
  console.log(`check-identical: ${items.length - differing.length - missing}/${items.length} identical (${summary})`);
  process.exit(differing.length || missing ? 1 : 0);
}
