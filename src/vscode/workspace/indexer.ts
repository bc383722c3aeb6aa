// Indexes every article of the open folders in the background: finds them (byline.workspace.include /
// exclude), reads each, takes its summary from the disk cache or from the analysis worker (low priority),
// and keeps the index current as files are created, changed and deleted. Cancellable; memory bounded by
// keeping summaries only.
import picomatch from 'picomatch';
import * as vscode from 'vscode';
import { decodeText, textProblem } from '../../core/decode';
import { WorkspaceIndex } from '../../core/workspace/merge';
import { AnalysisService, CancelledError } from '../../service/analysisService';
import { analysisKey, readConfig, readWorkspaceConfig, type WorkspaceIndexConfig } from '../config';
import { contentKey, SummaryCache } from './cache';

export interface IndexProgress {
  running: boolean;
  done: number;
  total: number;
  /** Set when the reader stopped indexing (Byline: Stop Indexing Workspace). */
  stopped: boolean;
  /** Articles analyzed, and articles taken from the disk cache, since activation. */
  analyzed: number;
  cached: number;
}

/** Articles read and analyzed at once: enough to keep both workers busy while the next file is read. */
const LANES = 4;

/** A merge is followed by at least this many times its duration without one (see fire). */
const MERGE_DUTY = 4;

export class WorkspaceIndexer implements vscode.Disposable {
  readonly index = new WorkspaceIndex();
  readonly progress: IndexProgress = { running: false, done: 0, total: 0, stopped: false, analyzed: 0, cached: 0 };
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly cache: SummaryCache;
  private readonly queue = new Map<string, vscode.Uri>();
  /** The content key each indexed article was last summarized from. */
  private readonly keys = new Map<string, string>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private watcher: vscode.Disposable | undefined;
  private generation = 0;
  private draining = -1;
  private excluded: (uri: vscode.Uri) => boolean = () => false;
  private fireTimer: NodeJS.Timeout | undefined;
  private lastFire = 0;
  private merging: Promise<void> | undefined;
  /** How long the last merge took (ms, wall): the next waits MERGE_DUTY times as long. */
  private lastMergeMs = 0;

  constructor(private readonly service: AnalysisService, storage: vscode.Uri | undefined, private readonly log?: vscode.OutputChannel) {
    this.cache = new SummaryCache(storage);
    // merged in slices before each refresh (see fire): the views never wait on a merge
    this.index.autoMerge = false;
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        const affects = ['byline.workspace', 'byline.enable', 'byline.articleDate', 'byline.maxFileSize'].some((s) => e.affectsConfiguration(s));
        if (affects) void this.restart();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.restart()),
    );
  }

  /**
   * Finds every article again and indexes what changed. `cache: 'clear'` analyzes everything again;
   * `memory: 'drop'` starts from the disk cache alone, as a new window would.
   */
  async restart(how: { cache?: 'clear'; memory?: 'drop' } = {}): Promise<void> {
    const gen = this.halt();
    this.progress.stopped = false;
    if (how.cache === 'clear') await this.cache.clear();
    if (how.cache === 'clear' || how.memory === 'drop') {
      this.keys.clear();
      this.index.clear();
    }
    const cfg = readWorkspaceConfig();
    if (!cfg.enabled || !vscode.workspace.workspaceFolders?.length) {
      this.index.clear();
      this.keys.clear();
      return this.fire(true);
    }
    this.watch(cfg);
    const files = await vscode.workspace.findFiles(cfg.include, globOf(cfg.exclude), cfg.maxArticles);
    if (gen !== this.generation) return;
    const found = new Set(files.map((f) => f.toString()));
    for (const a of this.index.articles()) if (!found.has(a)) this.forget(a);
    for (const f of files) this.queue.set(f.toString(), f);
    this.progress.done = 0;
    this.progress.total = this.queue.size;
    this.kick();
    this.fire(true);
  }

  /** Stops indexing: what is indexed stays, the rest waits for Reindex or a file change. */
  stop(): void {
    this.halt();
    this.progress.stopped = true;
    this.fire(true);
  }


  private halt(): number {
    this.queue.clear();
    this.service.cancelBackground();
    this.progress.running = false;
    return ++this.generation;
  }

  private watch(cfg: WorkspaceIndexConfig): void {
    this.watcher?.dispose();
    const exclude = picomatch(cfg.exclude, { dot: true });
    this.excluded = (uri) => exclude(vscode.workspace.asRelativePath(uri, false));
    const w = vscode.workspace.createFileSystemWatcher(cfg.include);
    // a folder copied or made in one go may report the folder only: its articles are looked up
    const folders = vscode.workspace.createFileSystemWatcher('**/*', false, true, true);
    this.watcher = vscode.Disposable.from(
      w,
      folders,
      folders.onDidCreate((u) => void this.scanIfFolder(u, cfg)),
      w.onDidCreate((u) => this.enqueue(u)),
      w.onDidChange((u) => this.enqueue(u)),
      w.onDidDelete((u) => this.removeUnder(u)),
      // a deleted folder reports the folder only
      vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((u) => this.removeUnder(u))),
    );
  }

  private async scanIfFolder(uri: vscode.Uri, cfg: WorkspaceIndexConfig): Promise<void> {
    if (this.excluded(uri)) return;
    try {
      if (!((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory)) return;
    } catch {
      return; // gone again
    }
    const gen = this.generation;
    const files = await vscode.workspace.findFiles(new vscode.RelativePattern(uri, cfg.include), globOf(cfg.exclude), cfg.maxArticles);
    if (gen === this.generation) files.forEach((f) => this.enqueue(f));
  }

  private enqueue(uri: vscode.Uri): void {
    if (this.excluded(uri)) return;
    if (!this.queue.has(uri.toString())) this.progress.total++;
    this.queue.set(uri.toString(), uri);
    this.kick();
  }

  private removeUnder(uri: vscode.Uri): void {
    const k = uri.toString();
    let removed = false;
    for (const a of this.index.articles()) if (a === k || a.startsWith(`${k}/`)) removed = this.forget(a) || removed;
    if (removed) this.fire();
  }

  private forget(article: string): boolean {
    this.keys.delete(article);
    return this.index.delete(article);
  }

  private kick(): void {
    const gen = this.generation;
    if (this.draining === gen || !this.queue.size) return;
    this.draining = gen;
    this.progress.running = true;
    void this.drain(gen).finally(() => {
      if (this.draining !== gen) return;
      this.draining = -1;
      this.progress.running = false;
      this.fire(true);
      if (this.queue.size) this.kick();
    });
  }

  private async drain(gen: number): Promise<void> {
    const settings = analysisKey(readConfig());
    const maxSize = readConfig().maxFileSize;
    const lane = async (): Promise<void> => {
      while (gen === this.generation && this.queue.size) {
        const [key, uri] = this.queue.entries().next().value as [string, vscode.Uri];
        this.queue.delete(key);
        await this.indexOne(uri, gen, settings, maxSize);
        if (gen !== this.generation) return;
        this.progress.done++;
        this.fire();
      }
    };
    await Promise.all(Array.from({ length: LANES }, lane));
  }

  private async indexOne(uri: vscode.Uri, gen: number, settings: string, maxSize: number): Promise<void> {
    const article = uri.toString();
    let bytes: Uint8Array;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.type & vscode.FileType.Directory) return;
      // UTF-8 takes at most 4 bytes a character: surely too large without reading it
      if (stat.size > maxSize * 4) return void this.forget(article);
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      return void this.forget(article); // gone meanwhile
    }
    const key = contentKey(bytes, settings);
    if (this.keys.get(article) === key && this.index.has(article)) return;
    let summary = await this.cache.get(key);
    if (summary) this.progress.cached++;
    else {
      let text: string;
      try {
        text = decodeText(bytes);
      } catch {
        return void this.forget(article); // not text
      }
      if (textProblem(text, maxSize, 'byline.maxFileSize')) return void this.forget(article);
      try {
        summary = await this.service.summarize(text, { date: settings || undefined });
      } catch (e) {
        if (!(e instanceof CancelledError)) this.log?.appendLine(vscode.l10n.t('Workspace index: {0}: {1}', vscode.workspace.asRelativePath(uri), (e as Error).message));
        return;
      }
      this.progress.analyzed++;
      void this.cache.put(key, summary);
    }
    if (gen !== this.generation) return;
    this.index.set(article, summary);
    this.keys.set(article, key);
  }

  /**
   * Tells the views, at most about once a second while indexing (at once with now); less often once a
   * merge takes long (thousands of articles), so that merging keeps to about a quarter of the host thread's time
   * and leaves the cores to the workers.
   */
  private fire(now = false): void {
    clearTimeout(this.fireTimer);
    const gap = Math.max(1000, MERGE_DUTY * this.lastMergeMs);
    const wait = now ? 0 : Math.max(0, gap - (Date.now() - this.lastFire));
    this.fireTimer = setTimeout(() => void this.mergeThenFire(), wait);
  }

  private async mergeThenFire(): Promise<void> {
    this.lastFire = Date.now();
    if (this.merging) return void this.merging.then(() => this.fire());
    if (this.index.stale) {
      const t = Date.now();
      this.merging = this.index.mergeAsync(() => new Promise((r) => setImmediate(r)));
      await this.merging;
      this.merging = undefined;
      this.lastMergeMs = Date.now() - t;
    }
    this.changed.fire();
  }

  dispose(): void {
    this.halt();
    clearTimeout(this.fireTimer);
    this.watcher?.dispose();
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

function globOf(patterns: string[]): string | undefined {
  if (!patterns.length) return undefined;
  return patterns.length === 1 ? patterns[0] : `{${patterns.join(',')}}`;
}
