#!/usr/bin/env node
// `npm run test:integration`: bundles the extension and test/integration/suite/**/*.ts, then runs
// the suites inside a real VS Code extension host with @vscode/test-electron's runTests().
// Desktop VS Code where it can be downloaded (BYLINE_DESKTOP_VSCODE=1, or BYLINE_VSCODE_EXECUTABLE=path);
// otherwise code-server + headless chromium through test/integration/shim/code.mjs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import * as esbuild from 'esbuild';
import { runTests } from '@vscode/test-electron';
import { REPO_ROOT, ensureCodeServer } from '../../scripts/ensure-code-server.mjs';

const SUITE_DIR = join(REPO_ROOT, 'test', 'integration', 'suite');
const OUT_DIR = join(REPO_ROOT, 'out', 'test', 'integration');
const SHIM = join(REPO_ROOT, 'test', 'integration', 'shim', 'code.mjs');
const log = (msg) => console.log(`[test:integration] ${msg}`);

function listTs(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => join(dir, f));
}

async function build() {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: REPO_ROOT, stdio: ['ignore', 'inherit', 'inherit'], timeout: 300_000 });
  if (r.status !== 0) throw new Error(`building the extension (node esbuild.mjs) failed (${r.status ?? r.signal ?? r.error})`);
  rmSync(OUT_DIR, { recursive: true, force: true });
  const entryPoints = listTs(SUITE_DIR);
  await esbuild.build({
    entryPoints,
    outbase: SUITE_DIR,
    outdir: OUT_DIR,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    // vscode is the host's; mocha is required from node_modules (it does not bundle cleanly).
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  log(`bundled ${entryPoints.length} suite file(s) into ${relative(REPO_ROOT, OUT_DIR)}/ in ${Date.now() - t0} ms`);
}

/**
 * Whether to run the Restricted Mode pass: not in desktop VS Code (runTests always passes
 * --disable-workspace-trust there), and with BYLINE_TEST_GREP only when it matches "Restricted Mode".
 */
function restrictedPass(desktop) {
  if (desktop) {
    log('Restricted Mode pass skipped: runTests disables workspace trust in desktop VS Code');
    return false;
  }
  const grep = process.env.BYLINE_TEST_GREP;
  return !grep || new RegExp(grep).test('Restricted Mode');
}

async function main() {
  const t0 = Date.now();
  await build();
  const desktop = process.env.BYLINE_DESKTOP_VSCODE === '1' || !!process.env.BYLINE_VSCODE_EXECUTABLE;
  const profile = mkdtempSync(join(tmpdir(), 'byline-itest-'));
  const options = {
    extensionDevelopmentPath: REPO_ROOT,
    extensionTestsPath: join(OUT_DIR, 'index.js'),
    launchArgs: [
      join(REPO_ROOT, 'seeds'),
      '--disable-extensions',
      `--user-data-dir=${join(profile, 'user-data')}`,
      `--extensions-dir=${join(profile, 'extensions')}`,
    ],
    extensionTestsEnv: { BYLINE_TEST: '1' },
  };
  if (desktop) {
    if (process.env.BYLINE_VSCODE_EXECUTABLE) options.vscodeExecutablePath = process.env.BYLINE_VSCODE_EXECUTABLE;
    log(`running in desktop VS Code (${options.vscodeExecutablePath ?? 'downloaded by @vscode/test-electron'})`);
  } else {
    await ensureCodeServer();
    options.vscodeExecutablePath = SHIM;
    log('running in code-server + headless chromium (set BYLINE_DESKTOP_VSCODE=1 to use desktop VS Code)');
  }
  try {
    await runTests(options);
    if (restrictedPass(desktop)) {
      log('second pass: Restricted Mode (workspace trust on, the folder untrusted): restricted*.test.ts');
      const launchArgs = options.launchArgs.map((a) => a.replace(/^--user-data-dir=.*/, `--user-data-dir=${join(profile, 'user-data-restricted')}`));
      await runTests({ ...options, launchArgs, extensionTestsEnv: { ...options.extensionTestsEnv, BYLINE_RESTRICTED: '1' } });
    }
    log(`passed in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(`[test:integration] FAILED: ${e?.message ?? e}`);
    process.exit(1);
  },
);
