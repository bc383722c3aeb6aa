#!/usr/bin/env node
// `npm start`: build, then open the seed article in a real VS Code with Byline loaded from this tree.
// Desktop `code --extensionDevelopmentPath=<repo>` when `code` is on PATH (BYLINE_START_WEB=1 forces
// the web path); otherwise code-server on 127.0.0.1 (port 8080 if free, or BYLINE_PORT, else any free
// one): prints the URL to open and runs until Ctrl-C, then stops code-server's whole process group.
// One line per step on screen; build and install output in the setup log (scripts/steps.mjs).
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT, ensureCodeServer } from './ensure-code-server.mjs';
import { freePort, isPortFree, onInterrupt, remoteUri, startCodeServer, workbenchUrl } from '../test/harness/codeServer.mjs';
import { closeFd, logFd, logName, step } from './steps.mjs';

const SEED = join(REPO_ROOT, 'seeds', 'seed-article.txt');
const log = (msg) => console.log(`[start] ${msg}`);

function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/** `node esbuild.mjs` with its output in the setup log. */
function build() {
  return new Promise((resolve, reject) => {
    const fd = logFd();
    const child = spawn(process.execPath, ['esbuild.mjs'], { cwd: REPO_ROOT, stdio: ['ignore', fd, fd], timeout: 300_000 });
    closeFd(fd);
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`esbuild exited with ${code ?? signal}`))));
  });
}

async function main() {
  log(`full output of each step: ${logName()}`);
  await step('start', 'Building the extension, its workers and the CLI into dist/ (esbuild)', '~5 s', build);

  if (onPath('code') && process.env.BYLINE_START_WEB !== '1') {
    log(`opening ${SEED} in desktop VS Code with Byline from ${REPO_ROOT}`);
    const child = spawn('code', [`--extensionDevelopmentPath=${REPO_ROOT}`, join(REPO_ROOT, 'seeds'), SEED], { stdio: 'inherit' });
    return new Promise((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`code exited with ${code}`))));
    });
  }

  await ensureCodeServer();
  const wanted = Number(process.env.BYLINE_PORT || 8080);
  const port = (await isPortFree(wanted)) ? wanted : await freePort();
  if (port !== wanted) log(`port ${wanted} is busy; using ${port}`);
  const server = await step('start', `Starting code-server on 127.0.0.1:${port}`, '~5 s', () =>
    startCodeServer({ port, keepHome: false, label: 'code-server', settings: { 'editor.wordWrap': 'on' } }));
  onInterrupt(() => server.dispose());
  const url = workbenchUrl(server.url, {
    folder: join(REPO_ROOT, 'seeds'),
    payload: [['extensionDevelopmentPath', remoteUri(REPO_ROOT)], ['openFile', remoteUri(SEED)]],
  });
  log('VS Code (code-server) with Byline from this tree is running. Open:');
  console.log(`\n  ${url}\n`);
  log(`server log: ${server.logFile}`);
  log('rebuild with `npm run build` (or `npm run watch`) and reload the window (F1 › Developer: Reload Window). Ctrl-C stops.');
  // Stay up until Ctrl-C (handled by onInterrupt) or until code-server stops by itself.
  await new Promise((resolve) => {
    const poll = setInterval(() => {
      if (server.exited() !== null) {
        clearInterval(poll);
        console.error(`[start] code-server exited (${server.exited()}). Its log:\n${server.logTail(30)}`);
        resolve();
      }
    }, 1000);
  });
  await server.dispose();
  process.exitCode = 1;
}

main().catch((e) => {
  if (!e?.reported) console.error(`[start] FAILED: ${e?.message ?? e}`);
  process.exit(1);
});
