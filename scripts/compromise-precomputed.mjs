// An esbuild plugin: compromise's pre-tagger lexicon, computed at bundle time instead of at every start.
// compromise builds it when its module loads: it unpacks the packed word lists (efrt), then conjugates every
// verb, pluralizes every noun and inflects every adjective (its `_expand`), about 0.1 s of CPU on this
// machine in each worker before the first analysis can start. The result is plain data (words to a tag or a
// list of tags), so the bundle carries it as a JSON.parse of a string, which V8 reads in a few milliseconds.
// Only the pieces the expansion writes are replaced (the lexicon, the multi-word cache, the uncountables
// and the switch words); the rest of the module (patterns, regexes, models) is compromise's own source.
// Also: its mergeDeep without an object thrown away per key (extendSource below).
// test/unit/bundle.test.ts checks that the model so built equals the one compromise computes, and the tags.
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

export const PRETAGGER_MODEL = /[\\/]compromise[\\/]src[\\/]2-two[\\/]preTagger[\\/]model[\\/]index\.js$/;

/** Replaces `from` by `to` in `src`, exactly once (a compromise release that moved it fails the build). */
function once(src, from, to) {
  const at = src.indexOf(from);
  if (at < 0 || src.indexOf(from, at + 1) >= 0) {
    throw new Error(`compromise-precomputed: expected exactly one "${from}" in compromise's preTagger model; has compromise changed?`);
  }
  return src.slice(0, at) + to + src.slice(at + from.length);
}

/** The source of preTagger/model/index.js with the expanded lexicon inlined (`path`: the original file). */
export async function precomputedModelSource(path) {
  const { default: model } = await import(pathToFileURL(path).href);
  const data = {
    lexicon: model.one.lexicon,
    multi: model.one._multiCache,
    uncountable: model.two.uncountable,
    switches: model.two.switches,
  };
  let src = await readFile(path, 'utf8');
  src = once(src, "import { lexicon, switches, frozenLex } from './lexicon/index.js'",
    "import frozenLex from './lexicon/frozenLex.js'\n" +
    `const pre = JSON.parse(${JSON.stringify(JSON.stringify(data))})\n` +
    'const { lexicon, switches } = pre');
  src = once(src, "import expandLexicon from './_expand/index.js'", '');
  src = once(src, '_multiCache: {},', '_multiCache: pre.multi,');
  src = once(src, 'uncountable: {},', 'uncountable: pre.uncountable,');
  src = once(src, 'model = expandLexicon(model)', '');
  return src;
}

export const EXTEND = /[\\/]compromise[\\/]src[\\/]API[\\/]extend\.js$/;

/**
 * compromise's `mergeDeep` (API/extend.js), which copies each plugin's model into the world's word by word
 * (the 25,000 words of the lexicon among them), sets each key through `Object.assign(model, { [key]: v })`:
 * an object made and thrown away a key. `model[key] = v` is the same [[Set]] (the unsafe keys are skipped
 * before), without the garbage.
 */
export async function extendSource(path) {
  let src = await readFile(path, 'utf8');
  src = once(src, 'if (!model[key]) Object.assign(model, { [key]: {} })', 'if (!model[key]) model[key] = {}');
  src = once(src, 'Object.assign(model, { [key]: plugin[key] })', 'model[key] = plugin[key]');
  return src;
}

export const compromisePrecomputed = {
  name: 'compromise-precomputed',
  setup(build) {
    let model, extend;
    build.onLoad({ filter: PRETAGGER_MODEL }, async (args) => {
      model ??= await precomputedModelSource(args.path);
      return { contents: model, loader: 'js' };
    });
    build.onLoad({ filter: EXTEND }, async (args) => {
      extend ??= await extendSource(args.path);
      return { contents: extend, loader: 'js' };
    });
  },
};
