#!/usr/bin/env node
// `npm run test:ui`: Byline in the real VS Code workbench (code-server) driven by headless chromium.
// Runs the sessions and scenarios of ./scenarios.mjs, saves screenshots to test-results/screenshots/,
// and ends with the plain line "N passed, N failed".
// Options: `node test/ui/run.mjs [filter]` or BYLINE_UI_GREP=filter runs the scenarios whose
// "session › name" contains the filter; BYLINE_UI_TIMEOUT_MS bounds the whole run (default 10 min).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { REPO_ROOT, ensureCodeServer } from '../../scripts/ensure-code-server.mjs';
import { closeBrowser, launchChromium, onInterrupt, remoteUri, startCodeServer, workbenchUrl } from '../harness/codeServer.mjs';
import { sessions } from './scenarios.mjs';
import { Workbench } from './workbench.mjs';

const SCREENSHOTS = join(REPO_ROOT, 'test-results', 'screenshots');
const SEED = join(REPO_ROOT, 'seeds', 'seed-article.txt');
const RUN_TIMEOUT_MS = Number(process.env.BYLINE_UI_TIMEOUT_MS || 10 * 60_000);
const SCENARIO_TIMEOUT_MS = Number(process.env.BYLINE_UI_SCENARIO_TIMEOUT_MS || 90_000);
const FILTER = process.argv[2] || process.env.BYLINE_UI_GREP || '';
// Settings for a readable, stable screen: wrapped lines keep every name on screen for the mouse.
const UI_SETTINGS = {
  'editor.wordWrap': 'on',
  'editor.minimap.enabled': false,
  'editor.hover.delay': 300,
  'workbench.colorTheme': 'Default Light Modern',
  'window.commandCenter': true,
};

const log = (msg) => console.log(`[test:ui] ${msg}`);
let stopping = false; // set on Ctrl-C: no further scenarios start

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms / 1000} s`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

function runChecked(cmd, args, opts, what) {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', timeout: 300_000, ...opts });
  if (r.status !== 0) throw new Error(`${what} failed (${r.status ?? r.signal ?? r.error}):\n${(r.stdout ?? '').slice(-3000)}\n${(r.stderr ?? '').slice(-3000)}`);
  return r;
}

/**
 * `npm run package` in a scratch copy of the working tree (so the production build does not
 * replace dist/ here); returns the .vsix path.
 */
function packageVsix(scratch) {
  const copy = join(scratch, 'pkg');
  const skip = new Set(['node_modules', '.git', '.vscode-test', 'out', 'dist', 'test-results']);
  cpSync(REPO_ROOT, copy, { recursive: true, filter: (src) => { const rel = relative(REPO_ROOT, src); return !skip.has(rel.split('/')[0]) && !rel.endsWith('.vsix'); } });
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  const vsix = join(scratch, 'byline.vsix');
  const t0 = Date.now();
  runChecked('npm', ['run', 'package', '--', '--out', vsix], { cwd: copy, env: { ...process.env, npm_config_update_notifier: 'false' } }, '`npm run package`');
  if (!existsSync(vsix)) throw new Error(`\`npm run package\` did not write ${vsix}`);
  log(`packaged ${vsix} in ${Date.now() - t0} ms`);
  return vsix;
}

async function runSession(session, browser, results, scratch) {
  const selected = session.scenarios.filter((s) => !FILTER || `${session.name} › ${s.name}`.includes(FILTER));
  if (selected.length === 0) return;
  log(`session "${session.name}": ${session.description}`);
  // a session may open a folder of its own (made in scratch); the seed article is opened from it
  const folder = session.folder ? session.folder(scratch) : join(REPO_ROOT, 'seeds');
  const seedFile = session.folder ? join(folder, 'seed-article.txt') : SEED;
  const payload = [['openFile', remoteUri(seedFile)]];
  let server;
  let context;
  const fail = (s, e) => results.push({ name: `${session.name} › ${s.name}`, ok: false, error: e });
  try {
    const vsixFiles = [];
    if (session.load === 'development') payload.unshift(['extensionDevelopmentPath', remoteUri(REPO_ROOT)]);
    else if (session.load === 'vsix') vsixFiles.push(packageVsix(scratch));
    else throw new Error(`unknown load "${session.load}" in session ${session.name}`);
    server = await startCodeServer({ settings: { ...UI_SETTINGS, ...session.settings }, vsixFiles, label: `code-server (${session.name})` });
    context = await browser.newContext({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (e) => { if (process.env.BYLINE_VERBOSE === '1') log(`page error: ${e.message}`); });
    const wb = new Workbench(page, { screenshotDir: SCREENSHOTS, prefix: `${session.name}-` });
    await wb.goto(workbenchUrl(server.url, { folder, payload }));
    const seedText = readFileSync(SEED, 'utf8');
    // every scenario starts with the seed article on screen
    await wb.waitForEditorText(seedText.trim().split('\n')[0].slice(0, 40), 60_000);
    const ctx = { wb, page, seed: seedFile, seedText, folder, server, note: (m) => console.log(`      · ${m}`) };
    for (const s of selected) {
      if (stopping) break;
      const t0 = Date.now();
      try {
        await withTimeout(Promise.resolve().then(() => s.run(ctx)), SCENARIO_TIMEOUT_MS, `scenario "${s.name}"`);
        results.push({ name: `${session.name} › ${s.name}`, ok: true, ms: Date.now() - t0 });
        console.log(`  ✔ ${session.name} › ${s.name} (${Date.now() - t0} ms)`);
      } catch (e) {
        if (stopping) break;
        fail(s, e);
        // eslint-disable-next-line no-control-regex
        const message = String(e?.message ?? e).replace(/\u001b\[[0-9;]*m/g, '').split('\n').slice(0, 25).join('\n      ');
        console.log(`  ✘ ${session.name} › ${s.name} (${Date.now() - t0} ms)\n      ${message}`);
        await wb.screenshot(`FAILED-${s.name.replace(/[^\w-]+/g, '-')}`).then((f) => console.log(`      screenshot: ${relative(REPO_ROOT, f)}`)).catch(() => {});
        await page.keyboard.press('Escape').catch(() => {});
      }
    }
  } catch (e) {
    console.log(`  ✘ session "${session.name}" could not start: ${e?.message ?? e}`);
    for (const s of selected) if (!results.some((r) => r.name === `${session.name} › ${s.name}`)) fail(s, e);
    if (server) console.log(`    code-server log (last lines):\n${server.logTail(30)}`);
  } finally {
    if (context) await Promise.race([context.close().catch(() => {}), new Promise((r) => setTimeout(r, 10_000))]);
    if (server) await server.dispose();
  }
}

async function main() {
  const t0 = Date.now();
  const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: REPO_ROOT, stdio: ['ignore', 'inherit', 'inherit'], timeout: 300_000 });
  if (build.status !== 0) throw new Error(`building the extension (node esbuild.mjs) failed (${build.status ?? build.signal ?? build.error})`);
  await ensureCodeServer();
  rmSync(SCREENSHOTS, { recursive: true, force: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  const scratch = mkdtempSync(join(tmpdir(), 'byline-ui-'));
  const results = [];
  let browser;
  const cleanup = async () => {
    stopping = true;
    await closeBrowser(browser);
    rmSync(scratch, { recursive: true, force: true });
  };
  const removeInterrupt = onInterrupt(cleanup);
  try {
    await withTimeout((async () => {
      browser = await launchChromium();
      for (const session of sessions) if (!stopping) await runSession(session, browser, results, scratch);
    })(), RUN_TIMEOUT_MS, 'the UI run (BYLINE_UI_TIMEOUT_MS)');
  } catch (e) {
    console.log(`[test:ui] ${e?.message ?? e}`);
    results.push({ name: 'run', ok: false, error: e });
  } finally {
    await cleanup();
    removeInterrupt();
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  log(`screenshots in ${relative(REPO_ROOT, SCREENSHOTS)}/; ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`[test:ui] FAILED: ${e?.message ?? e}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
