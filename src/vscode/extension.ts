// activate(): build the services, register providers, views and commands; every disposable goes into
// context.subscriptions.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { AnalysisService } from '../service/analysisService';
import { createCommands } from './commands';
import { articleDateProblem } from './config';
import { CorrectionActions } from './corrections/actions';
import { createCorrectionCommands } from './corrections/commands';
import { offerAnnImport } from './corrections/manage';
import { CorrectionManager } from './corrections/manager';
import { BylineContextKeys } from './contextKeys';
import { HighlightController } from './decorations';
import { BylineHoverProvider } from './hover';
import { BylineNavigation } from './navigation';
import { openSample } from './sample';
import { AnalysisStore, displayName } from './store';
import { ActiveArticle, BylineViews } from './tree';
import { createWorkspaceCommands } from './workspace/commands';
import { WorkspaceIndexer } from './workspace/indexer';
import { WorkspaceView } from './workspace/view';

/** What activate() returns: used by the integration tests to reach the live services. */
export interface BylineApi {
  store: AnalysisStore;
  views: BylineViews;
  corrections: CorrectionManager;
  contextKeys: BylineContextKeys;
  highlights: HighlightController;
  workspace: WorkspaceIndexer;
  workspaceView: WorkspaceView;
}

export function activate(context: vscode.ExtensionContext): BylineApi {
  const codeCacheDir = context.globalStorageUri.scheme === 'file' ? path.join(context.globalStorageUri.fsPath, 'code-cache') : undefined;
  // workspace indexing runs in a process of its own (dist/indexer.js): its threads and heaps are not the host's
  const indexer = path.join(context.extensionPath, 'dist', 'indexer.js');
  const service = new AnalysisService(path.join(context.extensionPath, 'dist', 'worker.js'), { codeCacheDir, indexer });
  // first thing: the analysis thread boots (its bundle, compromise, the lexicons) while the rest activates
  service.start();
  const store = new AnalysisStore(service);
  // before anything reads the store: every analysis gets the reader's corrections applied
  const corrections = new CorrectionManager(store);
  const log = vscode.window.createOutputChannel('Byline');
  const article = new ActiveArticle(store);
  const views = new BylineViews(article);
  const workspace = new WorkspaceIndexer(service, context.storageUri, log);
  const workspaceView = new WorkspaceView(workspace);
  // providers are registered for every text document and ask the store whether it serves this one, so
  // that changing byline.languages takes effect without re-registering
  const selector: vscode.DocumentSelector = [{ scheme: 'file' }, { scheme: 'untitled' }, { scheme: 'vscode-remote' }, { scheme: 'vscode-vfs' }];

  const { status, update: updateStatus } = statusItem(store);

  const highlights = new HighlightController(store);
  const warned = new Set<string>();
  context.subscriptions.push(
    { dispose: () => service.dispose() },
    store,
    corrections,
    log,
    article,
    views,
    status,
    highlights,
    BylineHoverProvider.register(store, selector),
    workspace,
    workspaceView,
    BylineNavigation.register(store, selector, workspace),
    CorrectionActions.register(store, selector),
    store.onDidChange(updateStatus),
    vscode.window.onDidChangeActiveTextEditor(updateStatus),
    store.onProblem(({ uri, problem }) => {
      // one notification per document; the status bar keeps saying it afterwards
      if (warned.has(uri.toString())) return;
      warned.add(uri.toString());
      void vscode.window.showWarningMessage(problem);
    }),
    vscode.workspace.onDidCloseTextDocument((d) => warned.delete(d.uri.toString())),
  );
  const offered = new Set<string>();
  const offer = (doc: vscode.TextDocument | undefined): void => { if (doc) void offerAnnImport(doc, store, corrections, offered); };
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor((e) => offer(e?.document)));
  offer(vscode.window.activeTextEditor?.document);
  const contextKeys = new BylineContextKeys(store);
  context.subscriptions.push(contextKeys);
  const handlers = {
    ...createCommands(store, views),
    ...createCorrectionCommands(store, views, corrections, log),
    ...createWorkspaceCommands(workspace),
    'byline.openSample': () => openSample(context),
  };
  for (const [id, handler] of Object.entries(handlers)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, handler));
  }
  updateStatus();
  context.subscriptions.push(warnBadArticleDate());
  // after the open article's first analysis: indexing must not delay the first highlights
  const first = vscode.window.activeTextEditor?.document;
  void Promise.resolve(first && store.accepts(first) ? store.ensure(first) : undefined)
    .catch(() => undefined)
    .finally(() => void workspace.restart());
  return { store, views, corrections, contextKeys, highlights, workspace, workspaceView };
}

/** A byline.articleDate that is not a date is ignored; say so at start and whenever it is changed. */
function warnBadArticleDate(): vscode.Disposable {
  const check = (): void => {
    const problem = articleDateProblem();
    if (problem) void vscode.window.showWarningMessage(problem);
  };
  check();
  return vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('byline.articleDate')) check(); });
}

/** The status bar item: the active article's actors and claims, a warning, or the analysis under way. */
function statusItem(store: AnalysisStore): { status: vscode.StatusBarItem; update: () => void } {
  const status = vscode.window.createStatusBarItem('byline.status', vscode.StatusBarAlignment.Right, 100);
  status.name = vscode.l10n.t('Byline');
  status.command = 'byline.showActors';
  const updateStatus = (): void => {
    const doc = vscode.window.activeTextEditor?.document;
    const analyzed = !!doc && store.accepts(doc);
    void vscode.commands.executeCommand('setContext', 'byline.analyzed', analyzed);
    if (!doc || !analyzed) return status.hide();
    const problem = store.problemOf(doc.uri);
    const index = store.latest(doc.uri);
    if (problem) {
      status.text = vscode.l10n.t('$(warning) Byline');
      status.tooltip = problem;
    } else if (index) {
      const a = index.analysis;
      status.text = vscode.l10n.t('$(person) {0} actors · {1} claims', a.actors.length, a.claims.length);
      const results = store.correctedOf(doc.uri)?.results ?? [];
      const orphaned = results.filter((r) => r.status === 'orphaned').length;
      const yours = !results.length ? '' : orphaned
        ? vscode.l10n.t(' Your corrections: {0}, {1} orphaned (their text is gone; see Byline: List Corrections).', results.length, orphaned)
        : vscode.l10n.t(' Your corrections: {0}.', results.length);
      status.text = `${orphaned ? '$(warning) ' : ''}${status.text}`;
      status.tooltip = vscode.l10n.t('Byline: {0} actors, {1} claims, {2} events in {3}.{4} Click to show the Byline view.', a.actors.length, a.claims.length, a.events.length, displayName(doc.uri), yours);
    } else {
      status.text = vscode.l10n.t('$(sync~spin) Byline');
      status.tooltip = vscode.l10n.t('Byline is analyzing this article…');
    }
    status.show();
  };
  return { status, update: updateStatus };
}

export function deactivate(): void {}
