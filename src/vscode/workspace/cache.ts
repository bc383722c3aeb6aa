// Article summaries on disk, in the extension's workspace storage, one small JSON file per content hash:
// reopening the window (or an article coming back unchanged) costs a file read, not an analysis.
import { createHash } from 'node:crypto';
import * as vscode from 'vscode';
import { isSummary, SUMMARY_VERSION, type ArticleSummary } from '../../core/workspace/summary';

/** The cache key of an article: its bytes, the summary version and the settings that change the analysis. */
export function contentKey(bytes: Uint8Array, settings: string): string {
  return createHash('sha256').update(`byline-summary/${SUMMARY_VERSION}/${settings}\u0000`).update(bytes).digest('hex').slice(0, 40);
}

export class SummaryCache {
  private readonly root: vscode.Uri | undefined;
  private readonly made = new Set<string>();

  /** storage: context.storageUri (undefined without a folder: then nothing is kept on disk). */
  constructor(storage: vscode.Uri | undefined) {
    this.root = storage && vscode.Uri.joinPath(storage, 'workspace-index', `v${SUMMARY_VERSION}`);
  }

  private fileOf(key: string): vscode.Uri | undefined {
    return this.root && vscode.Uri.joinPath(this.root, key.slice(0, 2), `${key}.json`);
  }

  async get(key: string): Promise<ArticleSummary | undefined> {
    const file = this.fileOf(key);
    if (!file) return undefined;
    try {
      const parsed: unknown = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
      return isSummary(parsed) ? parsed : undefined;
    } catch {
      return undefined; // missing or damaged: analyzed again
    }
  }

  async put(key: string, summary: ArticleSummary): Promise<void> {
    const file = this.fileOf(key);
    if (!file || !this.root) return;
    try {
      const dir = vscode.Uri.joinPath(this.root, key.slice(0, 2));
      if (!this.made.has(dir.toString())) {
        await vscode.workspace.fs.createDirectory(dir);
        this.made.add(dir.toString());
      }
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify(summary)));
    } catch {
      // a full or read-only disk: the index still works, it just is not kept
    }
  }

  /** Removes every cached summary (Byline: Reindex Workspace). */
  async clear(): Promise<void> {
    if (!this.root) return;
    this.made.clear();
    try {
      await vscode.workspace.fs.delete(this.root, { recursive: true, useTrash: false });
    } catch {
      // nothing there yet
    }
  }
}
