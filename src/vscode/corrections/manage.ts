// Listing, removing, clearing, undoing and importing corrections; the offer to load a sibling .ann.
import * as vscode from 'vscode';
import { CorrectionsError, describeCorrection, importBrat, withoutCorrections, type CorrectionResult } from '../../core/corrections';
import { displayName, type AnalysisStore } from '../store';
import type { BylineViews } from '../tree';
import { readText, siblingAnn } from './location';
import type { CorrectionManager } from './manager';

type Handler = (...args: unknown[]) => unknown;

/** How each state of a correction is shown (a function: vscode.l10n.t is called once the extension is active). */
const STATUS = (): Record<CorrectionResult['status'], { icon: string; label: string }> => ({
  applied: { icon: '$(check)', label: vscode.l10n.t('applied ✓') },
  unchanged: { icon: '$(pass)', label: vscode.l10n.t('Byline agrees now') },
  orphaned: { icon: '$(warning)', label: vscode.l10n.t('orphaned: its text is gone') },
});

export interface ListedCorrection { id: string; text: string; status: CorrectionResult['status']; why?: string }

async function listed(store: AnalysisStore, manager: CorrectionManager, doc: vscode.TextDocument): Promise<ListedCorrection[]> {
  const e = await manager.get(doc.uri);
  await store.ensure(doc);
  const results = store.correctedOf(doc.uri)?.results ?? [];
  return e.file.corrections.map((c) => {
    const r = results.find((x) => x.correction.id === c.id);
    return { id: c.id, text: describeCorrection(c), status: r?.status ?? 'applied', why: r?.why };
  });
}

/** The corrections in a quick pick: Enter reveals one, the trash button removes it. */
async function showList(store: AnalysisStore, manager: CorrectionManager, doc: vscode.TextDocument): Promise<void> {
  const qp = vscode.window.createQuickPick<vscode.QuickPickItem & { id: string }>();
  const remove: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('trash'), tooltip: vscode.l10n.t('Remove this correction') };
  const fill = async (): Promise<void> => {
    const items = await listed(store, manager, doc);
    const status = STATUS();
    qp.items = items.map((x) => ({ id: x.id, label: `${status[x.status].icon} ${x.text}`, description: status[x.status].label, detail: x.why, buttons: [remove] }));
    qp.placeholder = items.length ? vscode.l10n.t('Enter: show it in the article · trash: remove it') : vscode.l10n.t('No corrections yet: right-click a name or a quote to correct it');
  };
  qp.title = vscode.l10n.t('Byline: corrections of {0}', displayName(doc.uri));
  qp.matchOnDescription = true;
  qp.onDidTriggerItemButton(async ({ item }) => {
    await manager.change(doc.uri, (f) => withoutCorrections(f, new Set([item.id])));
    await fill();
  });
  qp.onDidAccept(async () => {
    const id = qp.selectedItems[0]?.id;
    const r = store.correctedOf(doc.uri)?.results.find((x) => x.correction.id === id);
    qp.hide();
    if (r?.span) await vscode.commands.executeCommand('byline.revealRange', doc.uri, r.span.start, r.span.end);
  });
  qp.onDidHide(() => qp.dispose());
  await fill();
  qp.show();
}

/** Reads a .ann (given, or chosen in a dialog) and replaces the article's corrections with what it says. */
async function importAnn(store: AnalysisStore, manager: CorrectionManager, log: vscode.OutputChannel, doc: vscode.TextDocument, annArg?: unknown, replaceArg?: unknown): Promise<{ imported: number; unmapped: string[] } | undefined> {
  let ann = annArg instanceof vscode.Uri ? annArg : undefined;
  if (!ann) {
    const near = siblingAnn(doc.uri);
    ann = (await vscode.window.showOpenDialog({ defaultUri: near, filters: { [vscode.l10n.t('brat standoff')]: ['ann'] }, title: vscode.l10n.t('Byline: import brat annotations as corrections') }))?.[0];
  }
  if (!ann) return undefined;
  let text: string | undefined;
  try {
    text = await readText(ann);
    if (text === undefined) throw new Error('no such file');
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Byline: could not read {0}: {1}', displayName(ann), (e as Error).message));
    return undefined;
  }
  await store.ensure(doc);
  const raw = store.rawOf(doc.uri);
  if (!raw || raw.text !== doc.getText()) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Byline: {0} is not analyzed yet; try again in a moment.', displayName(doc.uri)));
    return undefined;
  }
  let result;
  try {
    result = importBrat(text, displayName(ann), raw.text, raw.analysis);
  } catch (e) {
    if (!(e instanceof CorrectionsError)) throw e;
    void vscode.window.showErrorMessage(vscode.l10n.t('Byline: {0}. Nothing was imported.', e.message));
    return undefined;
  }
  const had = (await manager.get(doc.uri)).file.corrections.length;
  if (had && replaceArg !== true) {
    const replace = vscode.l10n.t('Replace');
    const ok = await vscode.window.showWarningMessage(vscode.l10n.t('Replace the {0} corrections of {1} with what {2} says?', had, displayName(doc.uri), displayName(ann)), { modal: true }, replace);
    if (ok !== replace) return undefined;
  }
  const imported = result.corrections;
  if (!(await manager.change(doc.uri, (f) => ({ ...f, corrections: imported })))) return undefined;
  if (result.unmapped.length) {
    log.appendLine(vscode.l10n.t('{0}: {1} line(s) not imported:', displayName(ann), result.unmapped.length));
    for (const u of result.unmapped) log.appendLine(`  ${u}`);
    void vscode.window.showWarningMessage(vscode.l10n.t('Byline: imported {0} as {1} corrections; {2} line(s) could not be mapped (listed in Output › Byline).', displayName(ann), imported.length, result.unmapped.length));
  } else vscode.window.setStatusBarMessage(vscode.l10n.t('Byline: imported {0} as {1} corrections', displayName(ann), imported.length), 6000);
  return { imported: imported.length, unmapped: result.unmapped };
}

export function createManageCommands(store: AnalysisStore, views: BylineViews, manager: CorrectionManager, log: vscode.OutputChannel): Record<string, Handler> {
  const articleDoc = (): vscode.TextDocument | undefined => {
    const ed = vscode.window.activeTextEditor;
    const doc = ed && store.accepts(ed.document) ? ed.document : views.article.document;
    if (!doc) void vscode.window.showInformationMessage(vscode.l10n.t('Byline: open a news article first.'));
    return doc;
  };

  return {
    'byline.listCorrections': async (mode?: unknown) => {
      const doc = articleDoc();
      if (!doc) return [];
      const problem = await manager.problemOf(doc.uri);
      if (problem) void vscode.window.showErrorMessage(problem);
      if (mode === 'silent') return listed(store, manager, doc);
      await showList(store, manager, doc);
      return listed(store, manager, doc);
    },

    'byline.clearCorrections': async (force?: unknown) => {
      const doc = articleDoc();
      if (!doc) return false;
      const n = (await manager.get(doc.uri)).file.corrections.length;
      if (!n) return true;
      if (force !== true) {
        const removeAll = vscode.l10n.t('Remove All');
        const ok = await vscode.window.showWarningMessage(vscode.l10n.t('Remove all {0} corrections of {1}? (Byline: Undo Correction brings them back.)', n, displayName(doc.uri)), { modal: true }, removeAll);
        if (ok !== removeAll) return false;
      }
      return manager.change(doc.uri, (f) => ({ ...f, corrections: [] }));
    },

    'byline.undoCorrection': async () => {
      const doc = articleDoc();
      const ok = !!doc && (await manager.undo(doc.uri));
      if (doc && !ok) vscode.window.setStatusBarMessage(vscode.l10n.t('Byline: no correction to undo'), 3000);
      return ok;
    },

    'byline.redoCorrection': async () => {
      const doc = articleDoc();
      const ok = !!doc && (await manager.undo(doc.uri, true));
      if (doc && !ok) vscode.window.setStatusBarMessage(vscode.l10n.t('Byline: no correction to redo'), 3000);
      return ok;
    },

    'byline.openCorrections': async () => {
      const doc = articleDoc();
      const e = doc && (await manager.get(doc.uri));
      if (!e?.sidecar || e.disk === undefined) return void vscode.window.showInformationMessage(vscode.l10n.t('Byline: this article has no corrections yet.'));
      await vscode.window.showTextDocument(e.sidecar, { preview: true });
    },

    'byline.importBrat': async (annArg?: unknown, replaceArg?: unknown) => {
      const doc = articleDoc();
      return doc && importAnn(store, manager, log, doc, annArg, replaceArg);
    },
  };
}

/** On opening an article with a sibling .ann and no corrections yet: offer to load the .ann once. */
export async function offerAnnImport(doc: vscode.TextDocument, store: AnalysisStore, manager: CorrectionManager, offered: Set<string>): Promise<void> {
  const ann = siblingAnn(doc.uri);
  if (!ann || offered.has(doc.uri.toString()) || !store.accepts(doc)) return;
  const exists = await vscode.workspace.fs.stat(ann).then(() => true, () => false);
  if (!exists) return;
  const e = await manager.get(doc.uri);
  if (e.problem || e.file.corrections.length) return;
  offered.add(doc.uri.toString());
  const load = vscode.l10n.t('Load');
  const pick = await vscode.window.showInformationMessage(vscode.l10n.t('Byline: {0} is beside {1}. Load its annotations as your corrections?', displayName(ann), displayName(doc.uri)), load, vscode.l10n.t('Not Now'));
  if (pick === load) await vscode.commands.executeCommand('byline.importBrat', ann);
}
