// The editor experience in the real extension host: hovers, symbols, navigation, views, commands, safety.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { BylineApi } from '../../../src/vscode/extension';
import type { Node } from '../../../src/vscode/tree';
import { EXTENSION_ID, hoverText, openAndActivate, repoRoot, seedUri, waitFor } from './helpers';

function api(): BylineApi {
  return vscode.extensions.getExtension<BylineApi>(EXTENSION_ID)!.exports;
}

async function analyzed(editor: vscode.TextEditor) {
  return waitFor('the analysis', () => api().store.current(editor.document));
}

function positionOf(doc: vscode.TextDocument, needle: string, nth = 1, into = 1): vscode.Position {
  let at = -1;
  for (let i = 0; i < nth; i++) at = doc.getText().indexOf(needle, at + 1);
  assert.ok(at >= 0, `“${needle}” #${nth} is in the document`);
  return doc.positionAt(at + into);
}

async function tempArticle(name: string, text: string | Buffer): Promise<vscode.Uri> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'byline-it-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return vscode.Uri.file(file);
}

describe('Byline in the editor (seed article)', function () {
  this.timeout(60_000);
  let editor: vscode.TextEditor;

  before(async () => {
    editor = await openAndActivate(seedUri());
    await analyzed(editor);
  });

  it('hover on Shoigu names his role', async () => {
    const text = await hoverText(editor.document.uri, positionOf(editor.document, 'Shoigu', 1, 2));
    assert.match(text, /Sergei Shoigu/);
    assert.match(text, /Russian Defen[cs]e Minister/i);
  });

  it('hover on Gerasimov gives the resolved counterpart role', async () => {
    const text = await hoverText(editor.document.uri, positionOf(editor.document, 'Gerasimov', 1, 2));
    assert.match(text, /Valery Gerasimov/);
    assert.match(text, /Chief of Staff/i);
    assert.match(text, /Russia/);
  });

  it('hover cards are untrusted Markdown', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, positionOf(editor.document, 'Bagheri', 1, 2));
    const contents = hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => typeof c !== 'string' && 'isTrusted' in c);
    assert.ok(contents.length > 0);
    for (const c of contents) assert.ok(!c.isTrusted, 'isTrusted is false');
  });

  it('lists actors in the Outline, grouped by kind', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    const people = symbols.find((s) => s.name === 'People');
    assert.ok(people, `groups: ${symbols.map((s) => s.name).join(', ')}`);
    const names = people.children.map((c) => c.name);
    for (const n of ['Mohammad Bagheri', 'Sergei Shoigu', 'Valery Gerasimov']) assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
    assert.ok(symbols.some((s) => s.name === 'Places'));
  });

  it('finds every mention of Bagheri, spelling variants included, and goes to the first', async () => {
    const doc = editor.document;
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, positionOf(doc, 'Baqeri', 1, 2));
    const texts = refs.map((r) => doc.getText(r.range));
    assert.ok(texts.includes('Mohammad Bagheri'), texts.join(' | '));
    assert.ok(texts.filter((t) => /Bagheri/.test(t)).length >= 6, texts.join(' | '));
    assert.ok(texts.includes('Baqeri'));
    const defs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', doc.uri, positionOf(doc, 'Baqeri', 1, 2));
    assert.equal(doc.getText(defs[0].range), 'Mohammad Bagheri');
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', doc.uri, positionOf(doc, 'Baqeri', 1, 2));
    assert.equal(highlights.length, refs.length);
  });

  it('moves to the next and previous mention of the actor under the cursor', async () => {
    const doc = editor.document;
    const start = positionOf(doc, 'Mohammad Bagheri', 1, 3);
    editor.selection = new vscode.Selection(start, start);
    await vscode.commands.executeCommand('byline.nextMention');
    const next = vscode.window.activeTextEditor!.selection;
    assert.ok(next.start.isAfter(start));
    assert.match(doc.getText(next), /Bagheri|Baqeri|general|military leader/i);
    await vscode.commands.executeCommand('byline.previousMention');
    assert.equal(doc.getText(vscode.window.activeTextEditor!.selection), 'Mohammad Bagheri');
  });

  it('fills the Actors, Claims and Events views', async () => {
    const views = api().views;
    const groups = await waitFor('actor groups', () => {
      const g = views.actors.getChildren();
      return g.length ? g : undefined;
    });
    const people = groups.find((g) => g.kind === 'group' && g.label === 'People')!;
    const actors = views.actors.getChildren(people);
    const shoigu = actors.find((n) => n.kind === 'actor' && n.actor.name === 'Sergei Shoigu')!;
    const item = views.actors.getTreeItem(shoigu);
    assert.match(String(item.description), /Defen[cs]e Minister/i);
    assert.equal(item.command?.command, 'byline.revealRange');
    assert.equal(views.actors.getParent(shoigu), people);
    const speakers = views.claims.getChildren();
    assert.ok(speakers.length > 0);
    const bagheriGroup = speakers.find((g) => g.kind === 'group' && /Bagheri/.test(g.label));
    assert.ok(bagheriGroup, `speakers: ${speakers.map((g) => (g.kind === 'group' ? g.label : '')).join(', ')}`);
    assert.ok(views.claims.getChildren(bagheriGroup).length >= 3);
    const events = views.events.getChildren();
    assert.ok(events.some((e: Node) => e.kind === 'happening' && e.happening.type === 'meeting' && e.children.length > 0));
    assert.ok(views.actorView.badge && views.actorView.badge.value > 5);
  });

  it('reveals an actor and a tree item in the editor', async () => {
    const a = api().store.current(editor.document)!.analysis.actors.find((x) => x.name === 'Valery Gerasimov')!;
    await vscode.commands.executeCommand('byline.revealActor', a.id);
    const sel = vscode.window.activeTextEditor!.selection;
    assert.equal(vscode.window.activeTextEditor!.document.getText(sel), 'Valery Gerasimov');
  });

  it('exports JSON, JSON Lines and brat standoff without touching the article', async () => {
    const before = editor.document.getText();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'byline-export-'));
    for (const [format, name] of [['json', 'a.byline.json'], ['jsonl', 'a.byline.jsonl'], ['brat', 'a.ann']] as const) {
      const target = vscode.Uri.file(path.join(dir, name));
      await vscode.commands.executeCommand('byline.exportAnnotations', format, target);
      const body = fs.readFileSync(target.fsPath, 'utf8');
      if (format === 'brat') assert.match(body, /^T1\t\w+ \d+ \d+\t/m);
      else {
        const parsed = JSON.parse(format === 'jsonl' ? body.trim().split('\n')[0] : body);
        assert.equal(parsed.schema, 'byline.annotations/1');
        for (const m of parsed.mentions) assert.equal(before.slice(m.start, m.end), m.text);
      }
    }
    assert.equal(editor.document.getText(), before);
    assert.ok(!editor.document.isDirty, 'analysis never modifies the document');
  });

  it('toggles highlights and single kinds through settings', async () => {
    const c = () => vscode.workspace.getConfiguration('byline');
    await vscode.commands.executeCommand('byline.toggleHighlights');
    assert.equal(c().get('highlights.enabled'), false);
    await vscode.commands.executeCommand('byline.toggleHighlights');
    assert.equal(c().get('highlights.enabled'), true);
    await vscode.commands.executeCommand('byline.toggleKind', 'date');
    assert.equal(c().get<Record<string, boolean>>('highlights.kinds')?.date, false);
    await vscode.commands.executeCommand('byline.toggleKind', 'date');
    assert.equal(c().get<Record<string, boolean>>('highlights.kinds')?.date, true);
  });

  it('has a handler for every command in the manifest', async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const c of manifest.contributes.commands as Array<{ command: string }>) assert.ok(registered.has(c.command), `${c.command} has a handler`);
    const result = await vscode.commands.executeCommand<{ actors: unknown[] }>('byline.annotate');
    assert.ok(result && result.actors.length > 5);
  });
});

describe('Byline on a long article', function () {
  this.timeout(120_000);

  it('highlights the part on screen first, analyzed alone, then the whole article', async () => {
    const seed = fs.readFileSync(seedUri().fsPath, 'utf8');
    const uri = await tempArticle('long-article.txt', Array.from({ length: 10 }, () => seed).join('\n\n'));
    const doc = await vscode.workspace.openTextDocument(uri);
    const order: string[] = [];
    let preview: ReturnType<BylineApi['store']['previewOf']>;
    const subs = [
      api().store.onPreview((u) => {
        if (u.toString() !== uri.toString()) return;
        order.push('preview');
        preview = api().store.previewOf(doc);
      }),
      api().store.onDidChange((u) => { if (u.toString() === uri.toString() && api().store.current(doc)) order.push('whole'); }),
    ];
    try {
      await vscode.window.showTextDocument(doc);
      const whole = await waitFor('the whole analysis', () => api().store.current(doc), 90_000);
      assert.equal(order[0], 'preview', `the preview came first: ${order.join(', ')}`);
      assert.ok(order.includes('whole'));
      // the document opens at its top: the preview read the first lines, a part of the article
      assert.equal(preview!.base, 0);
      const previewed = preview!.index.analysis;
      assert.ok(previewed.mentions.some((m) => m.text.includes('Shoigu')), 'names on screen are highlighted');
      const last = Math.max(...previewed.mentions.map((m) => m.end));
      assert.ok(last < doc.getText().length / 2, 'only a part of the article was previewed');
      assert.ok(whole.analysis.mentions.length > previewed.mentions.length);
      assert.equal(api().store.previewOf(doc), undefined, 'the preview is gone once the whole analysis is there');
      await waitFor('the whole highlights', () => {
        const shown = api().highlights.shownIn(uri);
        return shown && shown.person > previewed.mentions.filter((m) => m.type === 'person').length ? shown : undefined;
      });
    } finally {
      subs.forEach((s) => s.dispose());
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
  });
});

describe('Byline with hostile or bad input', function () {
  this.timeout(60_000);

  it('shows names containing Markdown and command links as plain text', async () => {
    const uri = await tempArticle('hostile.txt',
      'LONDON – Minister [Evil](command:workbench.action.terminal.new) Smith met Sir <img src=x onerror=alert(1)> Jones in Paris on Monday. ' +
      '“We will **never** agree to [this](https://example.com),” Smith said.\n');
    const editor = await openAndActivate(uri);
    await analyzed(editor);
    const doc = editor.document;
    for (const needle of ['Smith', 'Paris', 'never']) {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, positionOf(doc, needle, 1, 1));
      for (const c of hovers.flatMap((h) => h.contents)) {
        const md = typeof c === 'string' ? c : c.value;
        assert.ok(!/\]\(command:/.test(md) && !md.includes('command:'), `no command link in: ${md}`);
        assert.ok(!md.includes('<img'), `no raw HTML in: ${md}`);
        if (typeof c !== 'string' && 'isTrusted' in c) assert.ok(!c.isTrusted);
      }
    }
  });

  it('refuses a binary-looking document with a message naming it, and a document over the size limit', async () => {
    // VS Code itself refuses files with NUL bytes; control-character soup gets through to Byline
    const bin = await tempArticle('blob.txt', Buffer.from('\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008'.repeat(40) + ' some text', 'latin1'));
    const doc = await vscode.workspace.openTextDocument(bin);
    await vscode.window.showTextDocument(doc);
    const problem = await waitFor('a problem report', async () => {
      await api().store.ensure(doc);
      return api().store.problemOf(doc.uri);
    });
    assert.match(problem, /blob\.txt/);
    assert.match(problem, /binary/);

    await vscode.workspace.getConfiguration('byline').update('maxFileSize', 1000, vscode.ConfigurationTarget.Global);
    try {
      const big = await tempArticle('long-report.txt', 'The minister said the talks went well. '.repeat(100));
      const bigDoc = await vscode.workspace.openTextDocument(big);
      await vscode.window.showTextDocument(bigDoc);
      const tooBig = await waitFor('a size problem', async () => {
        await api().store.ensure(bigDoc);
        return api().store.problemOf(bigDoc.uri);
      });
      assert.match(tooBig, /long-report\.txt/);
      assert.match(tooBig, /too large/);
    } finally {
      await vscode.workspace.getConfiguration('byline').update('maxFileSize', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('follows edits: a new name typed into the article is analyzed after the debounce', async () => {
    const uri = await tempArticle('edit.txt', 'PARIS – Nothing happened today.\n');
    const editor = await openAndActivate(uri);
    await analyzed(editor);
    await editor.edit((b) => b.insert(new vscode.Position(1, 0), '\nPresident Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Friday.\n'));
    const index = await waitFor('re-analysis', () => {
      const i = api().store.current(editor.document);
      return i && i.analysis.actors.some((a) => a.name === 'Emmanuel Macron') ? i : undefined;
    });
    assert.ok(index.analysis.actors.some((a) => a.name === 'Olaf Scholz'));
  });
});
