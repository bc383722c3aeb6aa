// What a correction command acts on: a tree item, an explicit { uri, start, end } (code actions,
// tests), or the active editor's selection or cursor; and quick picks of actors.
import * as vscode from 'vscode';
import type { AnalysisIndex } from '../../core/query';
import type { Actor, Span } from '../../core/types';
import type { AnalysisStore } from '../store';
import type { BylineViews, Node } from '../tree';

/** A span of a document, as code actions and tests pass it. */
export interface SpanArg { uri: vscode.Uri | string; start: number; end: number }

export interface Target {
  doc: vscode.TextDocument;
  index: AnalysisIndex;
  /** The selection or given span; at the cursor, an empty span there. */
  span: Span;
  /** Whether the reader chose the span (a selection, a span argument) rather than a cursor position. */
  chosen: boolean;
  node?: Node;
}

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && 'kind' in v && 'id' in v;
const isSpanArg = (v: unknown): v is SpanArg =>
  typeof v === 'object' && v !== null && 'uri' in v && typeof (v as SpanArg).start === 'number' && typeof (v as SpanArg).end === 'number';

/** Trims white space off both ends of a span. */
function trimmed(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

export async function targetOf(arg: unknown, store: AnalysisStore, views: BylineViews): Promise<Target | undefined> {
  let doc: vscode.TextDocument | undefined;
  let span: Span | undefined;
  let chosen = false;
  let node: Node | undefined;
  if (isSpanArg(arg)) {
    doc = await vscode.workspace.openTextDocument(typeof arg.uri === 'string' ? vscode.Uri.parse(arg.uri) : arg.uri);
    span = { start: arg.start, end: arg.end };
    chosen = arg.end > arg.start;
  } else if (isNode(arg)) {
    doc = views.article.document;
    node = arg;
  } else {
    const ed = vscode.window.activeTextEditor;
    if (ed && store.accepts(ed.document)) {
      doc = ed.document;
      span = { start: doc.offsetAt(ed.selection.start), end: doc.offsetAt(ed.selection.end) };
      chosen = !ed.selection.isEmpty;
    }
  }
  if (!doc) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Byline: open a news article and put the cursor on what to correct.'));
    return undefined;
  }
  const index = await store.ensure(doc);
  if (!index) {
    void vscode.window.showWarningMessage(store.problemOf(doc.uri) ?? vscode.l10n.t('Byline: this document is not analyzed.'));
    return undefined;
  }
  if (node) span = nodeSpan(index, node);
  if (!span) return undefined;
  return { doc, index, span: chosen ? trimmed(doc.getText(), span) : span, chosen, node };
}

function nodeSpan(index: AnalysisIndex, node: Node): Span | undefined {
  if (node.kind === 'actor') return index.firstNamed(node.actor.id);
  if (node.kind === 'claim') return { start: node.claim.start, end: node.claim.end };
  if (node.kind === 'event') return node.event.trigger;
  if (node.kind === 'happening') return node.happening.mentions[0].trigger;
  return undefined;
}

/** The actor a target points at: the tree's actor, the mention under the selection or cursor. */
export function actorOf(t: Target): Actor | undefined {
  if (t.node?.kind === 'actor') return t.index.actor(t.node.actor.id);
  return t.index.actor(t.index.mentionAt(t.span.start)?.actor ?? t.index.mentionAt(t.span.end)?.actor);
}

/** "7 mentions · also Baqeri, the general": the detail line of an actor in quick picks. */
export function mentionsDetail(index: AnalysisIndex, a: Actor): string {
  const n = vscode.l10n.t('{0} mentions', index.mentionsOf(a.id).length);
  return a.aliases.length ? vscode.l10n.t('{0} · also {1}', n, a.aliases.join(', ')) : n;
}

/** An actor by id or exact name (for arguments), or one the reader picks. */
export async function pickActor(index: AnalysisIndex, arg: unknown, title: string, options: { except?: string; unattributed?: boolean } = {}): Promise<Actor | null | undefined> {
  if (arg === null || arg === '') return options.unattributed ? null : undefined;
  if (typeof arg === 'string') return index.actor(arg) ?? index.analysis.actors.find((a) => a.name === arg);
  type Item = vscode.QuickPickItem & { actor: Actor | null };
  const items: Item[] = index.analysis.actors.filter((a) => a.id !== options.except).map((a) => ({
    label: a.name,
    description: [a.type, a.role].filter(Boolean).join(' · '),
    detail: mentionsDetail(index, a),
    actor: a,
  }));
  if (options.unattributed) items.unshift({ label: vscode.l10n.t('Unattributed'), description: vscode.l10n.t('no speaker'), actor: null });
  const pick = await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('Type a name'), matchOnDescription: true, matchOnDetail: true });
  return pick ? pick.actor : undefined;
}
