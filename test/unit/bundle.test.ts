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

type Nlp = ((text: string) => { json(): unknown }) & { model(): { one: { lexicon: Record<string, unknown> } } };

async function bundleCompromise(dir: string, name: string, plugins: Plugin[]): Promise<Nlp> {
  const entry = join(dir, `${name}-entry.ts`);
  writeFileSync(entry, `import nlp from 'compromise';\nmodule.exports = nlp;\n`);
  const outfile = join(dir, `${name}.js`);
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'silent', plugins, nodePaths: [join(ROOT, 'node_modules')] });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(outfile) as Nlp;
}

describe('bundles: compromise with its pre-tagger lexicon computed at bundle time', function () {
  this.timeout(60000);

  it('the model (lexicon, its order, every other part) and the tags equal compromise computing them itself', async () => {
    const { compromisePrecomputed } = await import('../../scripts/compromise-precomputed.mjs');
    const dir = mkdtempSync(join(tmpdir(), 'byline-bundle-'));
    const own = await bundleCompromise(dir, 'own', []);
    const pre = await bundleCompromise(dir, 'pre', [compromisePrecomputed]);
    // the expansion is not in the bundle any more
    assert.ok(readFileSync(join(dir, 'own.js'), 'utf8').includes('expandVariable'));
    assert.ok(!readFileSync(join(dir, 'pre.js'), 'utf8').includes('expandVariable'));
    const lexicon = own.model().one.lexicon;
    assert.ok(Object.keys(lexicon).length > 20_000, 'the expanded lexicon');
    assert.deepEqual(Object.keys(pre.model().one.lexicon), Object.keys(lexicon), 'the same words in the same order');
    assert.deepEqual(pre.model(), own.model());
    const text = readFileSync(join(ROOT, 'seeds', 'seed-article.txt'), 'utf8');
    // term ids are drawn afresh for every document: left out
    const tags = (nlp: Nlp) => JSON.stringify(nlp(text).json(), (k, v: unknown) => (k === 'id' ? undefined : v));
    assert.equal(tags(pre), tags(own));
    assert.ok(tags(own).includes('"Verb"'));
  });
});
