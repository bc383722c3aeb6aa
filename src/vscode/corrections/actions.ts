// Code actions (the light bulb, Ctrl+.) on a highlighted name, quote or event word, or a selection:
// the corrections that fit there, each running its command on that exact span.
import * as vscode from 'vscode';
import type { AnalysisStore } from '../store';

export const CORRECT_KIND = vscode.CodeActionKind.QuickFix.append('byline');

export class CorrectionActions implements vscode.CodeActionProvider {
  constructor(private readonly store: AnalysisStore) {}

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range): vscode.CodeAction[] {
    // only the analysis of this exact version: offsets of an older one would point at other words
    const index = this.store.current(doc);
    if (!index) return [];
    const start = doc.offsetAt(range.start), end = doc.offsetAt(range.end);
    const out: vscode.CodeAction[] = [];
    const action = (title: string, command: string, s: number, e: number): void => {
      const a = new vscode.CodeAction(vscode.l10n.t('Byline: {0}', title), CORRECT_KIND);
      a.command = { command, title, arguments: [{ uri: doc.uri, start: s, end: e }] };
      out.push(a);
    };
    const mention = index.mentionAt(start);
    if (end > start && !(mention && mention.start === start && mention.end === end)) {
      const text = doc.getText(range).trim();
      if (!text) return out;
      if (text.length <= 80) for (const k of KINDS) action(markAs(k, clip(text)), `byline.mark${k}`, start, end);
      action(vscode.l10n.t('Mark “{0}” as a quote of…', clip(text)), 'byline.markQuote', start, end);
      action(vscode.l10n.t('Mark “{0}” as reported speech of…', clip(text)), 'byline.markReported', start, end);
      return out;
    }
    if (mention) {
      const s = mention.start, e = mention.end;
      for (const k of KINDS) if (mention.type !== k.toLowerCase()) action(isA(k, clip(mention.text)), `byline.mark${k}`, s, e);
      action(vscode.l10n.t('“{0}” is not an entity', clip(mention.text)), 'byline.markNotEntity', s, e);
      if (mention.actor) {
        action(vscode.l10n.t('Merge this actor into…'), 'byline.mergeActor', s, e);
        if (index.mentionsOf(mention.actor).length > 1) action(vscode.l10n.t('Split this mention from its actor'), 'byline.splitMention', s, e);
        action(vscode.l10n.t('Set role…'), 'byline.setRole', s, e);
      }
    }
    const claim = index.claimAt(start);
    if (claim) {
      action(vscode.l10n.t('Set speaker of this claim…'), 'byline.setSpeaker', claim.start, claim.end);
      action(vscode.l10n.t('Not a claim'), 'byline.markNotClaim', claim.start, claim.end);
    }
    const ev = index.eventAt(start);
    if (ev) {
      action(vscode.l10n.t('“{0}” is not an event', clip(ev.trigger.text)), 'byline.markNotEvent', ev.trigger.start, ev.trigger.end);
      action(vscode.l10n.t('Change event type…'), 'byline.setEventType', ev.trigger.start, ev.trigger.end);
      action(vscode.l10n.t('Set event participants…'), 'byline.setEventParticipants', ev.trigger.start, ev.trigger.end);
    }
    return out;
  }

  static register(store: AnalysisStore, selector: vscode.DocumentSelector): vscode.Disposable {
    return vscode.languages.registerCodeActionsProvider(selector, new CorrectionActions(store), { providedCodeActionKinds: [CORRECT_KIND] });
  }
}

const KINDS = ['Person', 'Organization', 'Place', 'Date'] as const;
type Kind = (typeof KINDS)[number];

/** Whole phrases per kind, so that a translation can inflect them. */
function markAs(k: Kind, text: string): string {
  switch (k) {
    case 'Person': return vscode.l10n.t('Mark “{0}” as a person', text);
    case 'Organization': return vscode.l10n.t('Mark “{0}” as an organization', text);
    case 'Place': return vscode.l10n.t('Mark “{0}” as a place', text);
    case 'Date': return vscode.l10n.t('Mark “{0}” as a date', text);
  }
}

function isA(k: Kind, text: string): string {
  switch (k) {
    case 'Person': return vscode.l10n.t('“{0}” is a person', text);
    case 'Organization': return vscode.l10n.t('“{0}” is an organization', text);
    case 'Place': return vscode.l10n.t('“{0}” is a place', text);
    case 'Date': return vscode.l10n.t('“{0}” is a date', text);
  }
}

function clip(s: string): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > 30 ? flat.slice(0, 29) + '…' : flat;
}
