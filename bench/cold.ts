// First highlights after opening an article cold, in the real workbench (code-server + headless chromium),
// beside a trivial extension that decorates the first word of a .txt without any analysis: the difference
// is what Byline costs on top of what the editor itself needs (target: ≤ 500 ms).
//
// Each run starts a fresh code-server (a cold extension host) with one extension loaded, opens a folder
// holding a copy of the seed, waits for the workbench to settle, then opens the seed through Quick Open and
// times, inside the page, from the Enter key to the first frame showing an extension's text decoration.
// Runs alternate trivial / Byline so that the machine's load hits both alike; medians are reported.
//   node --import tsx bench/cold.ts [--json]    BYLINE_BENCH_COLD_RUNS=N (per extension, default 5)
//   BYLINE_BENCH_COLD_BASELINE=DIR adds a third extension in the rotation: an older Byline built into DIR
//   (its package.json, package.nls.json and dist/), for a before/after under the same load.
// Byline is built with --production into a temp folder: what a user installs (minified, no maps).
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

type Log = (s: string) => void;
type Harness = typeof import('../test/harness/codeServer.mjs');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Page = any;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** The trivial extension: decorates the first word of every visible plain-text editor, nothing else. */
function writeTrivialExtension(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({
    name: 'trivial-decorator', publisher: 'bench', version: '0.0.1', engines: { vscode: '^1.100.0' },
    activationEvents: ['onLanguage:plaintext'], main: './extension.js',
  }, null, 2));
  writeFileSync(join(dir, 'extension.js'), `const vscode = require('vscode');
exports.activate = (context) => {
  const type = vscode.window.createTextEditorDecorationType({ backgroundColor: 'rgba(255, 200, 0, 0.5)' });
  const paint = (editors) => {
    for (const e of editors) {
      if (e.document.languageId !== 'plaintext') continue;
      const m = /\\S+/.exec(e.document.getText());
      if (m) e.setDecorations(type, [new vscode.Range(e.document.positionAt(m.index), e.document.positionAt(m.index + m[0].length))]);
    }
  };
  context.subscriptions.push(type, vscode.window.onDidChangeVisibleTextEditors(paint));
  paint(vscode.window.visibleTextEditors);
};
`);
}

/** Byline as a user installs it: the manifest, its strings and media, and a production build of dist/. */
function writeByline(root: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const f of ['package.json', 'package.nls.json']) copyFileSync(join(root, f), join(dir, f));
  for (const d of ['l10n', 'media', 'syntaxes']) if (existsSync(join(root, d))) cpSync(join(root, d), join(dir, d), { recursive: true });
  const r = spawnSync(process.execPath, ['esbuild.mjs', '--production', '--quiet', `--outdir=${join(dir, 'dist')}`], { cwd: root, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`production build failed: ${r.stderr}`);
}

/**
 * In the page: from the Enter that opens the file to the first frame with a text decoration of an extension.
 * A string, not a function: tsx would wrap a function's inner functions in a helper the page lacks.
 */
const WATCHER = `(() => {
  const w = window;
  w.__cold = { t0: 0, text: 0, deco: 0 };
  const decorated = () => {
    const ed = document.querySelector('.editor-instance .monaco-editor');
    if (!ed) return false;
    for (const el of ed.querySelectorAll('.view-overlays .cdr')) {
      if (![...el.classList].some((c) => c.startsWith('ced-'))) continue;
      if (getComputedStyle(el).backgroundColor !== 'rgba(0, 0, 0, 0)') return true;
    }
    return false;
  };
  const frame = () => {
    const now = performance.now();
    if (!w.__cold.text && document.querySelector('.editor-instance .monaco-editor .view-lines .view-line')) w.__cold.text = now;
    if (decorated()) w.__cold.deco = now;
    else requestAnimationFrame(frame);
  };
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' || w.__cold.t0) return;
    w.__cold.t0 = performance.now();
    requestAnimationFrame(frame);
  }, true);
})()`;

interface Run { deco: number; text: number }

async function oneRun(h: Harness, browser: { newContext(o: object): Promise<{ newPage(): Promise<Page>; close(): Promise<void> }> }, extDir: string, folder: string, file: string): Promise<Run> {
  const server = await h.startCodeServer({ settings: { 'editor.minimap.enabled': false }, label: 'code-server (cold bench)' });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(h.workbenchUrl(server.url, { folder, payload: [['extensionDevelopmentPath', h.remoteUri(extDir)]] }), { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.monaco-workbench');
    // the explorer lists the folder: the workbench and its extension host are up; then let them settle
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: file }).first().waitFor({ state: 'visible' });
    await sleep(2000);
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible' });
    await input.fill(file);
    await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: file }).first().waitFor({ state: 'visible' });
    await sleep(300);
    await page.evaluate(WATCHER);
    await page.keyboard.press('Enter');
    await page.waitForFunction('window.__cold.deco > 0', undefined, { timeout: 60_000, polling: 100 });
    const c: { t0: number; text: number; deco: number } = await page.evaluate('window.__cold');
    return { deco: c.deco - c.t0, text: c.text - c.t0 };
  } finally {
    await Promise.race([context.close().catch(() => undefined), sleep(10_000)]);
    await server.dispose();
  }
}

/** Figures cold_* (ms), or {} with a message when code-server or chromium is not installed. */
export async function coldBench(root: string, log: Log): Promise<Record<string, number>> {
  const h: Harness = await import('../test/harness/codeServer.mjs');
  const { CHROMIUM, CODE_SERVER_ENTRY } = await import('../scripts/ensure-code-server.mjs');
  if (!existsSync(CODE_SERVER_ENTRY) || !existsSync(CHROMIUM)) {
    log(`first highlights cold: skipped (needs code-server at ${CODE_SERVER_ENTRY} and chromium at ${CHROMIUM}; node scripts/ensure-code-server.mjs installs both)`);
    return {};
  }
  const runs = Number(process.env.BYLINE_BENCH_COLD_RUNS || 5);
  const scratch = mkdtempSync(join(tmpdir(), 'byline-cold-'));
  const folder = join(scratch, 'articles');
  mkdirSync(folder);
  const file = 'seed-article.txt';
  copyFileSync(join(root, 'seeds', file), join(folder, file));
  const exts: Record<string, string> = { trivial: join(scratch, 'trivial'), byline: join(scratch, 'byline') };
  writeTrivialExtension(exts.trivial);
  writeByline(root, exts.byline);
  const baseline = process.env.BYLINE_BENCH_COLD_BASELINE;
  if (baseline) exts.baseline = baseline;
  const names = Object.keys(exts);
  const load0 = loadavg()[0];
  const times: Record<string, Run[]> = Object.fromEntries(names.map((n) => [n, []]));
  const browser = await h.launchChromium();
  try {
    for (let i = 0; i < runs; i++) {
      // each round in another order: none always runs first or last
      const order = names.map((_, k) => names[(k + i) % names.length]);
      for (const which of order) {
        const r = await oneRun(h, browser, exts[which], folder, file);
        times[which].push(r);
        log(`  cold run ${i + 1}/${runs} ${which}: first decoration ${r.deco.toFixed(0)} ms (text on screen ${r.text.toFixed(0)} ms)`);
      }
    }
  } finally {
    await h.closeBrowser(browser);
    rmSync(scratch, { recursive: true, force: true });
  }
  const f: Record<string, number> = {
    cold_trivial_ms: median(times.trivial.map((r) => r.deco)),
    cold_byline_ms: median(times.byline.map((r) => r.deco)),
    cold_text_ms: median([...times.trivial, ...times.byline].map((r) => r.text)),
    cold_runs: runs,
    cold_load_average: (load0 + loadavg()[0]) / 2,
  };
  f.cold_extra_ms = f.cold_byline_ms - f.cold_trivial_ms;
  if (baseline) {
    f.cold_baseline_ms = median(times.baseline.map((r) => r.deco));
    f.cold_baseline_extra_ms = f.cold_baseline_ms - f.cold_trivial_ms;
    log(`  baseline (${baseline}): ${f.cold_baseline_ms.toFixed(0)} ms, extra ${f.cold_baseline_extra_ms.toFixed(0)} ms`);
  }
  log(`first highlights after opening the seed cold, median of ${runs} alternating runs each (load average ${f.cold_load_average.toFixed(1)}): Byline ${f.cold_byline_ms.toFixed(0)} ms · trivial decorating extension ${f.cold_trivial_ms.toFixed(0)} ms · Byline's extra ${f.cold_extra_ms.toFixed(0)} ms (target ≤ 500) · text on screen ${f.cold_text_ms.toFixed(0)} ms`);
  return f;
}

// run alone: node --import tsx bench/cold.ts [--json]
if (process.argv[1]?.endsWith('cold.ts')) {
  const json = process.argv.includes('--json');
  coldBench(join(__dirname, '..'), (s) => { if (!json) console.log(s); })
    .then((f) => { if (json) console.log(JSON.stringify(f, null, 2)); })
    .catch((e) => { console.error(`cold bench failed: ${(e as Error).stack ?? e}`); process.exitCode = 1; });
}
