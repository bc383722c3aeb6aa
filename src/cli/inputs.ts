// Command-line inputs -> the articles to annotate, lazily and in a stable order: files as given, folders
// (-r) and quoted globs walked in name order, one directory listing in memory at a time.
import { opendirSync, statSync, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import picomatch from 'picomatch';
import { isGlob } from './options';

export interface Input {
  source: string;
  /** Known to be bad before reading (a glob that matches nothing). */
  error?: string;
}

const ARTICLE = /\.(txt|md|markdown|news)$/i;
// Folders never holding articles, and costly to walk.
const SKIP_DIR = new Set(['node_modules', '.git', '.hg', '.svn', '.vscode-test', 'dist', 'out']);

export interface WalkOptions {
  recursive: boolean;
  /** A folder not to walk into (the --out folder, when it is inside an input folder). */
  skip?: string;
}

export function* expandInputs(args: string[], w: WalkOptions): Generator<Input> {
  const skip = w.skip === undefined ? undefined : resolve(w.skip);
  for (const arg of args) {
    if (arg === '-') { yield { source: arg }; continue; }
    const st = statOrUndefined(arg);
    if (st?.isDirectory() && w.recursive) yield* walk(arg, 0, Infinity, (rel) => ARTICLE.test(rel), skip, '');
    else if (st || !isGlob(arg)) yield { source: arg };
    else yield* globbed(arg, skip);
  }
}

/** How many articles the inputs hold (for the progress line's total), without keeping their names. */
export function countInputs(args: string[], w: WalkOptions): number {
  let n = 0;
  for (const _ of expandInputs(args, w)) n++;
  return n;
}

function* globbed(pattern: string, skip: string | undefined): Generator<Input> {
  const scan = picomatch.scan(pattern);
  const base = scan.base || '.';
  const match = picomatch(scan.glob);
  const maxDepth = scan.glob.includes('**') ? Infinity : scan.glob.split('/').length;
  let found = false;
  for (const input of walk(base, 0, maxDepth, match, skip, '')) {
    found = true;
    yield input;
  }
  if (!found) yield { source: pattern, error: 'no files match this pattern' };
}

/** Files under dir whose path relative to the walk's root passes `want`, in name order. */
function* walk(dir: string, depth: number, maxDepth: number, want: (rel: string) => boolean, skip: string | undefined, rel: string): Generator<Input> {
  if (depth >= maxDepth) return;
  if (skip !== undefined && resolve(dir) === skip) return;
  let entries: Dirent[];
  try {
    entries = listSorted(dir);
  } catch (e) {
    yield { source: dir, error: `cannot list this folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
    return;
  }
  for (const entry of entries) {
    const path = dir === '.' ? entry.name : join(dir, entry.name);
    const relPath = rel ? `${rel}/${entry.name}` : entry.name;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      // A linked file counts; a linked folder is not followed (it could loop back).
      const st = statOrUndefined(path);
      isFile = !!st?.isFile();
      isDir = false;
    }
    if (isDir) {
      if (!entry.name.startsWith('.') && !SKIP_DIR.has(entry.name)) yield* walk(path, depth + 1, maxDepth, want, skip, relPath);
    } else if (isFile && want(relPath)) yield { source: path };
  }
}

function listSorted(dir: string): Dirent[] {
  const d = opendirSync(dir);
  const entries: Dirent[] = [];
  try {
    for (let e = d.readSync(); e; e = d.readSync()) entries.push(e);
  } finally {
    d.closeSync();
  }
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function statOrUndefined(p: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}
