// Events as happenings in the real extension host: the Events view lists happenings with their mentions,
// the hover on any mention shows the happening's card, Reveal steps through its mentions, and an event
// correction on a happening changes all of its mentions.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { BylineApi } from '../../../src/vscode/extension';
import type { Node } from '../../../src/vscode/tree';
import { EXTENSION_ID, hoverText, openAndActivate, seedUri, waitFor } from './helpers';

const api = (): BylineApi => vscode.extensions.getExtension<BylineApi>(EXTENSION_ID)!.exports;
const SEED_DATE = '2021-10-19';
const MOSCOW = 'Bagheri met Shoigu · Moscow · 19 Oct 2021';

type HappeningNode = Extract<Node, { kind: 'happening' }>;

describe('Events as happenings', function () {
  this.timeout(60_000);
  let editor: vscode.TextEditor;
  let file: string;

  const labelOf = (n: Node): string => {
    const l = api().views.events.getTreeItem(n).label;
    return typeof l === 'string' ? l : l?.label ?? '';
  };
  const moscow = (): Promise<HappeningNode> => waitFor('the Moscow meeting in the Events view', () =>
    api().views.events.getChildren().find((n): n is HappeningNode => n.kind === 'happening' && labelOf(n) === MOSCOW));

  before(async () => {
    // a copy of the seed: the correction test below writes a sidecar beside it
    file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'byline-happenings-')), 'seed-article.txt');
    fs.copyFileSync(seedUri().fsPath, file);
    await vscode.workspace.getConfiguration('byline').update('articleDate', SEED_DATE, vscode.ConfigurationTarget.Global);
    editor = await openAndActivate(vscode.Uri.file(file));
    await waitFor('the dated analysis', () => api().store.current(editor.document)?.analysis.date === SEED_DATE || undefined);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('byline').update('articleDate', undefined, vscode.ConfigurationTarget.Global);
  });

  it('lists the Moscow meeting as one happening of Bagheri and Shoigu on 2021-10-19, its mentions below it', async () => {
    const node = await moscow();
    const h = node.happening;
    const index = api().store.current(editor.document)!;
    const names = h.participants.map((p) => index.actor(p)?.name);
    assert.ok(names.includes('Mohammad Bagheri') && names.includes('Sergei Shoigu'), `participants: ${names.join(', ')}`);
    assert.equal(index.actor(h.place)?.name, 'Moscow');
    assert.equal(h.date, SEED_DATE);
    const children = api().views.events.getChildren(node);
    assert.ok(children.length >= 2, `mentions: ${children.length}`);
    assert.ok(children.every((c) => c.kind === 'event' && c.event.happening === h.id && api().views.events.getParent(c) === node));
    assert.deepEqual(children.map((c) => (c.kind === 'event' ? c.event.trigger.text : '')).slice(0, 2), ['meeting', 'talks']);
    const item = api().views.events.getTreeItem(node);
    assert.match(String(item.description), new RegExp(`${children.length} mentions`));
    assert.equal(item.contextValue, 'byline.happening');
    const mention = api().views.events.getTreeItem(children[1]);
    assert.equal(mention.contextValue, 'byline.event', 'the corrections menu still works on a mention');
    assert.match(String(mention.description), /line \d+/);
    assert.equal((mention.tooltip as vscode.MarkdownString).isTrusted, false);
  });

  it('orders happenings by date, undated ones last', async () => {
    await moscow();
    const dates = api().views.events.getChildren().map((n) => (n.kind === 'happening' ? n.happening.date : undefined));
    const firstUndated = dates.findIndex((d) => !d);
    assert.ok(firstUndated > 0, 'some happenings are dated, some are not');
    assert.ok(dates.slice(firstUndated).every((d) => !d), `dates: ${dates.join(', ')}`);
    const dated = dates.slice(0, firstUndated) as string[];
    assert.deepEqual(dated, [...dated].sort());
  });

  it('lists happenings with their mentions in the Outline', async () => {
    await moscow();
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    const events = symbols.find((s) => s.name === 'Events');
    const meeting = events?.children.find((s) => s.name === MOSCOW);
    assert.ok(meeting, `Events in the Outline: ${events?.children.map((s) => s.name).join(' | ')}`);
    assert.deepEqual(meeting.children.slice(0, 2).map((s) => s.name), ['meeting', 'talks']);
  });

  it('shows the happening’s card on the hover of any of its mentions', async () => {
    const doc = editor.document;
    const at = doc.getText().indexOf('held talks') + 'held '.length;
    const text = await waitFor('a hover on “talks”', async () => {
      const t = await hoverText(doc.uri, doc.positionAt(at + 2));
      return /Who:/.test(t) ? t : undefined;
    });
    assert.match(text, /Bagheri met Shoigu/);
    assert.match(text, /Who: Mohammad Bagheri.*Sergei Shoigu/);
    assert.match(text, /Where: Moscow/);
    assert.match(text, /When: 19 Oct 2021/);
    assert.match(text, /How sure: /);
    assert.match(text, /Other mentions \(1\)/);
    assert.match(text, /\*\*meeting\*\*/);
  });

  it('steps through the mentions of a happening with Reveal', async () => {
    const h = (await moscow()).happening;
    const doc = editor.document;
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const step = async (): Promise<string> => {
      await vscode.commands.executeCommand('byline.revealHappening', doc.uri, h.id);
      return doc.getText(vscode.window.activeTextEditor!.selection);
    };
    const seen = [];
    for (let i = 0; i <= h.mentions.length; i++) seen.push(await step());
    assert.deepEqual(seen, [...h.mentions.map((m) => m.trigger.text), h.mentions[0].trigger.text], 'first, next, …, back to the first');
    // from the palette: the happening under the cursor, from the mention there to the next
    const last = h.mentions[h.mentions.length - 1].trigger;
    editor.selection = new vscode.Selection(doc.positionAt(last.start + 1), doc.positionAt(last.start + 1));
    assert.equal(await vscode.commands.executeCommand('byline.revealHappening'), 1);
    assert.equal(doc.getText(vscode.window.activeTextEditor!.selection), h.mentions[0].trigger.text);
  });

  it('changes the type of every mention when the correction is made on the happening', async () => {
    const node = await moscow();
    const ids = node.happening.mentions.map((m) => m.trigger.start);
    assert.equal(await vscode.commands.executeCommand('byline.setEventType', node, 'agreement'), true);
    const events = await waitFor('the corrected mentions', () => {
      const evs = api().store.current(editor.document)?.analysis.events.filter((e) => ids.includes(e.trigger.start));
      return evs && evs.length === ids.length && evs.every((e) => e.type === 'agreement') ? evs : undefined;
    });
    assert.equal(events.length, ids.length);
    await vscode.commands.executeCommand('byline.undoCorrection');
    await moscow();
  });
});
