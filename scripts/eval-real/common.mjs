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

function runOnce(cli, files, extraArgs) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [cli, 'annotate', '--format', 'jsonl', ...extraArgs, ...files],
      { encoding: 'utf8', maxBuffer: 1 << 30 }, (err, stdout, stderr) => {
        // exit 1 means some file could not be read; the others are still on stdout
        if (err && err.code !== 1) return reject(new Error(`${cli} failed: ${stderr || err.message}`));
        if (stderr.trim()) process.stderr.write(stderr);
        resolve(stdout);
      });
  });
}

/**
 * Annotates docs ({ id, text } or { id, path }) with the CLI, several files per call (node start-up and the
 * compromise load are paid once per batch). Returns Map id → annotation (missing when the CLI
 * gave none for it).
 */
export async function annotate(cli, docs, { name, batch = 60, args = [] } = {}) {
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
    for (let i = 0; i < files.length; i += batch) {
      const stdout = await runOnce(cli, files.slice(i, i + batch), args);
      for (const line of stdout.split('\n')) {
        if (!line.trim()) continue;
        const ann = JSON.parse(line);
        const id = pathOf.get(ann.source);
        if (id !== undefined) out.set(id, ann);
      }
    }
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

export const f3 = (x) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
export const pct = (x) => (Number.isFinite(x) ? `${Math.round(x * 100)}%` : 'n/a');
export const ratio = (a, b) => (b ? a / b : NaN);

export function overlaps(a, b) {
  return a.start < b.end && b.start < a.end;
}

export const NAME_TYPES = new Set(['person', 'organization', 'place']);
