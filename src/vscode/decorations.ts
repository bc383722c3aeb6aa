// Highlights: one decoration type per kind, created once, theme colors, visible editors only.
import * as vscode from 'vscode';
import type { AnalysisIndex } from '../core/query';
import type { Span } from '../core/types';
import { HIGHLIGHT_KINDS, readConfig, type HighlightKind } from './config';
import { toRange } from './convert';
import { editedSpans } from './corrections/marks';
import type { AnalysisStore } from './store';

function decorationType(kind: HighlightKind): vscode.TextEditorDecorationType {
  const bg = new vscode.ThemeColor(`byline.${kind}Background`);
  const border = new vscode.ThemeColor(`byline.${kind}Border`);
  if (kind === 'quote') {
    // quotes are long: a faint tint with a dotted underline, so entity highlights inside stay readable
    return vscode.window.createTextEditorDecorationType({ backgroundColor: bg, borderColor: border, borderStyle: 'none none dotted none', borderWidth: '0 0 1px 0' });
  }
  return vscode.window.createTextEditorDecorationType({
    backgroundColor: bg,
    borderColor: border,
    borderStyle: 'none none solid none',
    borderWidth: '0 0 1px 0',
    borderRadius: '2px',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
}

/** The spans of each kind, as the editor shows them. */
export function spansByKind(index: AnalysisIndex): Record<HighlightKind, Span[]> {
  const out = Object.fromEntries(HIGHLIGHT_KINDS.map((k) => [k, [] as Span[]])) as Record<HighlightKind, Span[]>;
  const a = index.analysis;
  for (const m of a.mentions) {
    if (m.type === 'person' || m.type === 'organization' || m.type === 'place' || m.type === 'date') out[m.type].push(m);
  }
  for (const e of a.events) out.event.push(e.trigger);
  for (const c of a.claims) out.quote.push(c);
  return out;
}

/** The spans of a preview, moved from its text to the document's offsets. */
function shifted(spans: Record<HighlightKind, Span[]>, base: number): Record<HighlightKind, Span[]> {
  const out = {} as Record<HighlightKind, Span[]>;
  for (const k of HIGHLIGHT_KINDS) out[k] = spans[k].map((s) => ({ start: s.start + base, end: s.end + base }));
  return out;
}

export class HighlightController implements vscode.Disposable {
  private readonly types = new Map<HighlightKind, vscode.TextEditorDecorationType>();
  /** A ✓ after what the reader corrected. */
  private readonly edited = vscode.window.createTextEditorDecorationType({
    after: { contentText: '✓', color: new vscode.ThemeColor('byline.editedForeground'), margin: '0 0 0 1px', fontWeight: 'bold' },
  });
  private readonly disposables: vscode.Disposable[] = [];
  /** How many highlights of each kind each document's editors show now (tests read it). */
  private readonly shown = new Map<string, Record<HighlightKind, number>>();
  private pending: NodeJS.Timeout | undefined;

  constructor(private readonly store: AnalysisStore) {
    for (const k of HIGHLIGHT_KINDS) this.types.set(k, decorationType(k));
    this.disposables.push(
      store.onDidChange((uri) => this.refreshSoon(uri)),
      store.onPreview((uri) => this.refreshSoon(uri)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshSoon()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('byline')) this.refreshSoon();
      }),
    );
    this.refresh();
  }

  private refreshSoon(uri?: vscode.Uri): void {
    const editors = uri ? vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === uri.toString()) : [];
    if (uri && !editors.length) return;
    // a document's first highlights are drawn at once (the reader just opened it); later changes gather for 30 ms
    if (uri && !this.shown.has(uri.toString())) return editors.forEach((e) => this.decorate(e));
    clearTimeout(this.pending);
    this.pending = setTimeout(() => this.refresh(), 30);
  }

  refresh(): void {
    for (const editor of vscode.window.visibleTextEditors) this.decorate(editor);
  }

  private decorate(editor: vscode.TextEditor): void {
    const doc = editor.document;
    const cfg = readConfig(doc);
    // only the analysis of the version on screen: stale offsets would paint the wrong words
    const index = this.store.accepts(doc) && cfg.highlights ? this.store.current(doc) : undefined;
    // a long document's part on screen while its first analysis runs (preview.ts); not counted in `shown`
    const preview = !index && this.store.accepts(doc) && cfg.highlights ? this.store.previewOf(doc) : undefined;
    if (!index && !preview && this.store.accepts(doc) && cfg.highlights && !this.store.problemOf(doc.uri)) return; // keep old ones until the new analysis lands
    const spans = index ? spansByKind(index) : preview ? shifted(spansByKind(preview.index), preview.base) : undefined;
    const counts = {} as Record<HighlightKind, number>;
    for (const k of HIGHLIGHT_KINDS) {
      const ranges = spans && cfg.kinds[k] ? spans[k].map((s) => toRange(doc, s)) : [];
      editor.setDecorations(this.types.get(k)!, ranges);
      counts[k] = ranges.length;
    }
    if (preview) return;
    this.shown.set(doc.uri.toString(), counts);
    editor.setDecorations(this.edited, index ? editedSpans(index, this.store.correctedOf(doc.uri)).map((s) => toRange(doc, s)) : []);
  }

  /** The highlights of each kind last drawn on a document's editors (undefined: none drawn yet). */
  shownIn(uri: vscode.Uri): Record<HighlightKind, number> | undefined {
    return this.shown.get(uri.toString());
  }

  dispose(): void {
    clearTimeout(this.pending);
    vscode.Disposable.from(...this.disposables, ...this.types.values(), this.edited).dispose();
  }
}
