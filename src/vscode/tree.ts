// The Byline view: Actors grouped by kind, Claims grouped by speaker, Events as happenings in date order. Follows the
// active article, refreshes (debounced) when its analysis changes, and reveals text on click.
import * as vscode from 'vscode';
import { actorCard, claimCard, clip, escapeMarkdown } from '../core/cards';
import { happeningOfEvent, happeningsOf, type Happening } from '../core/happenings';
import type { AnalysisIndex } from '../core/query';
import type { Actor, Claim, NewsEvent } from '../core/types';
import { untrustedMarkdown as untrusted } from './convert';
import { editedMarkdown, notesOf, type EditKey } from './corrections/marks';
import { happeningItem, mentionItem } from './happeningItems';
import type { AnalysisStore } from './store';

export type Node =
  | { kind: 'group'; id: string; label: string; type: string; children: Node[] }
  | { kind: 'actor'; id: string; actor: Actor; parent: Node }
  | { kind: 'claim'; id: string; claim: Claim; parent?: Node }
  | { kind: 'happening'; id: string; happening: Happening; children: Node[] }
  | { kind: 'event'; id: string; event: NewsEvent; parent?: Node };

/** The article the views show: the active editor's, or the last one shown while focus is elsewhere. */
export class ActiveArticle implements vscode.Disposable {
  private doc: vscode.TextDocument | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  readonly onDidChange = this.changed.event;

  constructor(private readonly store: AnalysisStore) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((e) => this.follow(e)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d === this.doc) { this.doc = undefined; this.changed.fire(); }
      }),
      store.onDidChange((uri) => {
        if (this.doc && uri.toString() === this.doc.uri.toString()) this.changed.fire();
        else if (!this.doc) this.follow(vscode.window.activeTextEditor);
      }),
    );
    this.follow(vscode.window.activeTextEditor);
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    if (!editor || !this.store.accepts(editor.document) || editor.document === this.doc) return;
    this.doc = editor.document;
    void this.store.ensure(editor.document);
    this.changed.fire();
  }

  get document(): vscode.TextDocument | undefined {
    return this.doc;
  }

  get index(): AnalysisIndex | undefined {
    return this.doc ? this.store.latest(this.doc.uri) : undefined;
  }

  /** The text the analysis read (the document may be a keystroke ahead). */
  get text(): string {
    return (this.doc && this.store.rawOf(this.doc.uri)?.text) ?? this.doc?.getText() ?? '';
  }

  /** What the reader changed about an item of the article, for its ✓ mark. */
  notes(key: EditKey): string[] {
    return this.doc ? notesOf(this.store.correctedOf(this.doc.uri), key) : [];
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

abstract class BylineTree implements vscode.TreeDataProvider<Node> {
  protected readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  protected roots: Node[] = [];

  constructor(protected readonly article: ActiveArticle) {}

  refresh(): void {
    const index = this.article.index;
    this.roots = index ? this.build(index) : [];
    this.changed.fire(undefined);
  }

  protected abstract build(index: AnalysisIndex): Node[];

  getChildren(node?: Node): Node[] {
    if (!node) return this.roots;
    return node.kind === 'group' || node.kind === 'happening' ? node.children : [];
  }

  getParent(node: Node): Node | undefined {
    return node.kind === 'actor' || node.kind === 'claim' || node.kind === 'event' ? node.parent : undefined;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const index = this.article.index;
    const doc = this.article.document;
    switch (node.kind) {
      case 'group': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = node.id;
        item.description = `${node.children.length}`;
        item.contextValue = 'byline.group';
        item.iconPath = new vscode.ThemeIcon(GROUP_ICONS[node.type] ?? 'symbol-folder');
        return item;
      }
      case 'actor': {
        const a = node.actor;
        const item = new vscode.TreeItem(a.name, vscode.TreeItemCollapsibleState.None);
        item.id = node.id;
        item.description = a.role ?? (a.country && a.type !== 'place' ? a.country : undefined);
        if (index) item.tooltip = untrusted(actorCard(index, a));
        markEdited(item, this.article.notes(`a:${a.id}`));
        item.contextValue = 'byline.actor';
        item.accessibilityInformation = { label: [a.name, kindWord(a.type), a.role].filter(Boolean).join(', ') };
        item.iconPath = new vscode.ThemeIcon(ACTOR_ICONS[a.type], new vscode.ThemeColor(`byline.${a.type}Border`));
        const first = index?.firstNamed(a.id) ?? a.mentions[0];
        if (doc && first) item.command = revealCommand(doc.uri, first.start, first.end);
        return item;
      }
      case 'claim': {
        const c = node.claim;
        const item = new vscode.TreeItem(c.kind === 'quote' ? `“${clip(c.text, 80)}”` : clip(c.text, 80), vscode.TreeItemCollapsibleState.None);
        item.id = node.id;
        item.description = c.kind === 'quote' ? vscode.l10n.t('quote') : vscode.l10n.t('reported');
        if (index) item.tooltip = untrusted(`${claimCard(index, c)}\n\n${escapeMarkdown(clip(c.text, 600))}`);
        markEdited(item, this.article.notes(`c:${c.id}`));
        item.contextValue = 'byline.claim';
        const speaker = index?.actor(c.speaker)?.name;
        item.accessibilityInformation = {
          label: c.kind === 'quote'
            ? (speaker ? vscode.l10n.t('Quote by {0}: {1}', speaker, clip(c.text, 200)) : vscode.l10n.t('Unattributed quote: {0}', clip(c.text, 200)))
            : (speaker ? vscode.l10n.t('Reported speech by {0}: {1}', speaker, clip(c.text, 200)) : vscode.l10n.t('Unattributed reported speech: {0}', clip(c.text, 200))),
        };
        item.iconPath = new vscode.ThemeIcon(c.kind === 'quote' ? 'quote' : 'comment');
        if (doc) item.command = revealCommand(doc.uri, c.start, c.end);
        return item;
      }
      case 'happening':
      case 'event': {
        if (!index || !doc) return new vscode.TreeItem('');
        const text = this.article.text;
        const item = node.kind === 'happening' ? happeningItem(index, doc, text, node)
          : mentionItem(index, doc, text, node, node.parent?.kind === 'happening' ? node.parent.happening : happeningOfEvent(index.analysis.events, node.event));
        const events = node.kind === 'happening' ? node.happening.mentions : [node.event];
        markEdited(item, events.flatMap((e) => this.article.notes(`e:${e.id}`)));
        return item;
      }
    }
  }
}

/** The reader's changes show as a ✓ before the description and a line in the tooltip. */
function markEdited(item: vscode.TreeItem, notes: string[]): void {
  if (!notes.length) return;
  item.description = `✓ ${typeof item.description === 'string' ? item.description : ''}`.trimEnd();
  const md = editedMarkdown(notes)!;
  const tip = item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : '';
  item.tooltip = untrusted(tip ? `${tip}\n\n${md}` : md);
}

/** The kind of an actor in words, for screen readers (the icon's color is not read out). */
function kindWord(type: Actor['type']): string {
  return type === 'person' ? vscode.l10n.t('person') : type === 'organization' ? vscode.l10n.t('organization') : vscode.l10n.t('place');
}

const GROUP_ICONS: Record<string, string> = { person: 'person', organization: 'organization', place: 'location', speaker: 'comment-discussion' };
const ACTOR_ICONS: Record<Actor['type'], string> = { person: 'person', organization: 'organization', place: 'location' };

export function revealCommand(uri: vscode.Uri, start: number, end: number): vscode.Command {
  return { command: 'byline.revealRange', title: vscode.l10n.t('Reveal in Editor'), arguments: [uri, start, end] };
}

export class ActorTreeProvider extends BylineTree {
  protected build(index: AnalysisIndex): Node[] {
    const groups: Array<[Actor['type'], string]> = [['person', vscode.l10n.t('People')], ['organization', vscode.l10n.t('Organizations')], ['place', vscode.l10n.t('Places')]];
    const out: Node[] = [];
    for (const [type, label] of groups) {
      const group: Node = { kind: 'group', id: `g:${type}`, label, type, children: [] };
      const actors = index.analysis.actors.filter((a) => a.type === type && !a.unnamed)
        .sort((a, b) => index.mentionsOf(b.id).length - index.mentionsOf(a.id).length || a.name.localeCompare(b.name));
      group.children = actors.map((actor) => ({ kind: 'actor', id: `a:${actor.id}:${actor.name}`, actor, parent: group }));
      if (group.children.length) out.push(group);
    }
    return out;
  }

  /** The tree node of an actor, for reveal(). */
  nodeOf(actorId: string): Node | undefined {
    for (const g of this.roots) if (g.kind === 'group') for (const c of g.children) if (c.kind === 'actor' && c.actor.id === actorId) return c;
    return undefined;
  }
}

export class ClaimTreeProvider extends BylineTree {
  protected build(index: AnalysisIndex): Node[] {
    const bySpeaker = new Map<string, Claim[]>();
    for (const c of index.analysis.claims) {
      const k = c.speaker ?? '';
      if (!bySpeaker.has(k)) bySpeaker.set(k, []);
      bySpeaker.get(k)!.push(c);
    }
    const out: Node[] = [];
    for (const [speaker, claims] of bySpeaker) {
      const actor = index.actor(speaker);
      const group: Node = { kind: 'group', id: `s:${speaker}`, label: actor ? actor.name + (actor.role ? ` — ${actor.role}` : '') : vscode.l10n.t('Unattributed'), type: 'speaker', children: [] };
      group.children = claims.map((claim) => ({ kind: 'claim', id: `c:${claim.id}:${claim.start}`, claim, parent: group }));
      out.push(group);
    }
    // the most quoted first, unattributed last
    return out.sort((a, b) => (a.id === 's:' ? 1 : 0) - (b.id === 's:' ? 1 : 0)
      || (b.kind === 'group' && a.kind === 'group' ? b.children.length - a.children.length : 0));
  }
}

/** Events as happenings: one item per happening, in date order (undated last), its mentions below it. */
export class EventTreeProvider extends BylineTree {
  protected build(index: AnalysisIndex): Node[] {
    return happeningsOf(index.analysis.events).map((happening) => {
      const node: Node = { kind: 'happening', id: `h:${happening.id}:${happening.mentions[0].trigger.start}`, happening, children: [] };
      node.children = happening.mentions.map((event) => ({ kind: 'event', id: `e:${event.id}:${event.trigger.start}`, event, parent: node }));
      return node;
    });
  }

  /** The tree node of a happening, for reveal(). */
  nodeOf(happeningId: string): Node | undefined {
    return this.roots.find((n) => n.kind === 'happening' && n.happening.id === happeningId);
  }
}

/** Creates the three views, keeps them in step with the active article, and keeps the badge current. */
export class BylineViews implements vscode.Disposable {
  readonly actors: ActorTreeProvider;
  readonly claims: ClaimTreeProvider;
  readonly events: EventTreeProvider;
  readonly actorView: vscode.TreeView<Node>;
  readonly eventView: vscode.TreeView<Node>;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(readonly article: ActiveArticle) {
    this.actors = new ActorTreeProvider(article);
    this.claims = new ClaimTreeProvider(article);
    this.events = new EventTreeProvider(article);
    this.actorView = vscode.window.createTreeView('byline.actors', { treeDataProvider: this.actors, showCollapseAll: true });
    const claimView = vscode.window.createTreeView('byline.claims', { treeDataProvider: this.claims, showCollapseAll: true });
    this.eventView = vscode.window.createTreeView('byline.events', { treeDataProvider: this.events, showCollapseAll: true });
    this.disposables.push(this.actorView, claimView, this.eventView, article.onDidChange(() => this.refreshSoon()));
    this.refresh();
  }

  private refreshSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), 100);
  }

  refresh(): void {
    this.actors.refresh();
    this.claims.refresh();
    this.events.refresh();
    const a = this.article.index?.analysis;
    this.actorView.badge = a && a.actors.length
      ? { value: a.actors.length, tooltip: vscode.l10n.t('{0} actors · {1} claims · {2} events', a.actors.length, a.claims.length, a.events.length) }
      : undefined;
    this.actorView.message = this.article.document && !this.article.index ? vscode.l10n.t('Analyzing…') : undefined;
  }

  dispose(): void {
    clearTimeout(this.timer);
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
