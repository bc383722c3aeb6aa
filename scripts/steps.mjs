// Setup steps for `npm start` and scripts/ensure-code-server.mjs: one line per step (what is happening, how long
// it usually takes, how long it took), the commands' own output in a log file instead of on the screen.
// BYLINE_SETUP_VERBOSE=1 shows that output as before; BYLINE_SETUP_LOG moves the log.
import { appendFileSync, mkdirSync, openSync, readFileSync, closeSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SETUP_LOG = process.env.BYLINE_SETUP_LOG || join(REPO_ROOT, '.vscode-test', 'setup.log');
export const VERBOSE = process.env.BYLINE_SETUP_VERBOSE === '1';

const tty = !!process.stdout.isTTY && !process.env.CI;

/** The log as a path to show: relative to the current folder when inside it. */
export function logName() {
  const rel = relative(process.cwd(), SETUP_LOG);
  return rel && !rel.startsWith('..') ? rel : SETUP_LOG;
}

export function logLine(text) {
  mkdirSync(dirname(SETUP_LOG), { recursive: true });
  appendFileSync(SETUP_LOG, `${text}\n`);
}

/** A file descriptor on the log for a child's stdout/stderr (or 'inherit' when verbose); close it after. */
export function logFd() {
  if (VERBOSE) return 'inherit';
  mkdirSync(dirname(SETUP_LOG), { recursive: true });
  return openSync(SETUP_LOG, 'a');
}

export function closeFd(fd) {
  if (typeof fd === 'number') closeSync(fd);
}

function clock(ms) {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

/**
 * Runs one step: "[tag] what (usually ~N) …", a running clock on a terminal, then "✓ … in T" or "✗ … failed
 * after T" with the log's last lines and where the whole log is.
 */
export async function step(tag, what, usually, fn) {
  const started = Date.now();
  const head = `[${tag}] ${what}${usually ? ` — usually ${usually}` : ''}`;
  logLine(`\n=== ${new Date().toISOString()} ${what}`);
  let ticker;
  if (tty && !VERBOSE) {
    process.stdout.write(`${head} …`);
    ticker = setInterval(() => process.stdout.write(`\r\x1b[K${head} … ${clock(Date.now() - started)}`), 1000);
  } else console.log(`${head} …`);
  try {
    const result = await fn();
    clearInterval(ticker);
    const done = `[${tag}] ✓ ${what} (${clock(Date.now() - started)})`;
    if (tty && !VERBOSE) process.stdout.write(`\r\x1b[K${done}\n`);
    else console.log(done);
    return result;
  } catch (e) {
    clearInterval(ticker);
    if (tty && !VERBOSE) process.stdout.write('\n');
    console.error(`[${tag}] ✗ ${what} failed after ${clock(Date.now() - started)}: ${e?.message ?? e}`);
    if (!VERBOSE) {
      const tail = logTail(25);
      if (tail) console.error(`--- last lines of ${logName()} ---\n${tail}\n---`);
      console.error(`[${tag}] the full log: ${logName()}`);
    }
    e.reported = true;
    throw e;
  }
}

export function logTail(n) {
  try {
    return readFileSync(SETUP_LOG, 'utf8').trimEnd().split('\n').slice(-n).join('\n');
  } catch {
    return '';
  }
}
