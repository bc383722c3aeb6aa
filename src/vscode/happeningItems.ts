// Tree items of the Events view: a happening ("Bagheri met Shoigu · Moscow · 19 Oct 2021") and each of
// its mentions (the words around it, its line). Tooltips are the happening's card, untrusted Markdown.
import * as vscode from 'vscode';
import { happeningCard } from '../core/cards';
import { happeningLabel, happeningsOf, lineFinder, mentionSnippet, type Happening } from '../core/happenings';
import type { AnalysisIndex } from '../core/query';
import type { NewsEvent } from '../core/types';
import { untrustedMarkdown as untrusted } from './convert';

/** What the view says about something not (yet) a fact, in the reader's language. */
function statusText(negated: boolean | undefined, modality: NewsEvent['modality']): string | undefined {
  if (negated) return vscode.l10n.t('did not happen');
  if (modality === 'planned') return vscode.l10n.t('planned');
  if (modality === 'hypothetical') return vscode.l10n.t('hypothetical');
  return undefined;
}

/** "2 mentions · planned" */
function countAndStatus(h: Happening): string {
  const n = h.mentions.length;
  return [n === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', n), statusText(h.negated, h.modality)].filter(Boolean).join(' · ');
}

/** Line numbers of the text the view shows, kept for the last text (every item of a refresh asks). */
let lines: { text: string; lineOf: (offset: number) => number } | undefined;
function lineOfIn(text: string): (offset: number) => number {
  if (lines?.text !== text) lines = { text, lineOf: lineFinder(text) };
  return lines.lineOf;
}

export function happeningItem(index: AnalysisIndex, doc: vscode.TextDocument, text: string, node: { id: string; happening: Happening }): vscode.TreeItem {
  const h = node.happening;
  const item = new vscode.TreeItem(happeningLabel(index, h), vscode.TreeItemCollapsibleState.Expanded);
  item.id = node.id;
  item.description = countAndStatus(h);
  item.tooltip = untrusted(happeningCard(index, h, text, undefined, lineOfIn(text)));
  item.contextValue = 'byline.happening';
  // the kind in words for screen readers, not only the icon
  item.accessibilityInformation = { label: vscode.l10n.t('{0} happening: {1}, {2}', h.type, happeningLabel(index, h), item.description) };
  item.iconPath = new vscode.ThemeIcon(h.negated ? 'circle-slash' : h.modality === 'asserted' ? 'calendar' : 'watch');
  item.command = { command: 'byline.revealHappening', title: vscode.l10n.t('Reveal Happening'), arguments: [doc.uri, h.id] };
  return item;
}

export function mentionItem(index: AnalysisIndex, doc: vscode.TextDocument, text: string, node: { id: string; event: NewsEvent }, h: Happening): vscode.TreeItem {
  const e = node.event;
  const snippet = mentionSnippet(text, e, 60);
  const at = snippet.indexOf(e.trigger.text);
  // the trigger's words highlighted in the label
  const item = new vscode.TreeItem(at >= 0 ? { label: snippet, highlights: [[at, at + e.trigger.text.length]] } : snippet, vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.description = [vscode.l10n.t('line {0}', lineOfIn(text)(e.trigger.start)), statusText(e.negated, e.modality)].filter(Boolean).join(' · ');
  item.tooltip = untrusted(happeningCard(index, h, text, e, lineOfIn(text)));
  item.contextValue = 'byline.event';
  item.accessibilityInformation = { label: vscode.l10n.t('{0} event mention: {1}, {2}', e.type, snippet, item.description) };
  item.iconPath = new vscode.ThemeIcon('symbol-event');
  item.command = { command: 'byline.revealRange', title: vscode.l10n.t('Reveal in Editor'), arguments: [doc.uri, e.trigger.start, e.trigger.end] };
  return item;
}

/** A quick pick of the article's happenings, in the Events view's order. */
export async function pickHappening(index: AnalysisIndex): Promise<Happening | undefined> {
  const items = happeningsOf(index.analysis.events).map((h) => ({
    label: happeningLabel(index, h),
    description: countAndStatus(h),
    detail: h.mentions.map((m) => m.trigger.text).join(', '),
    h,
  }));
  if (!items.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Byline: no events found in this article.'));
    return undefined;
  }
  const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Byline: go to a happening'), placeHolder: vscode.l10n.t('Type a name, a place or a date'), matchOnDescription: true, matchOnDetail: true });
  return pick?.h;
}
