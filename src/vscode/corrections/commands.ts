// The correction commands (editor and view context menus, palette, code actions): each adds one
// correction to the article's sidecar; the store re-applies them at once, so every view follows.
import * as vscode from 'vscode';
import { describeCorrection, EVENT_TYPES, makeAnchor, withCorrection, type Anchor, type NewCorrection } from '../../core/corrections';
import type { EntityType, EventType, NewsEvent, Span } from '../../core/types';
import type { AnalysisStore } from '../store';
import type { BylineViews } from '../tree';
import type { CorrectionManager } from './manager';
import { actorOf, pickActor, targetOf, type Target } from './targets';
import { createManageCommands } from './manage';

type Handler = (...args: unknown[]) => unknown;

/** What every correction command needs: where its target is, how to save a correction. */
interface Kit {
  target: (arg: unknown) => Promise<Target | undefined>;
  anchor: (t: Target, s: Span) => Anchor;
  say: (m: string) => false;
  commit: (t: Target, ...cs: NewCorrection[]) => Promise<boolean>;
}

export function createCorrectionCommands(store: AnalysisStore, views: BylineViews, manager: CorrectionManager, log: vscode.OutputChannel): Record<string, Handler> {
  const anchor = (t: Target, s: Span) => makeAnchor(t.doc.getText(), s);
  const say = (m: string): false => { void vscode.window.showInformationMessage(vscode.l10n.t('Byline: {0}', m)); return false; };

  const commit = async (t: Target, ...cs: NewCorrection[]): Promise<boolean> => {
    const ok = await manager.change(t.doc.uri, (f) => cs.reduce(withCorrection, f));
    const what = cs.length === 1 ? describeCorrection({ ...cs[0], id: '' } as never) : vscode.l10n.t('{0} corrections', cs.length);
    if (ok) vscode.window.setStatusBarMessage(vscode.l10n.t('Byline ✓ {0} — “Byline: Undo Correction” takes it back', what), 6000);
    return ok;
  };

  const kit: Kit = { target: (arg) => targetOf(arg, store, views), anchor, say, commit };
  return { ...entityCommands(kit), ...claimEventCommands(kit), ...createManageCommands(store, views, manager, log) };
}

/** Entities and actors: mark as a kind, not an entity, merge, split, role. */
function entityCommands({ target, anchor, say, commit }: Kit): Record<string, Handler> {
  /** The selection; else the mention under the cursor; else the word there. */
  const entitySpan = (t: Target): Span | undefined => {
    if (t.chosen) return t.span;
    const m = t.index.mentionAt(t.span.start);
    if (m) return m;
    const word = t.doc.getWordRangeAtPosition(t.doc.positionAt(t.span.start));
    return word && { start: t.doc.offsetAt(word.start), end: t.doc.offsetAt(word.end) };
  };

  const markAs = (type: EntityType | 'date') => async (arg?: unknown): Promise<boolean> => {
    const t = await target(arg);
    if (!t) return false;
    const span = t.node?.kind === 'actor' ? t.span : entitySpan(t);
    if (!span || span.end <= span.start) return say(vscode.l10n.t('select the words to mark, or put the cursor on a word.'));
    return commit(t, { op: 'entity', at: anchor(t, span), type });
  };

  return {
    'byline.markPerson': markAs('person'),
    'byline.markOrganization': markAs('organization'),
    'byline.markPlace': markAs('place'),
    'byline.markDate': markAs('date'),

    'byline.markNotEntity': async (arg?: unknown) => {
      const t = await target(arg);
      if (!t) return false;
      if (t.node?.kind === 'actor') {
        const named = t.index.mentionsOf(t.node.actor.id).filter((m) => m.type !== 'pronoun' && m.type !== 'nominal');
        return commit(t, ...named.map((m): NewCorrection => ({ op: 'entity', at: anchor(t, m), type: 'none' })));
      }
      const span = t.chosen ? t.span : t.index.mentionAt(t.span.start);
      if (!span) return say(vscode.l10n.t('put the cursor on a highlighted name first.'));
      return commit(t, { op: 'entity', at: anchor(t, span), type: 'none' });
    },

    'byline.mergeActor': async (arg?: unknown, intoArg?: unknown) => {
      const t = await target(arg);
      const from = t && actorOf(t);
      if (!t || !from) return t ? say(vscode.l10n.t('put the cursor on a name of the actor to merge.')) : false;
      const into = await pickActor(t.index, intoArg, vscode.l10n.t('Byline: merge “{0}” into…', from.name), { except: from.id });
      const at = t.node ? t.index.firstNamed(from.id) : t.index.mentionAt(t.span.start) ?? t.index.firstNamed(from.id);
      const to = into && t.index.firstNamed(into.id);
      if (!at || !to) return false;
      return commit(t, { op: 'merge', at: anchor(t, at), into: anchor(t, to) });
    },

    'byline.splitMention': async (arg?: unknown) => {
      const t = await target(arg);
      if (!t) return false;
      const m = t.index.mentionAt(t.span.start);
      if (!m?.actor) return say(vscode.l10n.t('put the cursor on the mention to split off its actor.'));
      return commit(t, { op: 'split', at: anchor(t, m) });
    },

    'byline.setRole': async (arg?: unknown, roleArg?: unknown) => {
      const t = await target(arg);
      const actor = t && actorOf(t);
      if (!t || !actor) return t ? say(vscode.l10n.t('put the cursor on a name first.')) : false;
      const role = typeof roleArg === 'string' ? roleArg : await vscode.window.showInputBox({
        title: vscode.l10n.t('Byline: role of {0}', actor.name), value: actor.role ?? '', prompt: vscode.l10n.t('As the article states it, e.g. “Russian Defense Minister”. Empty: no role.'),
      });
      const at = t.index.firstNamed(actor.id);
      if (role === undefined || !at) return false;
      return commit(t, { op: 'role', at: anchor(t, at), role: role.trim() });
    },

  };
}

/** Claims and events: speaker, not a claim, mark a quote or reported speech, event corrections. */
function claimEventCommands({ target, anchor, say, commit }: Kit): Record<string, Handler> {
  const claimOf = (t: Target) => (t.node?.kind === 'claim' ? t.node.claim : t.index.claimAt(t.span.start));
  const eventOf = (t: Target) => (t.node?.kind === 'event' ? t.node.event : t.node?.kind === 'happening' ? t.node.happening.mentions[0] : t.index.eventAt(t.span.start));
  /** What an event correction changes: every mention of a happening picked in the view, else the one event word. */
  const eventsOf = (t: Target, ev: NewsEvent): NewsEvent[] => (t.node?.kind === 'happening' ? t.node.happening.mentions : [ev]);

  const markClaim = (kind: 'quote' | 'reported') => async (arg?: unknown, speakerArg?: unknown): Promise<boolean> => {
    const t = await target(arg);
    if (!t) return false;
    if (!t.chosen) return say(kind === 'quote' ? vscode.l10n.t('select the words of the quote first.') : vscode.l10n.t('select the words of the reported claim first.'));
    const speaker = await pickActor(t.index, speakerArg, vscode.l10n.t('Byline: who said it?'), { unattributed: true });
    if (speaker === undefined) return false;
    const first = speaker && t.index.firstNamed(speaker.id);
    return commit(t, { op: 'claim', at: anchor(t, t.span), kind, speaker: first ? anchor(t, first) : null });
  };

  return {
    'byline.setSpeaker': async (arg?: unknown, speakerArg?: unknown) => {
      const t = await target(arg);
      const claim = t && claimOf(t);
      if (!t || !claim) return t ? say(vscode.l10n.t('put the cursor in a quote or reported claim first.')) : false;
      const speaker = await pickActor(t.index, speakerArg, vscode.l10n.t('Byline: speaker of this claim'), { unattributed: true });
      if (speaker === undefined) return false;
      const first = speaker && t.index.firstNamed(speaker.id);
      return commit(t, { op: 'speaker', at: anchor(t, claim), speaker: first ? anchor(t, first) : null });
    },

    'byline.markNotClaim': async (arg?: unknown) => {
      const t = await target(arg);
      const claim = t && claimOf(t);
      if (!t || !claim) return t ? say(vscode.l10n.t('put the cursor in a quote or reported claim first.')) : false;
      return commit(t, { op: 'claim', at: anchor(t, claim), kind: 'none' });
    },

    'byline.markQuote': markClaim('quote'),
    'byline.markReported': markClaim('reported'),

    'byline.markNotEvent': async (arg?: unknown) => {
      const t = await target(arg);
      const ev = t && eventOf(t);
      if (!t || !ev) return t ? say(vscode.l10n.t('put the cursor on a highlighted event word first.')) : false;
      return commit(t, ...eventsOf(t, ev).map((e): NewCorrection => ({ op: 'event', at: anchor(t, e.trigger), type: 'none' })));
    },

    'byline.setEventType': async (arg?: unknown, typeArg?: unknown) => {
      const t = await target(arg);
      const ev = t && eventOf(t);
      if (!t || !ev) return t ? say(vscode.l10n.t('put the cursor on a highlighted event word first.')) : false;
      const type = (EVENT_TYPES as readonly unknown[]).includes(typeArg) ? typeArg as EventType
        : (await vscode.window.showQuickPick(EVENT_TYPES.map((x) => ({ label: x, description: x === ev.type ? vscode.l10n.t('current') : undefined })), { title: vscode.l10n.t('Byline: type of “{0}”', ev.trigger.text) }))?.label as EventType | undefined;
      if (!type) return false;
      return commit(t, ...eventsOf(t, ev).map((e): NewCorrection => ({ op: 'event', at: anchor(t, e.trigger), type })));
    },

    'byline.setEventParticipants': async (arg?: unknown, idsArg?: unknown) => {
      const t = await target(arg);
      const ev = t && eventOf(t);
      if (!t || !ev) return t ? say(vscode.l10n.t('put the cursor on a highlighted event word first.')) : false;
      let ids = Array.isArray(idsArg) ? idsArg.filter((x): x is string => typeof x === 'string') : undefined;
      if (!ids) {
        const items = t.index.analysis.actors.filter((a) => a.type !== 'place').map((a) => ({ label: a.name, description: a.role, picked: ev.participants.includes(a.id), id: a.id }));
        ids = (await vscode.window.showQuickPick(items, { canPickMany: true, title: vscode.l10n.t('Byline: who took part in “{0}”?', ev.trigger.text) }))?.map((p) => p.id);
      }
      if (!ids) return false;
      const anchors = ids.map((id) => t.index.firstNamed(id)).filter((m): m is NonNullable<typeof m> => !!m).map((m) => anchor(t, m));
      return commit(t, ...eventsOf(t, ev).map((e): NewCorrection => ({ op: 'event', at: anchor(t, e.trigger), participants: anchors })));
    },

  };
}
