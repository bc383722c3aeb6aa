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
      const a = new vscode.CodeAction(`Byline: ${title}`, CORRECT_KIND);
      a.command = { command, title, arguments: [{ uri: doc.uri, start: s, end: e }] };
      out.push(a);
    };
    const mention = index.mentionAt(start);
    if (end > start && !(mention && mention.start === start && mention.end === end)) {
      const text = doc.getText(range).trim();
      if (!text) return out;
      if (text.length <= 80) for (const k of ['Person', 'Organization', 'Place', 'Date']) action(`Mark “${clip(text)}” as ${k.toLowerCase()}`, `byline.mark${k}`, start, end);
      action(`Mark “${clip(text)}” as a quote of…`, 'byline.markQuote', start, end);
      action(`Mark “${clip(text)}” as reported speech of…`, 'byline.markReported', start, end);
      return out;
    }
    if (mention) {
      const s = mention.start, e = mention.end;
      for (const k of ['Person', 'Organization', 'Place', 'Date']) if (mention.type !== k.toLowerCase()) action(`“${clip(mention.text)}” is a ${k.toLowerCase()}`, `byline.mark${k}`, s, e);
      action(`“${clip(mention.text)}” is not an entity`, 'byline.markNotEntity', s, e);
      if (mention.actor) {
        action('Merge this actor into…', 'byline.mergeActor', s, e);
        if (index.mentionsOf(mention.actor).length > 1) action('Split this mention from its actor', 'byline.splitMention', s, e);
        action('Set role…', 'byline.setRole', s, e);
      }
    }
    const claim = index.claimAt(start);
    if (claim) {
      action('Set speaker of this claim…', 'byline.setSpeaker', claim.start, claim.end);
      action('Not a claim', 'byline.markNotClaim', claim.start, claim.end);
    }
    const ev = index.eventAt(start);
    if (ev) {
      action(`“${clip(ev.trigger.text)}” is not an event`, 'byline.markNotEvent', ev.trigger.start, ev.trigger.end);
      action('Change event type…', 'byline.setEventType', ev.trigger.start, ev.trigger.end);
      action('Set event participants…', 'byline.setEventParticipants', ev.trigger.start, ev.trigger.end);
    }
    return out;
  }

  static register(store: AnalysisStore, selector: vscode.DocumentSelector): vscode.Disposable {
    return vscode.languages.registerCodeActionsProvider(selector, new CorrectionActions(store), { providedCodeActionKinds: [CORRECT_KIND] });
  }
}

function clip(s: string): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > 30 ? flat.slice(0, 29) + '…' : flat;
}
