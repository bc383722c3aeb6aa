// Context keys for the "Byline: Correct" editor menu, so it offers only what fits at the cursor:
// byline.onMention, byline.onActor, byline.onClaim, byline.onEvent.
import * as vscode from 'vscode';
import type { AnalysisStore } from '../store';

const KEYS = ['byline.onMention', 'byline.onActor', 'byline.onClaim', 'byline.onEvent'] as const;

export function trackCursorContext(store: AnalysisStore): vscode.Disposable {
  const last = new Map<string, boolean>();
  const set = (key: string, value: boolean): void => {
    if (last.get(key) === value) return;
    last.set(key, value);
    void vscode.commands.executeCommand('setContext', key, value);
  };
  const update = (): void => {
    const ed = vscode.window.activeTextEditor;
    const index = ed && store.accepts(ed.document) ? store.current(ed.document) : undefined;
    if (!ed || !index) return KEYS.forEach((k) => set(k, false));
    const at = ed.document.offsetAt(ed.selection.active);
    const mention = index.mentionAt(at);
    set('byline.onMention', !!mention);
    set('byline.onActor', !!mention?.actor);
    set('byline.onClaim', !!index.claimAt(at));
    set('byline.onEvent', !!index.eventAt(at));
  };
  update();
  return vscode.Disposable.from(
    vscode.window.onDidChangeTextEditorSelection(update),
    vscode.window.onDidChangeActiveTextEditor(update),
    store.onDidChange(update),
  );
}
