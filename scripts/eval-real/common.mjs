// Shared plumbing for eval-real: running a Byline CLI over many temp files, and P/R/F1 arithmetic.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A private temp dir for converted texts; they never go into the repo. */
export function tempDir(name) {
  return mkdtempSync(join(tmpdir(), `byline-eval-real-${name}-`));
}

export function removeDir(dir) {
  rmSync(dir, { recursive: true, force: true });
}

/** Documents the CLI gave no annotation for, over the whole run (eval-real exits 1 when there are any). */
export const status = { failed: 0 };

function runOnce(cli, files, extraArgs) {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, 'annotate', '--format', 'jsonl', ...extraArgs, ...files],
      { encoding: 'utf8', maxBuffer: 1 << 30 }, (err, stdout, stderr) => {
        const why = stderr.trim().split('\n').find((l) => /error|cannot|could not|failed/i.test(l)) ?? stderr.trim().split('\n').pop();
        resolve({ stdout: stdout ?? '', why: why || err?.message || 'no output' });
      });
  });
}

/** Parses the CLI's lines into `out`; returns how many of `files` got one. */
function addLines(stdout, files, pathOf, out) {
  const lines = [];
  for (const l of stdout.split('\n')) {
    if (!l.trim()) continue;
    try { lines.push(JSON.parse(l)); } catch { /* a cut-off line: its file counts as failed */ }
  }
  const bySource = lines.every((a) => pathOf.has(a.source));
  // a CLI that reports the path differently is matched by order, when every file gave a line
  if (!bySource && lines.length !== files.length) return 0;
  lines.forEach((ann, i) => out.set(pathOf.get(bySource ? ann.source : files[i]), ann));
  return lines.length;
}

/**
 * Runs a batch; files the CLI gave no line for (it crashed, or could not read them) are retried in
 * halves until each failing file is found and left out.
 */
async function runBatch(cli, files, args, pathOf, out, failures) {
  // a CLI that fails on many files is broken, not tripped by one document: stop looking then
  if (failures.length >= 5) { failures.push(...files.map((f) => `${pathOf.get(f)}: not tried`)); return; }
  const { stdout, why } = await runOnce(cli, files, args);
  if (addLines(stdout, files, pathOf, out) === files.length) return;
  const left = files.filter((f) => !out.has(pathOf.get(f)));
  if (left.length === 1 || files.length === 1) { failures.push(...left.map((f) => `${pathOf.get(f)}: ${why}`)); return; }
  const half = Math.ceil(left.length / 2);
  await runBatch(cli, left.slice(0, half), args, pathOf, out, failures);
  await runBatch(cli, left.slice(half), args, pathOf, out, failures);
}

/**
 * Annotates docs ({ id, text } or { id, path }) with the CLI, several files per call (node start-up and
 * the compromise load are paid once per batch). Returns Map id → annotation; a doc the CLI failed on is
 * missing from it and named on stderr.
 */
export async function annotate(cli, docs, { name, batch = 40, args = [] } = {}) {
  const dir = tempDir(name);
  try {
    const pathOf = new Map();
    docs.forEach((d, i) => {
      // a doc with a path is a file read as it is; only converted texts are written (to the temp dir)
      const file = d.path ?? join(dir, `${String(i).padStart(4, '0')}.txt`);
      if (!d.path) writeFileSync(file, d.text, 'utf8');
      pathOf.set(file, d.id);
    });
    const files = [...pathOf.keys()];
    const out = new Map();
    const failures = [];
    const batches = [];
    for (let i = 0; i < files.length; i += batch) batches.push(files.slice(i, i + batch));
    // two CLI processes at a time: the machine has two cores, and each CLI mostly uses one
    const worker = async () => { for (let b; (b = batches.shift());) await runBatch(cli, b, args, pathOf, out, failures); };
    await Promise.all([worker(), worker()]);
    status.failed += failures.length;
    for (const f of failures.slice(0, 5)) process.stderr.write(`eval:real: ${name}: no annotation for ${f}\n`);
    if (failures.length > 5) process.stderr.write(`eval:real: ${name}: … and ${failures.length - 5} more not annotated\n`);
    return out;
  } finally {
    removeDir(dir);
  }
}

export function prf(tp, fp, fn) {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export const round = (x) => (Number.isFinite(x) ? Math.round(x * 1e4) / 1e4 : null);
export const f3 = (x) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
export const pct = (x) => (Number.isFinite(x) ? `${Math.round(x * 100)}%` : 'n/a');
export const ratio = (a, b) => (b ? a / b : NaN);

export function overlaps(a, b) {
  return a.start < b.end && b.start < a.end;
}

export const NAME_TYPES = new Set(['person', 'organization', 'place']);

/** " (n not annotated)" when the CLI failed on some documents: their gold still counts as missed. */
export function notAnnotated(ids, anns) {
  const n = ids.filter((id) => !anns.has(id)).length;
  return n ? ` (${n} not annotated)` : '';
}
