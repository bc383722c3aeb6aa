// Outline (actors; events as happenings), Go to Definition (first mention), Find All References, document highlights of one actor.
import * as vscode from 'vscode';
import { happeningLabel, happeningsOf } from '../core/happenings';
import type { AnalysisIndex } from '../core/query';
import type { Actor } from '../core/types';
import { toLocation, toRange } from './convert';
import type { AnalysisStore } from './store';
import { otherArticleMentions } from './workspace/commands';
import type { WorkspaceIndexer } from './workspace/indexer';

const SYMBOL_KIND: Record<Actor['type'], vscode.SymbolKind> = {
  person: vscode.SymbolKind.Object,
  organization: vscode.SymbolKind.Module,
  place: vscode.SymbolKind.Namespace,
};

function actorAt(index: AnalysisIndex, doc: vscode.TextDocument, pos: vscode.Position): Actor | undefined {
  return index.actor(index.mentionAt(doc.offsetAt(pos))?.actor);
}

export class BylineNavigation implements vscode.DocumentSymbolProvider, vscode.DefinitionProvider, vscode.ReferenceProvider, vscode.DocumentHighlightProvider {
  constructor(private readonly store: AnalysisStore, private readonly workspace?: WorkspaceIndexer) {}

  async provideDocumentSymbols(doc: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    const index = await this.store.ensure(doc);
    if (!index) return [];
    const groups: Array<[string, Actor['type'], vscode.SymbolKind]> = [
      [vscode.l10n.t('People'), 'person', vscode.SymbolKind.Class], [vscode.l10n.t('Organizations'), 'organization', vscode.SymbolKind.Class], [vscode.l10n.t('Places'), 'place', vscode.SymbolKind.Class],
    ];
    const out: vscode.DocumentSymbol[] = [];
    for (const [label, type, kind] of groups) {
      const actors = index.analysis.actors.filter((a) => a.type === type && index.mentionsOf(a.id).length > 0);
      if (!actors.length) continue;
      const children = actors.map((a) => {
        const ms = index.mentionsOf(a.id);
        const first = toRange(doc, index.firstNamed(a.id)!);
        const whole = new vscode.Range(toRange(doc, ms[0]).start, toRange(doc, ms[ms.length - 1]).end);
        return new vscode.DocumentSymbol(a.name, a.role ?? '', SYMBOL_KIND[a.type], whole, first);
      });
      const range = children.reduce((r, c) => r.union(c.range), children[0].range);
      const group = new vscode.DocumentSymbol(label, `${actors.length}`, kind, range, children[0].selectionRange);
      group.children = children;
      out.push(group);
    }
    const happenings = happeningsOf(index.analysis.events);
    if (happenings.length) {
      // happenings in date order, each with its mentions
      const children = happenings.map((h) => {
        const mentions = h.mentions.map((e) => {
          const r = toRange(doc, e.trigger);
          return new vscode.DocumentSymbol(e.trigger.text, e.type, vscode.SymbolKind.Event, r, r);
        });
        const symbol = new vscode.DocumentSymbol(happeningLabel(index, h), h.type, vscode.SymbolKind.Event, mentions.reduce((r, c) => r.union(c.range), mentions[0].range), mentions[0].selectionRange);
        symbol.children = mentions;
        return symbol;
      });
      const group = new vscode.DocumentSymbol(vscode.l10n.t('Events'), `${happenings.length}`, vscode.SymbolKind.Class, children.reduce((r, c) => r.union(c.range), children[0].range), children[0].selectionRange);
      group.children = children;
      out.push(group);
    }
    return out;
  }

  async provideDefinition(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Location | undefined> {
    const index = await this.store.ensure(doc);
    const actor = index && actorAt(index, doc, pos);
    const first = actor && index.firstNamed(actor.id);
    return first ? toLocation(doc, first) : undefined;
  }

  async provideReferences(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Location[]> {
    const index = await this.store.ensure(doc);
    const actor = index && actorAt(index, doc, pos);
    if (!actor) return [];
    // this article's mentions as it is now, then the other indexed articles'
    return [...index.mentionsOf(actor.id).map((m) => toLocation(doc, m)), ...otherArticleMentions(this.workspace, doc.uri, actor)];
  }

  async provideDocumentHighlights(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.DocumentHighlight[]> {
    const index = await this.store.ensure(doc);
    const actor = index && actorAt(index, doc, pos);
    return actor ? index.mentionsOf(actor.id).map((m) => new vscode.DocumentHighlight(toRange(doc, m), vscode.DocumentHighlightKind.Read)) : [];
  }

  static register(store: AnalysisStore, selector: vscode.DocumentSelector, workspace?: WorkspaceIndexer): vscode.Disposable {
    const nav = new BylineNavigation(store, workspace);
    return vscode.Disposable.from(
      vscode.languages.registerDocumentSymbolProvider(selector, nav, { label: vscode.l10n.t('Byline') }),
      vscode.languages.registerDefinitionProvider(selector, nav),
      vscode.languages.registerReferenceProvider(selector, nav),
      vscode.languages.registerDocumentHighlightProvider(selector, nav),
    );
  }
}
