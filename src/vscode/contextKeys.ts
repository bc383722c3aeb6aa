// Context keys for `when` clauses of the editor's context menu: what is under the cursor of the active
// article (a name, a highlighted entity, a claim, an event word) and whether it has corrections, so
// that menu entries show only where they apply.
import * as vscode from 'vscode';
import type { AnalysisStore } from './store';

/** The keys and what sets them. */
export const CONTEXT_KEYS = {
  /** The cursor is on a name (a mention of an actor): Reveal All Mentions, Copy, merge, split, role. */
  onMention: 'byline.onMention',
  /** The cursor is on any highlighted entity (names and dates): Not an Entity. */
  onEntity: 'byline.onEntity',
  /** The cursor is in a quote or reported claim: Set Speaker, Not a Claim. */
  onClaim: 'byline.onClaim',
  /** The cursor is on an event word: the event corrections. */
  onEvent: 'byline.onEvent',
  /** The article has corrections: List, Undo, Redo. */
  hasCorrections: 'byline.hasCorrections',
} as const;

type Key = keyof typeof CONTEXT_KEYS;

export class BylineContextKeys implements vscode.Disposable {
  private readonly values = new Map<Key, boolean>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly store: AnalysisStore) {
    this.disposables.push(
      vscode.window.onDidChangeTextEditorSelection((e) => { if (e.textEditor === vscode.window.activeTextEditor) this.update(); }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      store.onDidChange(() => this.update()),
    );
    this.update();
  }

  /** What the keys say now (for tests). */
  snapshot(): Record<Key, boolean> {
    return Object.fromEntries(Object.keys(CONTEXT_KEYS).map((k) => [k, this.values.get(k as Key) ?? false])) as Record<Key, boolean>;
  }

  update(): void {
    const ed = vscode.window.activeTextEditor;
    // only the analysis of the version on screen: an older one's offsets point at other words
    const index = ed && this.store.accepts(ed.document) ? this.store.current(ed.document) : undefined;
    const offset = ed && index ? ed.document.offsetAt(ed.selection.active) : -1;
    const mention = index?.mentionAt(offset);
    const results = ed && index ? this.store.correctedOf(ed.document.uri)?.results ?? [] : [];
    this.set('onMention', !!mention?.actor && !!index?.actor(mention.actor));
    this.set('onEntity', !!mention && mention.type !== 'pronoun' && mention.type !== 'nominal');
    this.set('onClaim', !!index?.claimAt(offset));
    this.set('onEvent', !!index?.eventAt(offset));
    this.set('hasCorrections', results.length > 0);
  }

  private set(key: Key, value: boolean): void {
    if (this.values.get(key) === value) return;
    this.values.set(key, value);
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS[key], value);
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
