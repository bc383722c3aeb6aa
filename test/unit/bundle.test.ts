// The bundles carry a slim world-countries (scripts/world-countries-slim.mjs): the lexicons built from it
// must equal those built from the full package, and no other file of src/ may read the package unnoticed.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build, type Plugin } from 'esbuild';
import countries from 'world-countries';

const ROOT = join(__dirname, '..', '..');

type Lexicons = {
  COUNTRY_BY_NAME: Map<string, unknown>;
  CAPITAL_BY_NAME: Map<string, unknown>;
  COUNTRY_BY_DEMONYM: Map<string, unknown>;
  gazetteerTags(lower: string[]): string[];
};

async function bundleLexicons(dir: string, name: string, plugins: Plugin[]): Promise<Lexicons> {
  const entry = join(dir, `${name}-entry.ts`);
  writeFileSync(entry, [
    `export { COUNTRY_BY_NAME, CAPITAL_BY_NAME, COUNTRY_BY_DEMONYM } from ${JSON.stringify(join(ROOT, 'src/core/lexicon/places'))};`,
    `export { gazetteerTags } from ${JSON.stringify(join(ROOT, 'src/core/ner/gazetteer'))};`,
  ].join('\n'));
  const outfile = join(dir, `${name}.js`);
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'silent', plugins, nodePaths: [join(ROOT, 'node_modules')] });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(outfile) as Lexicons;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.ts$/.test(f) ? [p] : [];
  });
}

describe('bundles: slim world-countries', function () {
  this.timeout(60000);

  it('the lexicons built from the slim list equal those from the full package', async () => {
    const { worldCountriesSlim } = await import('../../scripts/world-countries-slim.mjs');
    const dir = mkdtempSync(join(tmpdir(), 'byline-bundle-'));
    const full = await bundleLexicons(dir, 'full', []);
    const slim = await bundleLexicons(dir, 'slim', [worldCountriesSlim]);
    assert.ok(readFileSync(join(dir, 'slim.js'), 'utf8').length < readFileSync(join(dir, 'full.js'), 'utf8').length - 400_000, 'the slim bundle is smaller');
    for (const k of ['COUNTRY_BY_NAME', 'CAPITAL_BY_NAME', 'COUNTRY_BY_DEMONYM'] as const) {
      assert.ok(full[k].size > 100, k);
      assert.deepEqual([...slim[k]], [...full[k]], k);
    }
    // the name tagger's gazetteer, asked about every name the package knows
    const names = countries.flatMap((c) => [c.name.common, c.name.official, ...c.altSpellings, ...(c.capital ?? []), c.demonyms?.eng?.m ?? '', c.demonyms?.eng?.f ?? '', c.region, c.subregion ?? '']);
    const words = names.filter(Boolean).flatMap((n) => [...n.toLowerCase().split(' '), 'said']);
    assert.deepEqual(slim.gazetteerTags(words), full.gazetteerTags(words));
    assert.ok(full.gazetteerTags(words).some((t) => t !== ''));
  });

  it('only the files that the slim list was made for read world-countries', () => {
    const readers = sourceFiles(join(ROOT, 'src'))
      .filter((f) => /from 'world-countries'|require\('world-countries'\)/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f))
      .sort();
    assert.deepEqual(readers, ['src/core/lexicon/places.ts', 'src/core/ner/gazetteer.ts'],
      'a new reader of world-countries: keep the fields it reads in scripts/world-countries-slim.mjs (slimCountry), then add it here');
  });
});
