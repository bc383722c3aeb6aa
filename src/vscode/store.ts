// One analysis per open document, keyed by uri + version + settings; debounced; dropped on close.
// The single source every view reads: views never run NLP themselves.
import * as vscode from 'vscode';
import { textProblem } from '../core/decode';
import type { CorrectedAnalysis } from '../core/corrections';
import { indexAnalysis, type AnalysisIndex } from '../core/query';
import type { Analysis } from '../core/types';
import { AnalysisService, CancelledError } from '../service/analysisService';
import { analysisKey, readConfig, type BylineConfig } from './config';
import { previewRange, type Preview } from './preview';

export interface DocState {
  version: number;
  key: string;
  index?: AnalysisIndex;
  /** Why the document is not analyzed (too large, binary): shown to the user once. */
  problem?: string;
  running?: Promise<AnalysisIndex | undefined>;
  /** The analyzer's own result and the text it read: corrections are re-applied on top of these. */
  raw?: { text: string; analysis: Analysis };
  /** The reader's corrections as applied to `raw` (index is built from its analysis). */
  corrected?: CorrectedAnalysis;
  /** A long document's part on screen, analyzed alone while its first analysis runs (highlights only). */
  preview?: Preview;
}

/** Applies the reader's corrections on top of a finished analysis (see corrections/manager.ts). */
export type Corrector = (uri: vscode.Uri, text: string, analysis: Analysis) => Promise<CorrectedAnalysis | undefined>;

const SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs']);

export class AnalysisStore implements vscode.Disposable {
  private readonly states = new Map<string, DocState>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly problems = new vscode.EventEmitter<{ uri: vscode.Uri; problem: string }>();
  private readonly previewed = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [];
  readonly onDidChange = this.changed.event;
  /** Fired once per document version that cannot be analyzed, with a message naming the file. */
  readonly onProblem = this.problems.event;
  /** A preview of a long document's part on screen is ready (previewOf). */
  readonly onPreview = this.previewed.event;
  private corrector: Corrector | undefined;

  constructor(private readonly service: AnalysisService) {
    this.disposables.push(
      this.changed,
      this.problems,
      this.previewed,
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length) this.schedule(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.drop(d.uri)),
      vscode.window.onDidChangeVisibleTextEditors((eds) => eds.forEach((e) => this.schedule(e.document, 0))),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!e.affectsConfiguration('byline')) return;
        for (const d of vscode.workspace.textDocuments) {
          if (!this.accepts(d)) this.drop(d.uri);
          else this.schedule(d, 0);
        }
      }),
    );
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  /** Whether Byline analyzes this document at all (enabled, language, scheme). */
  accepts(doc: vscode.TextDocument): boolean {
    const cfg = readConfig(doc);
    return cfg.enable && SCHEMES.has(doc.uri.scheme) && cfg.languages.includes(doc.languageId);
  }

  /** The analysis of exactly this version of the document, if it is ready. */
  current(doc: vscode.TextDocument): AnalysisIndex | undefined {
    const s = this.states.get(doc.uri.toString());
    return s && s.version === doc.version && s.key === analysisKey(readConfig(doc)) ? s.index : undefined;
  }

  /** The latest analysis, possibly of an older version (views that may lag a keystroke behind). */
  latest(uri: vscode.Uri): AnalysisIndex | undefined {
    return this.states.get(uri.toString())?.index;
  }

  /** Every view reads the corrected analysis: corrections are applied here, after each analysis. */
  useCorrector(corrector: Corrector): void {
    this.corrector = corrector;
  }

  /** The corrections as applied to the latest analysis (results, orphans, "edited" notes). */
  correctedOf(uri: vscode.Uri): CorrectedAnalysis | undefined {
    return this.states.get(uri.toString())?.corrected;
  }

  /** The analyzer's own result for the latest analysis, before corrections. */
  rawOf(uri: vscode.Uri): { text: string; analysis: Analysis } | undefined {
    return this.states.get(uri.toString())?.raw;
  }

  /** Re-applies the corrections of a document on its latest analysis (no re-analysis), then notifies. */
  async reapply(uri: vscode.Uri): Promise<void> {
    const state = this.states.get(uri.toString());
    if (!state?.raw) return;
    await this.correct(uri, state, state.raw.text, state.raw.analysis);
    this.changed.fire(uri);
  }

  private async correct(uri: vscode.Uri, state: DocState, text: string, analysis: Analysis): Promise<void> {
    state.raw = { text, analysis };
    let corrected: CorrectedAnalysis | undefined;
    try {
      corrected = this.corrector ? await this.corrector(uri, text, analysis) : undefined;
    } catch (e) {
      // a bug in applying corrections must not cost the reader Byline's own analysis
      console.error(`Byline: could not apply the corrections of ${displayName(uri)}: ${(e as Error).message}`);
    }
    state.corrected = corrected;
    state.index = indexAnalysis(corrected?.analysis ?? analysis);
  }

  /**
   * The highlights of the part on screen of a long document whose first analysis is under way (its spans
   * are relative to `base`); undefined once the analysis of this version is there, or for another version.
   * Only the highlights read it: the reader's corrections are not applied to it.
   */
  previewOf(doc: vscode.TextDocument): Preview | undefined {
    const s = this.states.get(doc.uri.toString());
    return s && s.version === doc.version && !s.index ? s.preview : undefined;
  }

  problemOf(uri: vscode.Uri): string | undefined {
    return this.states.get(uri.toString())?.problem;
  }

  /** Analyzes now (no debounce) and resolves with the result for the current version. */
  async ensure(doc: vscode.TextDocument): Promise<AnalysisIndex | undefined> {
    if (!this.accepts(doc)) return undefined;
    const ready = this.current(doc);
    if (ready) return ready;
    const s = this.states.get(doc.uri.toString());
    if (s && s.version === doc.version && s.key === analysisKey(readConfig(doc))) {
      if (s.problem) return undefined;
      if (s.running) return s.running;
    }
    return this.run(doc);
  }

  private schedule(doc: vscode.TextDocument, delay?: number): void {
    if (!this.accepts(doc)) return;
    const k = doc.uri.toString();
    clearTimeout(this.timers.get(k));
    const wait = delay ?? readConfig(doc).debounceMs;
    this.timers.set(k, setTimeout(() => {
      this.timers.delete(k);
      if (!doc.isClosed) void this.ensure(doc);
    }, wait));
  }

  private run(doc: vscode.TextDocument): Promise<AnalysisIndex | undefined> {
    const k = doc.uri.toString();
    const cfg = readConfig(doc);
    const prev = this.states.get(k);
    // views keep showing the last result (and its marks) until the new one lands
    const state: DocState = { version: doc.version, key: analysisKey(cfg), index: prev?.index, raw: prev?.raw, corrected: prev?.corrected };
    this.states.set(k, state);
    const text = doc.getText();
    const problem = textProblem(text, cfg.maxFileSize, vscode.l10n.t('the byline.maxFileSize setting'));
    if (problem) {
      state.problem = vscode.l10n.t('Byline: {0} was not analyzed: {1}.', displayName(doc.uri), problem);
      state.index = undefined;
      this.problems.fire({ uri: doc.uri, problem: state.problem });
      this.changed.fire(doc.uri);
      return Promise.resolve(undefined);
    }
    if (!state.index) this.preview(doc, state, text, cfg);
    state.running = this.service.analyze(k, text, { source: displayName(doc.uri), date: cfg.articleDate })
      .then(async (analysis: Analysis) => {
        if (this.states.get(k) !== state) return undefined;
        await this.correct(doc.uri, state, text, analysis);
        if (this.states.get(k) !== state) return undefined;
        state.running = undefined;
        state.preview = undefined;
        this.changed.fire(doc.uri);
        return state.index;
      }, (e: unknown) => {
        state.running = undefined;
        if (e instanceof CancelledError) return this.states.get(k) === state ? undefined : this.states.get(k)?.running;
        if (this.states.get(k) === state) {
          state.problem = vscode.l10n.t('Byline: {0} could not be analyzed: {1}.', displayName(doc.uri), (e as Error).message);
          this.problems.fire({ uri: doc.uri, problem: state.problem });
        }
        return undefined;
      });
    return state.running;
  }

  /**
   * A long document's first analysis: the part on screen is analyzed first, alone (preview.ts). It shares
   * the document's tagged pieces, so the whole analysis that follows does not tag that part again.
   */
  private preview(doc: vscode.TextDocument, state: DocState, text: string, cfg: BylineConfig): void {
    const range = previewRange(doc, text);
    if (!range) return;
    const k = doc.uri.toString();
    const [start, end] = range;
    this.service.analyze(`${k}#preview`, text.slice(start, end), { source: displayName(doc.uri), date: cfg.articleDate }, k).then((analysis) => {
      if (this.states.get(k) !== state || state.index) return;
      state.preview = { base: start, index: indexAnalysis(analysis) };
      this.previewed.fire(doc.uri);
    }, () => undefined);
  }

  private drop(uri: vscode.Uri): void {
    const k = uri.toString();
    clearTimeout(this.timers.get(k));
    this.timers.delete(k);
    this.service.forget(k);
    if (this.states.delete(k)) this.changed.fire(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.states.clear();
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

export function displayName(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? vscode.workspace.asRelativePath(uri, false) : uri.path.split('/').pop() || uri.toString();
}
