// Workspace commands: Find Actor in Workspace… (pick an actor, then one of its mentions in any article),
// Reindex Workspace, Stop Indexing Workspace; and the other articles' mentions for Find All References.
import * as vscode from 'vscode';
import type { WorkspaceActor, WorkspaceMention } from '../../core/workspace/merge';
import type { Actor } from '../../core/types';
import type { WorkspaceIndexer } from './indexer';
import { articleName, counts } from './view';

/** Actors offered in the first quick pick: the quick pick filters these as the reader types. */
const PICK_LIMIT = 5000;

/** Where a mention is, as an editor location (line and column were kept when the article was indexed). */
export function mentionLocation(m: WorkspaceMention): vscode.Location {
  const lines = m.text.split('\n');
  const endLine = m.line + lines.length - 1;
  const endColumn = lines.length > 1 ? lines[lines.length - 1].length : m.column + m.text.length;
  return new vscode.Location(vscode.Uri.parse(m.article), new vscode.Range(m.line, m.column, endLine, endColumn));
}

/** The mentions of an open article's actor in the other indexed articles. */
export function otherArticleMentions(indexer: WorkspaceIndexer | undefined, uri: vscode.Uri, actor: Actor): vscode.Location[] {
  const entry = indexer?.index.lookup(uri.toString(), actor.name, actor.type);
  if (!entry) return [];
  return indexer!.index.mentionsOf(entry).filter((m) => m.article !== uri.toString()).map(mentionLocation);
}

async function pickActor(indexer: WorkspaceIndexer): Promise<WorkspaceActor | undefined> {
  type Item = vscode.QuickPickItem & { actor: WorkspaceActor };
  const items: Item[] = indexer.index.actors().slice(0, PICK_LIMIT).map((actor) => ({
    label: actor.name,
    description: [actor.type, actor.role].filter(Boolean).join(' · '),
    detail: [counts(actor.articles, actor.mentions), actor.aliases.length ? vscode.l10n.t('also {0}', actor.aliases.slice(0, 5).join(', ')) : '']
      .filter(Boolean).join(' · '),
    actor,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Find Actor in Workspace ({0} articles)', indexer.index.articleCount),
    placeHolder: vscode.l10n.t('Type a name'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.actor;
}

async function pickMention(indexer: WorkspaceIndexer, actor: WorkspaceActor): Promise<WorkspaceMention | undefined> {
  type Item = vscode.QuickPickItem & { mention?: WorkspaceMention };
  const items: Item[] = [];
  let last = '';
  for (const m of indexer.index.mentionsOf(actor)) {
    if (m.article !== last) {
      items.push({ label: articleName(m.article), kind: vscode.QuickPickItemKind.Separator });
      last = m.article;
    }
    items.push({ label: m.text.replace(/\s+/g, ' '), description: vscode.l10n.t('{0}, line {1}', articleName(m.article), m.line + 1), mention: m });
  }
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Mentions of {0}', actor.name), matchOnDescription: true });
  return picked?.mention;
}

export function createWorkspaceCommands(indexer: WorkspaceIndexer): Record<string, (...args: unknown[]) => unknown> {
  return {
    'byline.findActorInWorkspace': async () => {
      if (!indexer.index.articleCount) {
        void vscode.window.showInformationMessage(indexer.progress.running
          ? vscode.l10n.t('Byline is still indexing the workspace; try again in a moment.')
          : vscode.l10n.t('No articles are indexed: open a folder of .txt, .md or .news articles (see the byline.workspace.include setting).'));
        return;
      }
      const actor = await pickActor(indexer);
      const mention = actor && (await pickMention(indexer, actor));
      if (mention) await vscode.commands.executeCommand('byline.revealRange', vscode.Uri.parse(mention.article), mention.start, mention.end);
    },
    'byline.workspace.reindex': () => indexer.restart({ cache: 'clear' }),
    'byline.workspace.stopIndexing': () => indexer.stop(),
  };
}
