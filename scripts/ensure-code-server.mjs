#!/usr/bin/env node
// Installs code-server (a real VS Code server + workbench, from npm) into .vscode-test/, once.
// Used by test/integration, test/ui and `npm start` where desktop VS Code cannot be downloaded.
// Idempotent: a marker file makes re-runs instant. Everything it needs comes from the npm registry
// and Debian's packages (no GitHub): see ../shared/vscode-harness.md for why each step exists.
// On screen one line per step; the commands' output goes to the setup log (scripts/steps.mjs).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { closeFd, logFd, logLine, logName, step } from './steps.mjs';

export const CODE_SERVER_VERSION = '4.100.3';
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const INSTALL_DIR = join(REPO_ROOT, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`);
export const CODE_SERVER_ENTRY = join(INSTALL_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = process.env.BYLINE_CHROMIUM || '/usr/bin/chromium';

const MARKER = join(INSTALL_DIR, '.byline-installed.json');
const APT_PACKAGES = ['chromium', 'ripgrep', 'python3', 'make', 'g++', 'pkg-config', 'libkrb5-dev'];
const INSTALL_TIMEOUT_MS = 25 * 60_000;
const APT_TIMEOUT_MS = 20 * 60_000;

const TAG = 'setup';
const log = (msg) => console.log(`[${TAG}] ${msg}`);

class SetupError extends Error {}

/** Runs a command with its output into the setup log, bounded in time; throws SetupError on failure. */
function run(cmd, args, { cwd, env, timeoutMs, capture = false } = {}) {
  return new Promise((resolvePromise, reject) => {
    logLine(`$ ${cmd} ${args.join(' ')}${cwd ? `   (in ${cwd})` : ''}`);
    const fd = logFd();
    let child;
    try {
      child = spawn(cmd, args, {
        cwd,
        env: env ?? process.env,
        stdio: capture ? ['ignore', 'pipe', fd] : ['ignore', fd, fd],
        detached: true, // own process group, so a timeout kills npm *and* its node-gyp children
      });
    } finally {
      closeFd(fd); // the child has its own copy
    }
    let out = '';
    if (capture) child.stdout.on('data', (d) => { out += d; });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
    }, timeoutMs);
    const onSignal = () => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    child.on('error', (e) => { clearTimeout(timer); reject(new SetupError(`cannot run ${cmd}: ${e.message}`)); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      if (timedOut) reject(new SetupError(`${cmd} ${args.join(' ')} timed out after ${Math.round(timeoutMs / 1000)} s`));
      else if (code !== 0) reject(new SetupError(`${cmd} ${args.join(' ')} failed (${code ?? signal})`));
      else resolvePromise(out);
    });
  });
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** Debian packages not yet installed (dpkg-query), or binaries missing where there is no dpkg. */
function missingSystemPackages(needBuildTools) {
  const wanted = needBuildTools ? APT_PACKAGES : ['chromium'];
  const hasDpkg = spawnSync('sh', ['-c', 'command -v dpkg-query'], { stdio: 'ignore' }).status === 0;
  if (hasDpkg) {
    return wanted.filter((p) => {
      const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', p], { encoding: 'utf8' });
      return r.status !== 0 || !r.stdout.includes('install ok installed');
    });
  }
  const binOf = { chromium: CHROMIUM, ripgrep: 'rg', python3: 'python3', make: 'make', 'g++': 'g++', 'pkg-config': 'pkg-config', 'libkrb5-dev': 'krb5-config' };
  return wanted.filter((p) => spawnSync('sh', ['-c', `command -v ${binOf[p]}`], { stdio: 'ignore' }).status !== 0);
}

export async function ensureSystemPackages({ needBuildTools }) {
  const missing = missingSystemPackages(needBuildTools);
  if (missing.length === 0) return;
  if (!isRoot()) {
    throw new SetupError(`missing Debian packages: ${missing.join(' ')}. Install them with:\n  sudo apt-get update && sudo apt-get install -y ${APT_PACKAGES.join(' ')}`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await step(TAG, `Installing Debian packages ${missing.join(' ')} (apt-get)`, '1–3 min', async () => {
    await run('apt-get', ['update'], { env, timeoutMs: APT_TIMEOUT_MS });
    await run('apt-get', ['install', '-y', ...APT_PACKAGES], { env, timeoutMs: APT_TIMEOUT_MS });
  });
  const still = missingSystemPackages(needBuildTools);
  if (still.length) throw new SetupError(`apt-get did not install: ${still.join(' ')}`);
}

function readMarker() {
  try {
    return JSON.parse(readFileSync(MARKER, 'utf8'));
  } catch {
    return undefined;
  }
}

function isInstalled() {
  const m = readMarker();
  return !!m && m.version === CODE_SERVER_VERSION && m.nodeMajor === process.versions.node.split('.')[0] && existsSync(CODE_SERVER_ENTRY);
}

/** `npm pack NAME@VERSION` into dir and unpack it; returns the unpacked `package/` folder. */
async function packAndExtract(spec, dir, env) {
  const out = await run('npm', ['pack', spec, '--loglevel=error', '--pack-destination', dir], { cwd: dir, env, timeoutMs: 5 * 60_000, capture: true });
  const file = out.trim().split('\n').pop().trim();
  const target = join(dir, file.replace(/\.tgz$/, ''));
  mkdirSync(target, { recursive: true });
  await run('tar', ['xzf', join(dir, file), '-C', target], { timeoutMs: 5 * 60_000 });
  return join(target, 'package');
}

/**
 * @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache already has the tarball:
 * put Debian's rg there, under the exact name it looks for.
 */
async function seedRipgrepCache(workDir, env) {
  const codeServerPkg = await packAndExtract(`code-server@${CODE_SERVER_VERSION}`, workDir, env);
  const shrinkwrap = JSON.parse(readFileSync(join(codeServerPkg, 'lib', 'vscode', 'npm-shrinkwrap.json'), 'utf8'));
  const rgPkgVersion = shrinkwrap.packages?.['node_modules/@vscode/ripgrep']?.version;
  if (!rgPkgVersion) throw new SetupError('cannot find @vscode/ripgrep in code-server\'s lib/vscode/npm-shrinkwrap.json');
  const rgPkg = await packAndExtract(`@vscode/ripgrep@${rgPkgVersion}`, workDir, env);
  const postinstall = readFileSync(join(rgPkg, 'lib', 'postinstall.js'), 'utf8');
  const tag = /const VERSION = '([^']+)'/.exec(postinstall)?.[1];
  if (!tag) throw new SetupError('cannot read `const VERSION` from @vscode/ripgrep/lib/postinstall.js');
  const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  if (!rg) throw new SetupError('ripgrep (rg) is not installed: apt-get install -y ripgrep');
  const cacheDir = join(env.TMPDIR || tmpdir(), `vscode-ripgrep-cache-${rgPkgVersion}`);
  const asset = join(cacheDir, `ripgrep-${tag}-x86_64-unknown-linux-musl.tar.gz`);
  mkdirSync(cacheDir, { recursive: true });
  const stage = join(workDir, 'rg-stage');
  mkdirSync(stage, { recursive: true });
  copyFileSync(rg, join(stage, 'rg'));
  await run('tar', ['czf', asset, '-C', stage, 'rg'], { timeoutMs: 60_000 });
  logLine(`seeded @vscode/ripgrep ${rgPkgVersion} cache with Debian's rg: ${asset}`);
}

function nodeDir() {
  // node-gyp would download headers from nodejs.org (unreachable); use the installed ones.
  const prefix = resolve(dirname(process.execPath), '..');
  return existsSync(join(prefix, 'include', 'node', 'common.gypi')) ? prefix : undefined;
}

async function install() {
  if (process.arch !== 'x64' || process.platform !== 'linux') {
    throw new SetupError(`code-server install is scripted for linux-x64 only (this is ${process.platform}-${process.arch}); install VS Code and set BYLINE_DESKTOP_VSCODE=1`);
  }
  rmSync(INSTALL_DIR, { recursive: true, force: true });
  mkdirSync(INSTALL_DIR, { recursive: true });
  const workDir = mkdtempSync(join(tmpdir(), 'byline-cs-install-'));
  const env = {
    ...process.env,
    TMPDIR: process.env.TMPDIR || tmpdir(),
    npm_config_unsafe_perm: 'true', // root: code-server's postinstall refuses without it
    npm_config_yes: 'true', // node-pty's install runs `npx node-gyp`
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    // npm 11 asks for approval of dependency install scripts; code-server's own postinstall runs nested
    // `npm install`s (lib/vscode, lib/vscode/extensions) whose native modules must build.
    npm_config_dangerously_allow_all_scripts: 'true',
  };
  const nd = nodeDir();
  if (nd) env.npm_config_nodedir = nd;
  delete env.PORT;
  try {
    await step(TAG, `Fetching code-server ${CODE_SERVER_VERSION} from npm; its ripgrep will be Debian's rg`, '~15 s', () => seedRipgrepCache(workDir, env));
    writeFileSync(join(INSTALL_DIR, 'package.json'), JSON.stringify({
      name: 'byline-code-server',
      private: true,
      description: 'code-server for Byline\'s tests (installed by scripts/ensure-code-server.mjs)',
      dependencies: { 'code-server': CODE_SERVER_VERSION },
    }, null, 2) + '\n');
    await step(TAG, 'Installing code-server (npm install: ~150 MB from npm, then its native modules compile)', '~2 min', () =>
      run('npm', ['install', '--omit=dev', '--no-package-lock', '--foreground-scripts'], { cwd: INSTALL_DIR, env, timeoutMs: INSTALL_TIMEOUT_MS }));
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  await step(TAG, 'Checking the install (code-server --version)', '~5 s', async () => verify());
  writeFileSync(MARKER, JSON.stringify({ version: CODE_SERVER_VERSION, nodeMajor: process.versions.node.split('.')[0], installedAt: new Date().toISOString() }, null, 2) + '\n');
}

/** The pieces that silently go missing when an install script did not run. */
function verify() {
  const vs = join(INSTALL_DIR, 'node_modules', 'code-server', 'lib', 'vscode');
  const required = [
    CODE_SERVER_ENTRY,
    join(vs, 'node_modules', 'node-pty', 'build', 'Release', 'pty.node'),
    join(vs, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg'),
    join(vs, 'node_modules', '@vscode', 'spdlog', 'build', 'Release', 'spdlog.node'),
    join(vs, 'node_modules.asar'),
  ];
  const missing = required.filter((p) => !existsSync(p));
  if (missing.length) {
    throw new SetupError(`code-server install is incomplete (an install script did not run or failed); missing:\n  ${missing.join('\n  ')}`);
  }
  const home = mkdtempSync(join(tmpdir(), 'byline-cs-verify-'));
  try {
    const env = { ...process.env, XDG_CONFIG_HOME: join(home, 'config'), XDG_DATA_HOME: join(home, 'data') };
    delete env.PORT;
    const r = spawnSync(process.execPath, [CODE_SERVER_ENTRY, '--version'], { encoding: 'utf8', timeout: 60_000, env });
    if (r.status !== 0) throw new SetupError(`code-server --version failed: ${r.stderr || r.stdout || r.error}`);
    logLine(`code-server --version: ${r.stdout.trim().split('\n').pop()}`);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/** Makes sure chromium and code-server are there; returns paths. Throws SetupError with a clear message. */
export async function ensureCodeServer() {
  if (isInstalled()) {
    await ensureSystemPackages({ needBuildTools: false });
    log(`code-server ${CODE_SERVER_VERSION} is installed (${INSTALL_DIR})`);
    return { entry: CODE_SERVER_ENTRY, chromium: CHROMIUM, version: CODE_SERVER_VERSION };
  }
  log(`First run: installing code-server ${CODE_SERVER_VERSION} once (about 2–3 min in all); its output goes to ${logName()}`);
  await ensureSystemPackages({ needBuildTools: true });
  await install();
  return { entry: CODE_SERVER_ENTRY, chromium: CHROMIUM, version: CODE_SERVER_VERSION };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  ensureCodeServer().then(
    () => process.exit(0),
    (e) => {
      if (!e?.reported) console.error(`[${TAG}] FAILED: ${e instanceof SetupError ? e.message : e?.stack ?? e}`);
      process.exit(1);
    },
  );
}

