// V8's code cache for the analysis worker's bundle: the bytecode of the functions that the first analysis
// compiled, kept on disk (the extension's global storage) so that later sessions of the editor start the
// worker without parsing and compiling them again. V8 checks the cache against its own version, its flags
// and the source, and compiles from scratch when it does not match: a stale or foreign file costs nothing
// but its read.
import { statSync } from 'node:fs';
import { join } from 'node:path';

/** The cache file of one build of the bundle, for this V8: another build or V8 gets another file. */
export function codeCacheFile(bundle: string, dir: string): string | undefined {
  try {
    const st = statSync(bundle);
    const tag = `${process.versions.v8}-${st.size}-${Math.round(st.mtimeMs)}`.replace(/[^\w.-]/g, '_');
    return join(dir, `worker-${tag}.cache`);
  } catch {
    return undefined;
  }
}

/**
 * The worker's entry when a cache file is given (`new Worker(CODE_CACHE_LOADER, { eval: true })`, with
 * workerData.bundle and workerData.codeCache): compiles the bundle as Node's CommonJS loader would, with the
 * cached data when there is some, and leaves `globalThis.bylineSaveCodeCache()` for the worker to call once
 * its first analysis is done (then the cache holds what that analysis compiled). A string: it runs before
 * any bundle is loaded.
 */
export const CODE_CACHE_LOADER = `
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { createRequire, wrap } = require('node:module');
const { workerData } = require('node:worker_threads');
const file = workerData.bundle;
const cacheFile = workerData.codeCache;
let cachedData;
try { cachedData = fs.readFileSync(cacheFile); } catch {}
const script = new vm.Script(wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData });
const warm = cachedData !== undefined && !script.cachedDataRejected;
globalThis.bylineSaveCodeCache = () => {
  globalThis.bylineSaveCodeCache = undefined;
  if (warm) return;
  try {
    const dir = path.dirname(cacheFile);
    fs.mkdirSync(dir, { recursive: true });
    const tmp = cacheFile + '.' + process.pid + '.tmp';
    fs.writeFileSync(tmp, script.createCachedData());
    fs.renameSync(tmp, cacheFile);
    for (const f of fs.readdirSync(dir)) {
      if (/^worker-.*\\.cache$/.test(f) && path.join(dir, f) !== cacheFile) fs.rmSync(path.join(dir, f), { force: true });
    }
  } catch {}
};
const mod = { exports: {} };
script.runInThisContext()(mod.exports, createRequire(file), mod, file, path.dirname(file));
`;
