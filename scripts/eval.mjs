// npm run eval: scores the CLI's annotations against gold files with the shared scorer, per corpus.
// The shared evaluation kit lives beside the checkout (../shared/eval); the fixtures are ours.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const scorer = process.env.BYLINE_SCORER ?? join(root, '..', 'shared', 'eval', 'score.mjs');
if (!existsSync(scorer)) {
  console.error(`eval: the scorer is not at ${scorer} (set BYLINE_SCORER to its path)`);
  process.exit(2);
}
const corpora = [
  ['seed', join(dirname(scorer))],
  ['dev', join(dirname(scorer), 'dev')],
  ['fixtures', join(root, 'test', 'fixtures', 'articles')],
];
const verbose = process.argv.includes('--verbose');
for (const [name, dir] of corpora) {
  if (!existsSync(dir)) continue;
  const out = execFileSync(process.execPath, [scorer, '--dir', dir, '--cmd', `node ${JSON.stringify(join(root, 'dist', 'cli.js'))} annotate --format json {} {--date}`], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const lines = out.trim().split('\n');
  if (verbose) console.log(lines.slice(0, -1).join('\n'));
  console.log(`${name.padEnd(9)} ${lines[lines.length - 1]}`);
}
