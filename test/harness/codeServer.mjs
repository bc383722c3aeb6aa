// Starting and stopping a real VS Code (code-server) and a headless chromium on its workbench.
// Shared by the integration-test shim, the UI scenarios and `npm start`; see ../shared/vscode-harness.md.
// Every wait is bounded, and every process started here runs in its own process group that is
// killed (TERM, then KILL) on dispose, on Ctrl-C and on exit: extension hosts otherwise linger.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, CODE_SERVER_ENTRY } from '../../scripts/ensure-code-server.mjs';

export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'security.workspace.trust.enabled': false,
  'workbench.enableExperiments': false,
  'git.enabled': false,
  'chat.disableAIFeatures': true,
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
};

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// Process groups

const liveGroups = new Set();
const liveHomes = new Set(); // temp folders of running servers, removed at exit if dispose() never ran
let exitHookInstalled = false;

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** TERM the whole group, wait up to graceMs for it to go, then KILL it. */
export async function killGroup(pgid, graceMs = 5000) {
  if (!pgid) return;
  liveGroups.delete(pgid);
  try { process.kill(-pgid, 'SIGTERM'); } catch { return; }
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!groupAlive(pgid)) return;
    await sleep(100);
  }
  try { process.kill(-pgid, 'SIGKILL'); } catch { /* gone */ }
}

/** TERM, then KILL, every process group started here that is still registered. */
export async function killAllGroups() {
  await Promise.all([...liveGroups].map((pgid) => killGroup(pgid)));
}

/** Last resort: synchronous KILL of every group still registered when this process exits. */
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const pgid of liveGroups) {
      try { process.kill(-pgid, 'SIGKILL'); } catch { /* gone */ }
    }
    if (!process.env.BYLINE_KEEP_TMP) for (const home of liveHomes) rmSync(home, { recursive: true, force: true });
  });
}

/** Spawns a command as the leader of a new process group that is killed when we exit. */
export function spawnGroup(cmd, args, options) {
  installExitHook();
  const child = spawn(cmd, args, { ...options, detached: true });
  if (child.pid) liveGroups.add(child.pid);
  child.on('exit', () => { if (!groupAlive(child.pid)) liveGroups.delete(child.pid); });
  return child;
}

/**
 * Runs `cleanup` once on SIGINT/SIGTERM/SIGHUP, then exits with 130/143/129.
 * Returns a function that removes the handlers.
 */
export function onInterrupt(cleanup) {
  let running = false;
  const handler = (signal) => {
    if (running) return;
    running = true;
    console.error(`\n[byline] ${signal}: cleaning up…`);
    const code = signal === 'SIGINT' ? 130 : signal === 'SIGHUP' ? 129 : 143;
    Promise.race([Promise.resolve().then(cleanup).then(killAllGroups), sleep(15_000)]).finally(() => process.exit(code));
  };
  for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(s, handler);
  return () => { for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.removeListener(s, handler); };
}

// ---------------------------------------------------------------------------------------------
// Ports, URIs, URLs

export function isPortFree(port) {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** A path on the server's machine as the workbench names it. */
export function remoteUri(absPath) {
  return `vscode-remote://remote${encodeURI(absPath).replace(/#/g, '%23').replace(/\?/g, '%3F')}`;
}

/**
 * The workbench URL: `folder` to open, and a payload (extensionDevelopmentPath, extensionTestsPath,
 * openFile, …) as [key, value] pairs, the way VS Code's own smoke tests drive the web workbench.
 */
export function workbenchUrl(baseUrl, { folder, payload = [] } = {}) {
  const params = new URLSearchParams();
  if (folder) params.set('folder', folder);
  else params.set('ew', 'true');
  if (payload.length) params.set('payload', JSON.stringify(payload));
  return `${baseUrl}/?${params.toString()}`;
}

// ---------------------------------------------------------------------------------------------
// code-server

function tail(file, lines = 60) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

function serverEnv(extraEnv, home) {
  const env = { ...process.env, ...extraEnv };
  delete env.PORT; // overrides --bind-addr
  for (const k of Object.keys(env)) {
    // Variables of an enclosing VS Code would make code-server talk to it instead.
    if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE') delete env[k];
  }
  env.XDG_CONFIG_HOME = join(home, 'xdg-config');
  env.XDG_DATA_HOME = join(home, 'xdg-data');
  env.XDG_CACHE_HOME = join(home, 'xdg-cache');
  env.EXTENSIONS_GALLERY = '{}';
  return env;
}

/**
 * Installs .vsix files into an extensions dir with code-server's CLI (bounded).
 */
export function installExtensions({ vsixFiles, userDataDir, extensionsDir, home }) {
  for (const vsix of vsixFiles) {
    const r = spawnSync(process.execPath, [CODE_SERVER_ENTRY, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--force', '--install-extension', vsix], {
      env: serverEnv({}, home), encoding: 'utf8', timeout: 120_000,
    });
    if (r.status !== 0) {
      throw new Error(`code-server --install-extension ${vsix} failed (${r.status ?? r.signal ?? r.error}):\n${r.stdout}\n${r.stderr}`);
    }
  }
}

/**
 * Starts code-server on 127.0.0.1 in its own process group and waits for /healthz. Workspace trust is
 * off unless `workspaceTrust: true` (then the folder it opens is untrusted: Restricted Mode).
 * Returns { url, port, pid, home, userDataDir, extensionsDir, logFile, logTail(), dispose() }.
 */
export async function startCodeServer(options = {}) {
  // A free port can be taken between finding it and binding it: try another one then.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startCodeServerOnce(options);
    } catch (e) {
      if (options.port || attempt >= 3 || !/EADDRINUSE/.test(e.message)) throw e;
    }
  }
}

async function startCodeServerOnce({
  port,
  userDataDir,
  extensionsDir,
  env = {},
  settings = {},
  vsixFiles = [],
  healthTimeoutMs = 60_000,
  keepHome = false,
  label = 'code-server',
  workspaceTrust = false,
} = {}) {
  if (!existsSync(CODE_SERVER_ENTRY)) throw new Error(`code-server is not installed (${CODE_SERVER_ENTRY}): run node scripts/ensure-code-server.mjs`);
  const home = mkdtempSync(join(tmpdir(), 'byline-vscode-'));
  if (!keepHome) liveHomes.add(home);
  installExitHook();
  userDataDir ??= join(home, 'user-data');
  extensionsDir ??= join(home, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  // workspaceTrust: a folder opened in a fresh profile is untrusted, so the window is in Restricted Mode
  const trust = workspaceTrust ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' } : {};
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...trust, ...settings }, null, 2) + '\n');
  if (vsixFiles.length) installExtensions({ vsixFiles, userDataDir, extensionsDir, home });

  port ??= await freePort();
  const configFile = join(home, 'config.yaml');
  writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const logFile = join(home, 'code-server.log');
  const fd = openSync(logFile, 'a');
  const args = [
    CODE_SERVER_ENTRY,
    '--config', configFile,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', ...(workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override', '--disable-proxy', '--ignore-last-opened',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
  ];
  const child = spawnGroup(process.execPath, args, { env: serverEnv(env, home), stdio: ['ignore', fd, fd] });
  closeSync(fd);
  let exited = null;
  child.on('exit', (code, signal) => { exited = code ?? signal; });

  const url = `http://127.0.0.1:${port}`;
  let disposed = false;
  const server = {
    url, port, pid: child.pid, home, userDataDir, extensionsDir, logFile,
    logTail: (n) => tail(logFile, n),
    exited: () => exited,
    async dispose() {
      if (disposed) return;
      disposed = true;
      await killGroup(child.pid);
      liveHomes.delete(home);
      if (!keepHome && !process.env.BYLINE_KEEP_TMP) rmSync(home, { recursive: true, force: true });
    },
  };

  const deadline = Date.now() + healthTimeoutMs;
  for (;;) {
    if (exited !== null) {
      const log = tail(logFile);
      await server.dispose();
      throw new Error(`${label} exited (${exited}) before it was ready. Its log:\n${log}`);
    }
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) break;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) {
      const log = tail(logFile);
      await server.dispose();
      throw new Error(`${label} did not answer ${url}/healthz within ${healthTimeoutMs / 1000} s. Its log:\n${log}`);
    }
    await sleep(200);
  }
  return server;
}

// ---------------------------------------------------------------------------------------------
// chromium

/** Launches headless Debian chromium through playwright-core; closed on dispose of the returned handle. */
export async function launchChromium({ timeoutMs = 60_000 } = {}) {
  const { chromium } = await import('playwright-core');
  if (!existsSync(CHROMIUM)) throw new Error(`chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set BYLINE_CHROMIUM)`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: timeoutMs,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  return browser;
}

/** Closes the browser, bounded: a hung close must not hang the run. */
export async function closeBrowser(browser) {
  if (!browser) return;
  await Promise.race([browser.close().catch(() => {}), sleep(10_000)]);
}
