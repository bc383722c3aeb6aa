// The Workspace view: actors across the articles of the open folders (each with its articles, then its
// mentions), claims by speaker across articles, and events over time. Clicking opens the article at the text.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { mentionCountOf, mentionsOfRefs, type ActorRef, type Located, type WorkspaceActor, type WorkspaceMention } from '../../core/workspace/merge';
import type { ClaimSummary, EventSummary } from '../../core/workspace/summary';
import { revealCommand } from '../tree';
import type { WorkspaceIndexer } from './indexer';

/** Rows shown under one section before a "… more" row (the tree stays light on 5,000 articles). */
const LIMIT = 300;

export type WsNode =
  | { kind: 'section'; id: 'actors' | 'claims' | 'events' }
  | { kind: 'actor'; actor: WorkspaceActor }
  /** One article of an actor: its mentions are made when the row opens (an actor may be in thousands). */
  | { kind: 'article'; actor: WorkspaceActor; article: string; refs: ActorRef[] }
  | { kind: 'mention'; mention: WorkspaceMention }
  | { kind: 'speaker'; speaker: WorkspaceActor | undefined; claims: Array<Located<ClaimSummary>> }
  | { kind: 'claim'; claim: Located<ClaimSummary> }
  | { kind: 'date'; date: string | undefined; events: Array<Located<EventSummary> & { fromArticle: boolean }> }
  | { kind: 'event'; event: Located<EventSummary> & { fromArticle: boolean } }
  | { kind: 'more'; count: number; what: string };

const ICONS: Record<WorkspaceActor['type'], string> = { person: 'person', organization: 'organization', place: 'location' };
const SECTIONS: WsNode[] = [{ kind: 'section', id: 'actors' }, { kind: 'section', id: 'claims' }, { kind: 'section', id: 'events' }];

/** "1 article · 1 mention", "3 articles · 6 mentions". */
export function counts(articles: number, mentions: number): string {
  return `${articles === 1 ? vscode.l10n.t('1 article') : vscode.l10n.t('{0} articles', articles)} · ${mentionCount(mentions)}`;
}

function mentionCount(n: number): string {
  return n === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', n);
}

export function articleName(article: string): string {
  return path.posix.basename(vscode.Uri.parse(article).path);
}

function capped<T>(items: T[], what: string, map: (t: T) => WsNode): WsNode[] {
  const out = items.slice(0, LIMIT).map(map);
  if (items.length > LIMIT) out.push({ kind: 'more', count: items.length - LIMIT, what });
  return out;
}

function articlesOf(actor: WorkspaceActor): WsNode[] {
  const by = new Map<string, ActorRef[]>();
  for (const r of actor.refs) {
    let list = by.get(r.article);
    if (!list) by.set(r.article, (list = []));
    list.push(r);
  }
  return capped([...by], vscode.l10n.t('articles'), ([article, refs]) => ({ kind: 'article', actor, article, refs }));
}

export class WorkspaceTreeProvider implements vscode.TreeDataProvider<WsNode> {
  private readonly changed = new vscode.EventEmitter<WsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly indexer: WorkspaceIndexer) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  getChildren(node?: WsNode): WsNode[] {
    const ix = this.indexer.index;
    if (!node) return ix.articleCount ? SECTIONS : [];
    switch (node.kind) {
      case 'section':
        if (node.id === 'actors') return capped(ix.actors(), vscode.l10n.t('actors'), (actor) => ({ kind: 'actor', actor }));
        if (node.id === 'claims') return capped(ix.claimsBySpeaker(), vscode.l10n.t('speakers'), (g) => ({ kind: 'speaker', ...g }));
        return capped(ix.eventsByDate(), vscode.l10n.t('dates'), (g) => ({ kind: 'date', ...g }));
      case 'actor': return articlesOf(node.actor);
      case 'article': {
        const mentions = mentionsOfRefs(node.refs).sort((a, b) => a.start - b.start);
        return capped(mentions, vscode.l10n.t('mentions'), (mention) => ({ kind: 'mention', mention }));
      }
      case 'speaker': return capped(node.claims, vscode.l10n.t('claims'), (claim) => ({ kind: 'claim', claim }));
      case 'date': return capped(node.events, vscode.l10n.t('events'), (event) => ({ kind: 'event', event }));
      default: return [];
    }
  }

  getTreeItem(node: WsNode): vscode.TreeItem {
    const Collapsed = vscode.TreeItemCollapsibleState.Collapsed;
    switch (node.kind) {
      case 'section': return this.sectionItem(node.id);
      case 'actor': {
        const a = node.actor;
        const item = new vscode.TreeItem(a.name, Collapsed);
        item.id = `wa:${a.key}`;
        item.description = [counts(a.articles, a.mentions), a.role].filter(Boolean).join(' · ');
        item.tooltip = [a.name, a.role, a.aliases.length ? vscode.l10n.t('Also: {0}', a.aliases.slice(0, 8).join(', ')) : ''].filter(Boolean).join('\n');
        item.iconPath = new vscode.ThemeIcon(ICONS[a.type], new vscode.ThemeColor(`byline.${a.type}Border`));
        item.contextValue = 'byline.workspaceActor';
        return item;
      }
      case 'article': {
        const uri = vscode.Uri.parse(node.article);
        const item = new vscode.TreeItem(uri, Collapsed);
        item.id = `wr:${node.actor.key}:${node.article}`;
        item.description = mentionCount(mentionCountOf(node.refs));
        return item;
      }
      case 'mention': {
        const m = node.mention;
        const item = new vscode.TreeItem(vscode.l10n.t('line {0}: {1}', m.line + 1, m.text));
        item.iconPath = new vscode.ThemeIcon('symbol-reference');
        item.command = revealCommand(vscode.Uri.parse(m.article), m.start, m.end);
        return item;
      }
      case 'speaker': return this.speakerItem(node);
      case 'claim': {
        const { article, item: c } = node.claim;
        const item = new vscode.TreeItem(c.kind === 'quote' ? `“${c.text}”` : c.text);
        item.description = articleName(article);
        item.tooltip = c.text;
        item.iconPath = new vscode.ThemeIcon(c.kind === 'quote' ? 'quote' : 'comment');
        item.command = revealCommand(vscode.Uri.parse(article), c.start, c.end);
        return item;
      }
      case 'date': {
        const item = new vscode.TreeItem(node.date ?? vscode.l10n.t('Undated'), Collapsed);
        item.id = `wd:${node.date ?? ''}`;
        item.description = node.events.length === 1 ? vscode.l10n.t('1 event') : vscode.l10n.t('{0} events', node.events.length);
        item.iconPath = new vscode.ThemeIcon('calendar');
        return item;
      }
      case 'event': return this.eventItem(node.event);
      case 'more': {
        const item = new vscode.TreeItem(vscode.l10n.t('… {0} more {1}', node.count, node.what));
        item.command = { command: 'byline.findActorInWorkspace', title: vscode.l10n.t('Find Actor in Workspace…') };
        return item;
      }
    }
  }

  private sectionItem(id: 'actors' | 'claims' | 'events'): vscode.TreeItem {
    const ix = this.indexer.index;
    const label = { actors: vscode.l10n.t('Actors'), claims: vscode.l10n.t('Claims by Speaker'), events: vscode.l10n.t('Events over Time') }[id];
    const item = new vscode.TreeItem(label, id === 'actors' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `ws:${id}`;
    item.description = id === 'actors' ? vscode.l10n.t('{0} across {1} articles', ix.actors().length, ix.articleCount) : undefined;
    item.iconPath = new vscode.ThemeIcon({ actors: 'organization', claims: 'comment-discussion', events: 'calendar' }[id]);
    return item;
  }

  private speakerItem(node: Extract<WsNode, { kind: 'speaker' }>): vscode.TreeItem {
    const s = node.speaker;
    const item = new vscode.TreeItem(s ? s.name : vscode.l10n.t('Unattributed'), vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `wsp:${s?.key ?? ''}`;
    const articles = new Set(node.claims.map((c) => c.article)).size;
    item.description = `${node.claims.length === 1 ? vscode.l10n.t('1 claim') : vscode.l10n.t('{0} claims', node.claims.length)} · ${articles === 1 ? vscode.l10n.t('1 article') : vscode.l10n.t('{0} articles', articles)}`;
    item.iconPath = new vscode.ThemeIcon(s ? ICONS[s.type] : 'comment-discussion');
    return item;
  }

  private eventItem(ev: Located<EventSummary> & { fromArticle: boolean }): vscode.TreeItem {
    const ix = this.indexer.index;
    const e = ev.item;
    const name = (k: number) => ix.actorOf(ev.article, k)?.name;
    const item = new vscode.TreeItem(`${e.type}: ${e.trigger}`);
    const place = e.place !== undefined ? name(e.place) : undefined;
    item.description = [e.participants.map(name).filter(Boolean).join(', '), place && vscode.l10n.t('in {0}', place), articleName(ev.article)]
      .filter(Boolean).join(' · ');
    item.tooltip = ev.fromArticle ? vscode.l10n.t('Dated by its article') : undefined;
    item.iconPath = new vscode.ThemeIcon(e.negated ? 'circle-slash' : 'calendar');
    item.command = revealCommand(vscode.Uri.parse(ev.article), e.start, e.end);
    return item;
  }
}

/** The view, its progress line and the status bar item that stops indexing. */
export class WorkspaceView implements vscode.Disposable {
  readonly provider: WorkspaceTreeProvider;
  readonly view: vscode.TreeView<WsNode>;
  private readonly status = vscode.window.createStatusBarItem('byline.workspaceIndex', vscode.StatusBarAlignment.Right, 99);
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly indexer: WorkspaceIndexer) {
    this.provider = new WorkspaceTreeProvider(indexer);
    this.view = vscode.window.createTreeView('byline.workspace', { treeDataProvider: this.provider, showCollapseAll: true });
    this.status.name = vscode.l10n.t('Byline Workspace Index');
    this.status.command = 'byline.workspace.stopIndexing';
    this.disposables = [this.view, this.status, indexer.onDidChange(() => this.refresh())];
    this.refresh();
  }

  refresh(): void {
    const p = this.indexer.progress;
    const n = this.indexer.index.articleCount;
    if (p.running) {
      this.status.text = `$(sync~spin) ${vscode.l10n.t('Byline: indexing {0}/{1}', p.done, p.total)}`;
      this.status.tooltip = vscode.l10n.t('Byline is indexing the articles of this workspace. Click to stop.');
      this.status.show();
      this.view.message = vscode.l10n.t('Indexing {0} of {1} articles…', p.done, p.total);
    } else {
      this.status.hide();
      this.view.message = p.stopped ? vscode.l10n.t('Indexing stopped at {0} articles (Byline: Reindex Workspace resumes).', n) : undefined;
    }
    this.provider.refresh();
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
