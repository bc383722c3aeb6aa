// The reader's corrections per article: read from its sidecar (never written when it could not be
// read), changed with undo/redo, written back, and applied by the store after every analysis.
import * as vscode from 'vscode';
import {
  applyCorrections, CorrectionsError, emptyCorrections, parseCorrections, serializeCorrections,
  type CorrectedAnalysis, type CorrectionsFile,
} from '../../core/corrections';
import type { Analysis } from '../../core/types';
import { displayName, type AnalysisStore } from '../store';
import { baseName, readText, sidecarUri } from './location';

export interface ArticleCorrections {
  article: vscode.Uri;
  sidecar?: vscode.Uri;
  file: CorrectionsFile;
  /** Why the sidecar could not be read: nothing of it is applied, and Byline will not write it. */
  problem?: string;
  undo: CorrectionsFile[];
  redo: CorrectionsFile[];
  /** The sidecar's text as Byline last read or wrote it (undefined: no file). */
  disk?: string;
}

export class CorrectionManager implements vscode.Disposable {
  private readonly entries = new Map<string, Promise<ArticleCorrections>>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Changes run one at a time: two quick corrections must not both start from the same list. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Fires with the article's uri when its corrections change (by a command, undo or on disk). */
  readonly onDidChange = this.changed.event;

  constructor(private readonly store: AnalysisStore) {
    store.useCorrector((uri, text, analysis) => this.correct(uri, text, analysis));
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.byline.json');
    this.disposables.push(
      watcher,
      watcher.onDidChange((u) => this.onDisk(u)),
      watcher.onDidCreate((u) => this.onDisk(u)),
      watcher.onDidDelete((u) => this.onDisk(u)),
      vscode.workspace.onDidCloseTextDocument((d) => this.entries.delete(d.uri.toString())),
    );
  }

  private async correct(uri: vscode.Uri, text: string, analysis: Analysis): Promise<CorrectedAnalysis | undefined> {
    const e = await this.get(uri);
    return e.problem || !e.file.corrections.length ? undefined : applyCorrections(analysis, text, e.file.corrections);
  }

  /** The corrections of an article, read from its sidecar the first time. */
  get(article: vscode.Uri): Promise<ArticleCorrections> {
    const k = article.toString();
    let e = this.entries.get(k);
    if (!e) this.entries.set(k, (e = this.load(article)));
    return e;
  }

  private async load(article: vscode.Uri): Promise<ArticleCorrections> {
    const sidecar = sidecarUri(article);
    const entry: ArticleCorrections = { article, sidecar, file: emptyCorrections(baseName(article)), undo: [], redo: [] };
    if (!sidecar) return entry;
    try {
      entry.disk = await readText(sidecar);
      if (entry.disk !== undefined) entry.file = parseCorrections(entry.disk, displayName(sidecar), baseName(article));
    } catch (e) {
      const why = e instanceof CorrectionsError ? e.message : vscode.l10n.t('{0} could not be read: {1}', displayName(sidecar), (e as Error).message);
      entry.problem = vscode.l10n.t('Byline: the corrections in {0}. Byline applies none of them and will not change that file until it is fixed or removed.', why);
      void vscode.window.showErrorMessage(entry.problem);
    }
    return entry;
  }

  /** Why the sidecar of an article could not be read, if it could not. */
  async problemOf(article: vscode.Uri): Promise<string | undefined> {
    return (await this.get(article)).problem;
  }

  /** Applies `edit` to the article's corrections, saves them and updates every view. false: refused. */
  change(article: vscode.Uri, edit: (file: CorrectionsFile) => CorrectionsFile): Promise<boolean> {
    return this.serial(() => this.changeNow(article, edit));
  }

  undo(article: vscode.Uri, redo = false): Promise<boolean> {
    return this.serial(() => this.undoNow(article, redo));
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async changeNow(article: vscode.Uri, edit: (file: CorrectionsFile) => CorrectionsFile): Promise<boolean> {
    const e = await this.get(article);
    const next = edit(e.file);
    if (!(await this.save(e, next))) return false;
    e.undo.push(e.file);
    e.redo = [];
    e.file = next;
    await this.store.reapply(article);
    this.changed.fire(article);
    return true;
  }

  private async undoNow(article: vscode.Uri, redo: boolean): Promise<boolean> {
    const e = await this.get(article);
    const [from, to] = redo ? [e.redo, e.undo] : [e.undo, e.redo];
    const next = from[from.length - 1];
    if (!next || !(await this.save(e, next))) return false;
    from.pop();
    to.push(e.file);
    e.file = next;
    await this.store.reapply(article);
    this.changed.fire(article);
    return true;
  }

  /** Writes the sidecar unless it could not be read, or was changed on disk since Byline read it. */
  private async save(e: ArticleCorrections, file: CorrectionsFile): Promise<boolean> {
    if (e.problem) {
      void vscode.window.showErrorMessage(e.problem);
      return false;
    }
    if (!vscode.workspace.isTrusted) {
      void refuseUntrusted();
      return false;
    }
    if (!e.sidecar) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Byline: save {0} first; its corrections are kept in a file beside it.', displayName(e.article)));
      return false;
    }
    try {
      const now = await readText(e.sidecar);
      if (now !== e.disk) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Byline: {0} changed on disk; Byline re-read it instead of overwriting it. Try again.', displayName(e.sidecar)));
        await this.reload(e.article);
        return false;
      }
      const text = file.corrections.length || e.disk !== undefined ? serializeCorrections(file) : undefined;
      if (text === undefined) return true;
      const dir = vscode.Uri.joinPath(e.sidecar, '..');
      await vscode.workspace.fs.createDirectory(dir);
      await vscode.workspace.fs.writeFile(e.sidecar, new TextEncoder().encode(text));
      e.disk = text;
      return true;
    } catch (err) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Byline: could not save corrections to {0}: {1}', displayName(e.sidecar), (err as Error).message));
      return false;
    }
  }

  /** Forgets what is in memory (undo history too) and reads the sidecar again. */
  async reload(article: vscode.Uri): Promise<void> {
    this.entries.delete(article.toString());
    await this.get(article);
    await this.store.reapply(article);
    this.changed.fire(article);
  }

  private async onDisk(sidecar: vscode.Uri): Promise<void> {
    for (const [k, p] of this.entries) {
      const e = await p;
      if (e.sidecar?.toString() !== sidecar.toString() || this.entries.get(k) !== p) continue;
      const now = await readText(sidecar).catch(() => null);
      if (now !== e.disk) await this.reload(e.article);
    }
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

/** Restricted Mode: Byline writes no files into the workspace; say so and offer to manage trust. */
async function refuseUntrusted(): Promise<void> {
  const manage = vscode.l10n.t('Manage Workspace Trust');
  const pick = await vscode.window.showWarningMessage(
    vscode.l10n.t('Byline: corrections are saved to a file beside the article, and this window is in Restricted Mode. Trust the workspace to save corrections; highlights, hovers and the Byline view work as usual.'),
    manage,
  );
  if (pick === manage) await vscode.commands.executeCommand('workbench.trust.manage');
}
