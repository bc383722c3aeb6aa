// --out DIR: where each article's output goes, and the manifest of what is up to date there (its key), so a
// killed run resumes. The manifest is append-only JSON Lines (a later line wins); ~100 bytes per article.
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { JobResult } from './article';
import type { OutputFormat } from '../core/format';

export const MANIFEST = '.byline-manifest.jsonl';

/** A problem that ends the whole run (exit code 1), told as it is rather than as an internal error. */
export class StopError extends Error {}

export class OutDir {
  private readonly known = new Map<string, string>();
  private readonly manifest: string;

  constructor(private readonly dir: string, private readonly format: OutputFormat) {
    try {
      mkdirSync(dir, { recursive: true });
    } catch (e) {
      throw new StopError(`--out ${dir}: cannot create this folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    this.manifest = join(dir, MANIFEST);
    let text = '';
    try {
      text = readFileSync(this.manifest, 'utf8');
    } catch { /* a first run */ }
    // A run killed mid-line: start the next record on a line of its own.
    if (text && !text.endsWith('\n')) appendFileSync(this.manifest, '\n');
    for (const line of text.split('\n')) {
      try {
        const { file, key } = JSON.parse(line) as { file?: unknown; key?: unknown };
        if (typeof file === 'string' && typeof key === 'string') this.known.set(file, key);
      } catch { /* a line cut short by a kill */ }
    }
  }

  /** The output file of an article, named after its path relative to the current folder. */
  target(source: string): { rel: string; file: string; known?: string } {
    const rel = this.relName(source);
    return { rel, file: join(this.dir, rel), known: this.known.get(rel) };
  }

  /** Remembers a freshly written output's key (in input order, so a killed run leaves a clean prefix). */
  record(rel: string, r: JobResult): void {
    if (!r.key || r.skipped) return;
    try {
      appendFileSync(this.manifest, JSON.stringify({ file: rel, key: r.key }) + '\n');
    } catch (e) {
      throw new StopError(`cannot write ${this.manifest} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    this.known.set(rel, r.key);
  }

  private relName(source: string): string {
    const abs = resolve(source);
    let rel = relative(process.cwd(), abs);
    // Outside the current folder: the absolute path, rooted in DIR, so two such files never collide.
    if (rel.startsWith('..') || isAbsolute(rel)) rel = abs.replace(/^([A-Za-z]:)?[\\/]+/, '');
    if (this.format === 'brat') return rel.replace(/\.[^./\\]*$/, '') + '.ann';
    return rel + (this.format === 'text' ? '.summary.txt' : '.json');
  }
}
