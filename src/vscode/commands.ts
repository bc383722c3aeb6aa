// Command ids -> handlers. Every command in package.json's contributes.commands has one (tested).
import * as vscode from 'vscode';
import { formatAnalysis, type OutputFormat } from '../core/format';
import { happeningLabel, happeningOfEvent } from '../core/happenings';
import type { Actor } from '../core/types';
import { HIGHLIGHT_KINDS, readConfig } from './config';
import { toLocation, toRange } from './convert';
import { mentionsDetail } from './corrections/targets';
import { displayName, type AnalysisStore } from './store';
import { pickHappening } from './happeningItems';
import type { BylineViews, Node } from './tree';

type Handler = (...args: unknown[]) => unknown;

/** The export formats (a function: vscode.l10n.t is called once the extension is active). */
const EXPORTS = (): Array<{ format: OutputFormat; label: string; ext: string; detail: string }> => [
  { format: 'json', label: vscode.l10n.t('JSON'), ext: 'byline.json', detail: vscode.l10n.t('One annotation document (schema byline.annotations/1)') },
  { format: 'jsonl', label: vscode.l10n.t('JSON Lines'), ext: 'byline.jsonl', detail: vscode.l10n.t('One line per document, for pipelines') },
  { format: 'brat', label: vscode.l10n.t('brat standoff'), ext: 'ann', detail: vscode.l10n.t('A .ann file for the brat annotation tool') },
];

const nameAndRole = (a: Actor): string => [a.name, a.role].filter(Boolean).join(' — ');

export function createCommands(store: AnalysisStore, views: BylineViews): Record<string, Handler> {
  const article = views.article;

  /** The article a command acts on: the active editor's when it is one, else the one the views show. */
  const target = (): vscode.TextDocument | undefined => {
    const ed = vscode.window.activeTextEditor;
    if (ed && store.accepts(ed.document)) return ed.document;
    return article.document;
  };

  const needIndex = async (): Promise<{ doc: vscode.TextDocument; index: NonNullable<Awaited<ReturnType<AnalysisStore['ensure']>>> } | undefined> => {
    const doc = target();
    if (!doc) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Byline: open a news article (.txt, .md or .news) first.'));
      return undefined;
    }
    const index = await store.ensure(doc);
    if (!index) {
      void vscode.window.showWarningMessage(store.problemOf(doc.uri) ?? vscode.l10n.t('Byline: {0} is not analyzed (check byline.enable and byline.languages).', displayName(doc.uri)));
      return undefined;
    }
    return { doc, index };
  };

  const showEditor = async (doc: vscode.TextDocument): Promise<vscode.TextEditor> =>
    vscode.window.visibleTextEditors.find((e) => e.document === doc) ?? vscode.window.showTextDocument(doc, { preserveFocus: false });

  const select = async (doc: vscode.TextDocument, start: number, end: number): Promise<void> => {
    const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false, viewColumn: (await showEditor(doc)).viewColumn });
    const range = toRange(doc, { start, end });
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };

  const actorFrom = (arg: unknown, index: { actor(id: string): Actor | undefined }): Actor | undefined => {
    if (typeof arg === 'string') return index.actor(arg);
    const node = arg as Node | undefined;
    return node && node.kind === 'actor' ? index.actor(node.actor.id) : undefined;
  };

  const stepMention = async (dir: 1 | -1): Promise<void> => {
    const ed = vscode.window.activeTextEditor;
    const index = ed && (await store.ensure(ed.document));
    if (!ed || !index) return;
    const offset = ed.document.offsetAt(ed.selection.active);
    const here = index.mentionAt(offset);
    if (!here?.actor) {
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Byline: put the cursor on a highlighted name first'), 3000);
      return;
    }
    const all = index.mentionsOf(here.actor);
    const at = all.findIndex((m) => m.start === here.start);
    const next = all[(at + dir + all.length) % all.length];
    await select(ed.document, next.start, next.end);
  };

  return {
    'byline.annotate': async () => {
      const doc = target();
      if (!doc) return void vscode.window.showInformationMessage(vscode.l10n.t('Byline: open a news article (.txt, .md or .news) first.'));
      const got = await needIndex();
      if (!got) return undefined;
      const a = got.index.analysis;
      vscode.window.setStatusBarMessage(vscode.l10n.t('Byline: {0} — {1} actors, {2} claims, {3} events', displayName(doc.uri), a.actors.length, a.claims.length, a.events.length), 5000);
      return a;
    },

    'byline.toggleHighlights': async () => {
      const c = vscode.workspace.getConfiguration('byline');
      await c.update('highlights.enabled', !readConfig().highlights, vscode.ConfigurationTarget.Global);
    },

    'byline.showHighlights': async () => {
      await vscode.workspace.getConfiguration('byline').update('highlights.enabled', true, vscode.ConfigurationTarget.Global);
    },

    'byline.toggleKind': async (kind?: unknown) => {
      const cfg = readConfig();
      const kinds = { ...cfg.kinds };
      if (typeof kind === 'string' && (HIGHLIGHT_KINDS as readonly string[]).includes(kind)) {
        kinds[kind as keyof typeof kinds] = !kinds[kind as keyof typeof kinds];
      } else {
        const picked = await vscode.window.showQuickPick(
          HIGHLIGHT_KINDS.map((k) => ({ label: k, picked: cfg.kinds[k] })),
          { canPickMany: true, title: vscode.l10n.t('Byline: highlighted kinds'), placeHolder: vscode.l10n.t('Choose which kinds to highlight') },
        );
        if (!picked) return;
        for (const k of HIGHLIGHT_KINDS) kinds[k] = picked.some((p) => p.label === k);
      }
      await vscode.workspace.getConfiguration('byline').update('highlights.kinds', kinds, vscode.ConfigurationTarget.Global);
    },

    'byline.showActors': async () => {
      await vscode.commands.executeCommand('workbench.view.extension.byline');
      await vscode.commands.executeCommand('byline.actors.focus');
    },

    'byline.revealActor': async (arg?: unknown) => {
      const got = await needIndex();
      if (!got) return;
      const { doc, index } = got;
      let actor = actorFrom(arg, index);
      if (!actor) {
        const items = index.analysis.actors.map((a) => ({
          label: a.name,
          description: [a.type, a.role].filter(Boolean).join(' · '),
          detail: mentionsDetail(index, a),
          actor: a,
        }));
        const pick = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Byline: reveal actor'), placeHolder: vscode.l10n.t('Type a name'), matchOnDescription: true, matchOnDetail: true });
        actor = pick?.actor;
      }
      if (!actor) return;
      const first = index.firstNamed(actor.id);
      if (first) await select(doc, first.start, first.end);
      const node = views.actors.nodeOf(actor.id);
      if (node && views.actorView.visible) await views.actorView.reveal(node, { select: true, focus: false });
    },

    'byline.revealAllMentions': async (arg?: unknown) => {
      const got = await needIndex();
      if (!got) return;
      const { doc, index } = got;
      const actor = actorFrom(arg, index) ?? index.actor(index.mentionAt(doc.offsetAt(vscode.window.activeTextEditor?.selection.active ?? new vscode.Position(0, 0)))?.actor);
      if (!actor) return;
      const mentions = index.mentionsOf(actor.id);
      if (!mentions.length) return;
      await showEditor(doc);
      await vscode.commands.executeCommand('editor.action.showReferences', doc.uri, toRange(doc, mentions[0]).start, mentions.map((m) => toLocation(doc, m)));
    },

    // F8-like: the first call goes to the happening's first mention, each next call to the next one
    'byline.revealHappening': async (arg?: unknown, idArg?: unknown) => {
      const got = await needIndex();
      if (!got) return undefined;
      const { doc, index } = got;
      const events = index.analysis.events;
      const ed = vscode.window.activeTextEditor?.document === doc ? vscode.window.activeTextEditor : undefined;
      const here = ed ? doc.offsetAt(ed.selection.start) : -1;
      const node = arg as Node | undefined;
      const ev = typeof idArg === 'string' ? events.find((e) => (e.happening ?? e.id) === idArg)
        : node?.kind === 'happening' ? node.happening.mentions[0]
          : node?.kind === 'event' ? node.event
            : index.eventAt(here);
      // from the palette, away from any event word: the reader picks a happening
      const h = ev ? happeningOfEvent(events, ev) : await pickHappening(index);
      if (!h) return undefined;
      const at = h.mentions.findIndex((m) => m.trigger.start <= here && here < m.trigger.end);
      const k = (at + 1) % h.mentions.length;
      const next = h.mentions[k];
      await select(doc, next.trigger.start, next.trigger.end);
      vscode.window.setStatusBarMessage(vscode.l10n.t('Byline: {0}, mention {1} of {2}', h.type, k + 1, h.mentions.length), 5000);
      const item = views.events.nodeOf(h.id);
      if (item && views.eventView.visible) await views.eventView.reveal(item, { select: true, focus: false });
      return k + 1;
    },

    'byline.nextMention': () => stepMention(1),
    'byline.previousMention': () => stepMention(-1),

    'byline.exportAnnotations': async (formatArg?: unknown, targetArg?: unknown) => {
      const got = await needIndex();
      if (!got) return undefined;
      const { doc, index } = got;
      let choice = EXPORTS().find((e) => e.format === formatArg);
      if (!choice) {
        const pick = await vscode.window.showQuickPick(EXPORTS().map((e) => ({ label: e.label, detail: e.detail, e })), { title: vscode.l10n.t('Byline: export annotations') });
        choice = pick?.e;
      }
      if (!choice) return undefined;
      const base = doc.uri.path.replace(/\.[^./]+$/, '');
      let uri = targetArg instanceof vscode.Uri ? targetArg : undefined;
      if (!uri) {
        const defaultUri = doc.uri.scheme === 'untitled' ? undefined : doc.uri.with({ path: `${base}.${choice.ext}` });
        uri = await vscode.window.showSaveDialog({ defaultUri, filters: { [choice.label]: [choice.ext.split('.').pop()!] }, title: vscode.l10n.t('Export Byline annotations') });
      }
      if (!uri) return undefined;
      if (uri.toString() === doc.uri.toString()) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Byline: refusing to overwrite the article itself; choose another file name.'));
        return undefined;
      }
      const body = formatAnalysis({ ...index.analysis, source: displayName(doc.uri) }, choice.format);
      try {
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(body));
      } catch (e) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Byline: could not write {0}: {1}', uri.fsPath || uri.toString(), (e as Error).message));
        return undefined;
      }
      vscode.window.setStatusBarMessage(vscode.l10n.t('Byline: exported {0} to {1}', choice.label, displayName(uri)), 5000);
      return uri;
    },

    'byline.copyItem': async (arg?: unknown) => {
      const node = arg as Node | undefined;
      const index = article.index;
      if (!node || !index) return;
      let text = '';
      if (node.kind === 'actor') text = nameAndRole(node.actor);
      else if (node.kind === 'claim') {
        const who = index.actor(node.claim.speaker)?.name ?? 'unattributed';
        text = `${who}: ${node.claim.kind === 'quote' ? `“${node.claim.text}”` : node.claim.text}`;
      } else if (node.kind === 'happening') {
        text = happeningLabel(index, node.happening);
      } else if (node.kind === 'event') {
        // a mention copies as its happening, as the Events view labels it, with the mention's own words
        text = `${happeningLabel(index, happeningOfEvent(index.analysis.events, node.event))} — “${node.event.trigger.text}”`;
      }
      if (text) await vscode.env.clipboard.writeText(text);
    },

    // the editor's context menu on a name: the actor's name and role, as Copy does in the Actors view
    'byline.copyName': async () => {
      const ed = vscode.window.activeTextEditor;
      const index = ed && store.current(ed.document);
      const actor = index?.actor(index.mentionAt(ed!.document.offsetAt(ed!.selection.active))?.actor);
      if (!actor) return void vscode.window.setStatusBarMessage(vscode.l10n.t('Byline: put the cursor on a highlighted name first'), 3000);
      await vscode.env.clipboard.writeText(nameAndRole(actor));
    },

    // internal: tree items reveal their text with this (not in the palette)
    'byline.revealRange': async (uri?: unknown, start?: unknown, end?: unknown) => {
      if (!(uri instanceof vscode.Uri) || typeof start !== 'number' || typeof end !== 'number') return;
      const doc = await vscode.workspace.openTextDocument(uri);
      await select(doc, start, end);
    },
  };
}
