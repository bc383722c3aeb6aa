#!/usr/bin/env node
// A stand-in for the `code` executable that @vscode/test-electron's runTests() launches, for machines
// where desktop VS Code cannot be downloaded: it runs the same extension tests in code-server's real
// extension host, with headless chromium as the window. Exit code = the tests' exit code.
//
// runTests spawns it as `code.mjs [launchArgs…] --no-sandbox … --extensionTestsPath=P
// --extensionDevelopmentPath=P --extensions-dir=D --user-data-dir=D` (no shell: needs the shebang
// and the exec bit). Environment variables for the tests (runTests' extensionTestsEnv) reach the
// extension host through code-server's environment.
import { statSync } from 'node:fs';
import { format } from 'node:util';
import { dirname, resolve } from 'node:path';
import { closeBrowser, launchChromium, onInterrupt, remoteUri, startCodeServer, workbenchUrl } from '../../harness/codeServer.mjs';

const TIMEOUT_MS = Number(process.env.BYLINE_TEST_TIMEOUT_MS || 5 * 60_000);
const VERBOSE = process.env.BYLINE_VERBOSE === '1';
// The workbench's own start-up chatter; the tests' output is everything else.
const WORKBENCH_NOISE = /^(Resolving connection token|Resolved connection token|Creating a socket|Ignoring fetching additional builtin|\[Service Worker\]|ChatSessionStore:|Updating additional builtin extensions cache)/;
const log = (msg) => process.stderr.write(`[code-shim] ${msg}\n`);

function parseArgs(argv) {
  const opts = { devPaths: [], testsPath: undefined, userDataDir: undefined, extensionsDir: undefined, open: [] };
  const valueFlags = new Set(['--user-data-dir', '--extensions-dir', '--extensionTestsPath', '--extensionDevelopmentPath', '--locale', '--log']);
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    let value;
    if (a.startsWith('--') && a.includes('=')) {
      value = a.slice(a.indexOf('=') + 1);
      a = a.slice(0, a.indexOf('='));
    } else if (valueFlags.has(a)) {
      value = argv[++i];
    }
    switch (a) {
      case '--extensionDevelopmentPath': opts.devPaths.push(resolve(value)); break;
      case '--extensionTestsPath': opts.testsPath = resolve(value); break;
      case '--user-data-dir': opts.userDataDir = resolve(value); break;
      case '--extensions-dir': opts.extensionsDir = resolve(value); break;
      default:
        if (!a.startsWith('-')) opts.open.push(resolve(a));
        // Other flags (--no-sandbox, --disable-gpu-sandbox, --disable-updates, --skip-welcome,
        // --skip-release-notes, --disable-workspace-trust, --disable-extensions, …) are desktop
        // flags with no code-server equivalent, or already the default here.
    }
  }
  return opts;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!opts.testsPath) throw new Error('no --extensionTestsPath given');
  if (opts.devPaths.length === 0) throw new Error('no --extensionDevelopmentPath given');

  const payload = [];
  for (const p of opts.devPaths) payload.push(['extensionDevelopmentPath', remoteUri(p)]);
  payload.push(['extensionTestsPath', remoteUri(opts.testsPath)]);
  let folder;
  for (const p of opts.open) {
    let isDir;
    try { isDir = statSync(p).isDirectory(); } catch { throw new Error(`cannot open ${p}: no such file or folder`); }
    if (isDir) folder ??= p;
    else {
      folder ??= dirname(p);
      payload.push(['openFile', remoteUri(p)]);
    }
  }

  let server;
  let browser;
  let teardownDone;
  const teardown = () => (teardownDone ??= (async () => {
    await closeBrowser(browser);
    if (server) await server.dispose();
  })());
  const removeInterrupt = onInterrupt(teardown);

  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`extension tests did not finish within ${TIMEOUT_MS / 1000} s (BYLINE_TEST_TIMEOUT_MS)`)), TIMEOUT_MS);
  });

  const run = (async () => {
    const t0 = Date.now();
    // BYLINE_RESTRICTED=1 (from run.mjs's second pass): workspace trust on, the folder untrusted
    const workspaceTrust = process.env.BYLINE_RESTRICTED === '1';
    server = await startCodeServer({ userDataDir: opts.userDataDir, extensionsDir: opts.extensionsDir, workspaceTrust, label: `code-server (tests${workspaceTrust ? ', Restricted Mode' : ''})` });
    log(`code-server up on ${server.url} in ${Date.now() - t0} ms (log: ${server.logFile})`);
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let exitCode;
    const exited = new Promise((resolveExit) => {
      page.exposeFunction('codeAutomationExit', (code) => {
        exitCode = typeof code === 'number' ? code : 1;
        resolveExit(exitCode);
      }).catch(() => {});
    });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = Array.isArray(args) ? format(...args) : String(args ?? '');
      if (!VERBOSE && WORKBENCH_NOISE.test(text)) return;
      const out = type === 'error' ? process.stderr : process.stdout;
      out.write(text.endsWith('\n') ? text : text + '\n');
    });
    page.on('crash', () => log('the workbench page crashed'));
    page.on('pageerror', (e) => log(`page error: ${e.message}`));
    const url = workbenchUrl(server.url, { folder, payload });
    log(`opening ${url}`);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    const serverDied = new Promise((_, reject) => {
      const poll = setInterval(() => {
        if (server.exited() !== null) {
          clearInterval(poll);
          reject(new Error(`code-server exited (${server.exited()}) during the tests. Its log:\n${server.logTail()}`));
        }
      }, 500);
      exited.finally(() => clearInterval(poll));
    });
    const code = await Promise.race([exited, serverDied]);
    log(`tests finished with exit code ${code} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return code;
  })();

  let code;
  try {
    code = await Promise.race([run, timeout]);
  } catch (e) {
    log(`FAILED: ${e.message}`);
    if (server) log(`code-server log (last lines):\n${server.logTail(40)}`);
    code = 1;
  } finally {
    clearTimeout(timer);
    await teardown();
    removeInterrupt();
  }
  process.exit(code);
}

main().catch((e) => {
  log(`FAILED: ${e.message}`);
  process.exit(1);
});
