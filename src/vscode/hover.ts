// Hover cards for actors, event triggers (their happening's card) and quotes: escaped, untrusted Markdown built in core/cards.
import * as vscode from 'vscode';
import { actorCard, claimCard, escapeMarkdown, happeningCard } from '../core/cards';
import { happeningOfEvent } from '../core/happenings';
import { toRange, untrustedMarkdown as untrusted } from './convert';
import { editedMarkdown, notesOf } from './corrections/marks';
import type { AnalysisStore } from './store';

export class BylineHoverProvider implements vscode.HoverProvider {
  constructor(private readonly store: AnalysisStore) {}

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Hover | undefined> {
    const index = await this.store.ensure(doc);
    if (!index) return undefined;
    const offset = doc.offsetAt(pos);
    const parts: vscode.MarkdownString[] = [];
    let range: vscode.Range | undefined;
    const corrected = this.store.correctedOf(doc.uri);
    const edited = (notes: string[]): void => {
      const md = editedMarkdown(notes);
      if (md) parts.push(untrusted(md));
    };
    const mention = index.mentionAt(offset);
    const actor = index.actor(mention?.actor);
    if (mention && actor) {
      parts.push(untrusted(actorCard(index, actor)));
      edited(notesOf(corrected, `a:${actor.id}`, `m:${mention.start}:${mention.end}`));
      range = toRange(doc, mention);
    } else if (mention?.type === 'date') {
      parts.push(untrusted(mention.value ? vscode.l10n.t('**Date** — {0}', escapeMarkdown(mention.value)) : vscode.l10n.t('**Date**')));
      edited(notesOf(corrected, `m:${mention.start}:${mention.end}`));
      range = toRange(doc, mention);
    }
    const event = index.eventAt(offset);
    if (event && !range) {
      // the happening this word tells of: who, where, when, how sure, and its other mentions
      const text = this.store.rawOf(doc.uri)?.text ?? doc.getText();
      parts.push(untrusted(happeningCard(index, happeningOfEvent(index.analysis.events, event), text, event)));
      edited(notesOf(corrected, `e:${event.id}`));
      range = toRange(doc, event.trigger);
    }
    const claim = index.claimAt(offset);
    if (claim) {
      parts.push(untrusted(claimCard(index, claim)));
      edited(notesOf(corrected, `c:${claim.id}`));
      range ??= toRange(doc, claim);
    }
    return parts.length ? new vscode.Hover(parts, range) : undefined;
  }

  static register(store: AnalysisStore, selector: vscode.DocumentSelector): vscode.Disposable {
    return vscode.languages.registerHoverProvider(selector, new BylineHoverProvider(store));
  }
}
