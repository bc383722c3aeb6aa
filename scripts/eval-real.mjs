// npm run eval:real: scores a built Byline CLI on real news with third-party gold from ../shared/data
// (CoNLL-2003 dev, WikiGold, PolNeAR dev, GUM, ECB+ dev), one line per dataset. The data is read here
// and converted only into os.tmpdir(); nothing from it is written into the repo.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTokenCorpus } from './eval-real/ner.mjs';
import { status } from './eval-real/common.mjs';
import { runEcbplus } from './eval-real/ecbplus.mjs';
import { runGum } from './eval-real/gum.mjs';
import { runPolnear } from './eval-real/polnear.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const USAGE = `usage: node scripts/eval-real.mjs [--cli PATH] [--data DIR] [--only NAME[,NAME]] [--polnear-split dev|train] [--gum-split dev|train] [--ecbplus-split dev|train|test] [--verbose] [--json]
  --cli PATH     the built Byline CLI to score (default: this repo's dist/cli.js)
  --data DIR     the real data (default: ../shared/data beside the repo, or $BYLINE_REAL_DATA)
  --only NAMES   datasets to score: conll, wikigold, polnear, gum, ecbplus (comma-separated)
  --polnear-split SPLIT  the PolNeAR split to score: dev (the measure, default) or train (for error
                 analysis: rules are reviewed on train so that dev stays a fair measure)
  --gum-split SPLIT  the GUM split to score: dev (the measure, default) or train (for error analysis)
  --ecbplus-split SPLIT  the ECB+ split: dev (default), train (for error analysis) or test (topics
                 36-40, a held-out check: read its figure only, never its errors)
  --verbose      per-document errors before each dataset's line
  --json         one JSON object of figures per dataset (skipped: {"skipped": why}) instead of the lines`;

function parseArgs(argv) {
  const opts = { cli: join(root, 'dist', 'cli.js'), data: process.env.BYLINE_REAL_DATA ?? join(root, '..', 'shared', 'data'), only: null, polnearSplit: 'dev', gumSplit: 'dev', ecbplusSplit: 'dev', verbose: false, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--cli') opts.cli = resolve(value());
    else if (a === '--data') opts.data = resolve(value());
    else if (a === '--only') opts.only = value().split(',').map((s) => s.trim()).filter(Boolean);
    else if (a === '--polnear-split') opts.polnearSplit = value();
    else if (a === '--gum-split') opts.gumSplit = value();
    else if (a === '--ecbplus-split') opts.ecbplusSplit = value();
    else if (a === '--verbose') opts.verbose = true;
    else if (a === '--json') opts.json = true;
    else if (a === '-h' || a === '--help') { console.log(USAGE); process.exit(0); }
    else throw new Error(`unknown argument ${a}`);
  }
  return opts;
}

const DATASETS = {
  conll: (o) => runTokenCorpus({ ...o, name: 'conll', path: join(o.data, 'conll2003', 'dev.txt'), format: 'conll' }),
  wikigold: (o) => runTokenCorpus({ ...o, name: 'wikigold', path: join(o.data, 'wikigold', 'wikigold.conllu'), format: 'wikigold' }),
  polnear: (o) => runPolnear(o),
  gum: (o) => runGum(o),
  ecbplus: (o) => runEcbplus(o),
};

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`eval:real: ${e.message}\n${USAGE}`);
    process.exit(2);
  }
  const names = opts.only ?? Object.keys(DATASETS);
  const unknown = names.filter((n) => !DATASETS[n]);
  if (unknown.length) {
    console.error(`eval:real: unknown dataset ${unknown.join(', ')} (known: ${Object.keys(DATASETS).join(', ')})`);
    process.exit(2);
  }
  if (!existsSync(opts.cli)) {
    console.error(`eval:real: no CLI at ${opts.cli} (run npm run build, or pass --cli PATH)`);
    process.exit(2);
  }
  if (!existsSync(opts.data)) {
    if (opts.json) { console.log(JSON.stringify({ skipped: `no real data at ${opts.data}` })); return; }
    console.log(`eval:real: skipped — no real data at ${opts.data} (set BYLINE_REAL_DATA or pass --data DIR)`);
    return;
  }
  // with --json, stdout is the JSON alone: the verbose lines go to stderr
  const log = (s) => (opts.json ? console.error(s) : console.log(s));
  const json = {};
  for (const name of names) {
    const t0 = Date.now();
    try {
      const r = await DATASETS[name]({ ...opts, log });
      const secs = ((Date.now() - t0) / 1000).toFixed(0);
      json[name] = r.skip ? { skipped: r.skip } : { ...r.figures, seconds: Number(secs) };
      if (!opts.json) console.log(r.skip ? `${name.padEnd(9)} skipped: ${r.skip}` : `${name.padEnd(9)} ${r.line} [${secs}s]`);
    } catch (e) {
      json[name] = { failed: e.message };
      if (!opts.json) console.log(`${name.padEnd(9)} failed: ${e.message}`);
      process.exitCode = 1;
    }
  }
  if (opts.json) console.log(JSON.stringify(json, null, 2));
  if (status.failed) process.exitCode = 1;
}

main();
