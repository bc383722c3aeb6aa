// An esbuild plugin: the bundles carry only the fields of `world-countries` that src/core reads.
// The package ships 250 countries with every field (translations into 25 languages, currencies, borders,
// flags…): 1.4 MB of JSON, 687 KB of each of dist/extension.js and dist/worker.js, parsed and built into
// objects at every start of the extension host and of the analysis worker, on the way to the first highlights.
// The kept fields are emitted as a JSON.parse of a string, which V8 reads faster than an object literal.
// test/unit/bundle.test.ts checks that the lexicons built from the slim list equal those from the full one,
// and that no other file of src/ reads world-countries (a new reader: add its fields here).
import { readFile } from 'node:fs/promises';

/** Every field of a country that src/core/lexicon/places.ts and src/core/ner/gazetteer.ts read. */
export function slimCountry(c) {
  return {
    cca3: c.cca3,
    name: { common: c.name.common, official: c.name.official },
    altSpellings: c.altSpellings,
    capital: c.capital,
    ...(c.demonyms?.eng ? { demonyms: { eng: c.demonyms.eng } } : {}),
    region: c.region,
    subregion: c.subregion,
  };
}

export const worldCountriesSlim = {
  name: 'world-countries-slim',
  setup(build) {
    build.onLoad({ filter: /[\\/]world-countries[\\/]countries\.json$/ }, async (args) => {
      const slim = JSON.parse(await readFile(args.path, 'utf8')).map(slimCountry);
      return { contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(slim))});`, loader: 'js' };
    });
  },
};
