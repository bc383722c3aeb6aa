// Bundles the extension (src/vscode/extension.ts), its analysis worker and indexer process, the CLI and its pool worker into dist/.
// Type-checking is separate: `npm run typecheck`.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { compromisePrecomputed } from './scripts/compromise-precomputed.mjs';
import { worldCountriesSlim } from './scripts/world-countries-slim.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
// --outdir=DIR: build somewhere else than dist/ (bench/cold.ts builds a production copy in a temp folder)
const outdir = process.argv.find((a) => a.startsWith('--outdir='))?.slice('--outdir='.length) || 'dist';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  legalComments: 'none',
  logLevel: process.argv.includes('--quiet') ? 'warning' : 'info',
  define: { BYLINE_VERSION: JSON.stringify(pkg.version) },
  plugins: [worldCountriesSlim, compromisePrecomputed],
};

const builds = [
  { ...common, entryPoints: { extension: 'src/vscode/extension.ts', worker: 'src/service/worker.ts', indexer: 'src/service/indexer.ts' }, outdir, external: ['vscode'] },
  { ...common, entryPoints: { cli: 'src/cli.ts' }, outdir, banner: { js: '#!/usr/bin/env node' } },
  // The CLI's pool worker (src/cli/pool.ts loads it from beside dist/cli.js).
  { ...common, entryPoints: { 'cli-worker': 'src/cli/worker.ts' }, outdir },
];

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
