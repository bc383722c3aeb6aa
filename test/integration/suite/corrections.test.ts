// The reader's corrections in the real extension host: mark, move with edits, reload, speaker, undo,
// a corrupt sidecar, brat export/import, code actions.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { spansByKind } from '../../../src/vscode/decorations';
import type { BylineApi } from '../../../src/vscode/extension';
import type { Node } from '../../../src/vscode/tree';
import { EXTENSION_ID, hoverText, openAndActivate, repoRoot, waitFor } from './helpers';

const api = (): BylineApi => vscode.extensions.getExtension<BylineApi>(EXTENSION_ID)!.exports;

const ARTICLE = 'GENEVA – Talks on the grain corridor resumed on Monday, with Turkish and United Nations mediators at the table.\n\n'
  + 'Oyelaran-Brakstad chairs the working group. “We are closer than we were a week ago,” said Halvard Lindqvist, a senior negotiator for Norway.\n\n'
  + 'Lindqvist met the Turkish foreign minister later in the day.\n';
const NAME = 'Oyelaran-Brakstad';
const QUOTE = 'We are closer than we were a week ago';

function tempFile(name: string, text: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'byline-corr-')), name);
  fs.writeFileSync(file, text);
  return file;
}

const spanOf = (doc: vscode.TextDocument, needle: string) => {
  const start = doc.getText().indexOf(needle);
  assert.ok(start >= 0, `“${needle}” is in the document`);
  return { uri: doc.uri, start, end: start + needle.length };
};

function speakerGroups(): string[] {
  return api().views.claims.getChildren().map((g: Node) => (g.kind === 'group' ? `${g.label}: ${g.children.map((c) => (c.kind === 'claim' ? c.claim.text : '')).join(' | ')}` : ''));
}

describe('Correcting Byline', function () {
  this.timeout(60_000);
  let file: string;
  let editor: vscode.TextEditor;
  const sidecar = () => `${file}.byline.json`;
  const personAt = (name: string) => api().store.current(editor.document)?.analysis.mentions.find((m) => m.text === name && m.type === 'person');

  before(async () => {
    file = tempFile('talks.txt', ARTICLE);
    editor = await openAndActivate(vscode.Uri.file(file));
    await waitFor('the analysis', () => api().store.current(editor.document));
    assert.equal(personAt(NAME), undefined, 'Byline misses the name at first (else this test proves nothing)');
  });

  it('marks a word as a person: highlighted, in the Actors view with ✓, in the hover and the list, kept beside the article', async () => {
    const doc = editor.document;
    const s = spanOf(doc, NAME);
    editor.selection = new vscode.Selection(doc.positionAt(s.start), doc.positionAt(s.end));
    assert.equal(await vscode.commands.executeCommand('byline.markPerson'), true);
    const m = await waitFor('the person mention', () => personAt(NAME));
    assert.equal(m.start, s.start);
    const highlighted = spansByKind(api().store.current(doc)!).person;
    assert.ok(highlighted.some((h) => h.start === s.start && h.end === s.end), 'highlighted as a person');
    const people = await waitFor('People listing it', () => {
      const g = api().views.actors.getChildren().find((n) => n.kind === 'group' && n.label === 'People');
      return g && api().views.actors.getChildren(g).find((n) => n.kind === 'actor' && n.actor.name === NAME);
    });
    assert.match(String(api().views.actors.getTreeItem(people).description), /^✓/);
    assert.match(await hoverText(doc.uri, doc.positionAt(s.start + 3)), /Edited by you/);
    const listed = await vscode.commands.executeCommand<Array<{ text: string; status: string }>>('byline.listCorrections', 'silent');
    assert.deepEqual(listed.map((x) => x.status), ['applied']);
    assert.match(listed[0].text, /Oyelaran-Brakstad/);
    const saved = JSON.parse(fs.readFileSync(sidecar(), 'utf8'));
    assert.equal(saved.schema, 'byline.corrections/1');
    assert.equal(saved.corrections[0].at.exact, NAME);
    assert.equal(doc.getText(), ARTICLE, 'the article itself is never modified');
  });

  it('still holds at the moved text when a paragraph is inserted above', async () => {
    const note = 'EDITOR’S NOTE: this story was updated with a comment from the Turkish side.\n\n';
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), note));
    await editor.document.save();
    const m = await waitFor('the moved mention', () => {
      const x = personAt(NAME);
      return x && x.start === ARTICLE.indexOf(NAME) + note.length ? x : undefined;
    });
    assert.equal(editor.document.getText(m && new vscode.Range(editor.document.positionAt(m.start), editor.document.positionAt(m.end))), NAME);
  });

  it('is still there after its in-memory state is dropped and the sidecar read again (as on a window reload)', async () => {
    await api().corrections.reload(editor.document.uri);
    assert.ok(await waitFor('the person after reload', () => personAt(NAME)));
  });

  it('sets a speaker: the Claims view groups the quote under the new speaker; undo and redo', async () => {
    const doc = editor.document;
    const before = speakerGroups();
    assert.ok(before.some((g) => g.startsWith('Halvard Lindqvist') && g.includes(QUOTE)), before.join('\n'));
    const actor = api().store.current(doc)!.analysis.actors.find((a) => a.name === NAME)!;
    assert.equal(await vscode.commands.executeCommand('byline.setSpeaker', spanOf(doc, QUOTE), actor.id), true);
    await waitFor('the quote under its new speaker', () => (speakerGroups().some((g) => g.startsWith(NAME) && g.includes(QUOTE)) ? true : undefined));
    assert.equal(JSON.parse(fs.readFileSync(sidecar(), 'utf8')).corrections.length, 2);
    assert.equal(await vscode.commands.executeCommand('byline.undoCorrection'), true);
    await waitFor('the quote back under Lindqvist', () => (speakerGroups().join('\n') === before.join('\n') ? true : undefined));
    assert.equal(JSON.parse(fs.readFileSync(sidecar(), 'utf8')).corrections.length, 1);
    assert.equal(await vscode.commands.executeCommand('byline.redoCorrection'), true);
    await waitFor('the quote under its new speaker again', () => (speakerGroups().some((g) => g.startsWith(NAME) && g.includes(QUOTE)) ? true : undefined));
  });

  it('offers corrections as code actions on a highlighted name', async () => {
    const doc = editor.document;
    const s = spanOf(doc, 'Halvard Lindqvist');
    const range = new vscode.Range(doc.positionAt(s.start + 2), doc.positionAt(s.start + 2));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range);
    const titles = actions.map((a) => a.title);
    for (const t of ['Byline: “Halvard Lindqvist” is not an entity', 'Byline: Merge this actor into…', 'Byline: Set role…']) assert.ok(titles.includes(t), titles.join(' | '));
    assert.ok(!titles.includes('Byline: “Halvard Lindqvist” is a person'), 'no action that changes nothing');
  });

  it('exports brat with the corrections, and importing that .ann gives the same .ann back', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'byline-ann-'));
    const first = vscode.Uri.file(path.join(dir, 'first.ann'));
    await vscode.commands.executeCommand('byline.exportAnnotations', 'brat', first);
    const ann1 = fs.readFileSync(first.fsPath, 'utf8');
    assert.match(ann1, new RegExp(`\\tPerson \\d+ \\d+\\t${NAME}\\n`));
    assert.equal(await vscode.commands.executeCommand('byline.clearCorrections', true), true);
    await waitFor('the corrections cleared', () => (personAt(NAME) ? undefined : true));
    const got = await vscode.commands.executeCommand<{ imported: number; unmapped: string[] }>('byline.importBrat', first, true);
    assert.ok(got && got.imported >= 2, JSON.stringify(got));
    await waitFor('the imported person', () => personAt(NAME));
    const second = vscode.Uri.file(path.join(dir, 'second.ann'));
    await vscode.commands.executeCommand('byline.exportAnnotations', 'brat', second);
    assert.equal(fs.readFileSync(second.fsPath, 'utf8'), ann1);
  });

  it('keeps and lists a correction whose text is gone as orphaned, and applies it again when the text is back', async () => {
    const doc = editor.document;
    const kept = JSON.parse(fs.readFileSync(sidecar(), 'utf8')).corrections.length;
    const s = spanOf(doc, NAME);
    await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end)), 'The chair'));
    const listed = await waitFor('an orphaned correction', async () => {
      await api().store.ensure(doc);
      const l = await vscode.commands.executeCommand<Array<{ text: string; status: string }>>('byline.listCorrections', 'silent');
      return l.some((x) => x.status === 'orphaned' && x.text.includes(NAME)) ? l : undefined;
    });
    assert.ok(listed.length >= kept);
    assert.equal(JSON.parse(fs.readFileSync(sidecar(), 'utf8')).corrections.length, kept, 'nothing dropped from the sidecar');
    await vscode.commands.executeCommand('undo');
    assert.ok(await waitFor('the person back', () => personAt(NAME)));
    await editor.document.save();
  });

  it('refuses a corrupt sidecar: a message naming it, nothing applied, the file and the article untouched', async () => {
    const broken = tempFile('broken.txt', ARTICLE);
    const bad = '{\n  "schema": "byline.corrections/1",\n  "article": "broken.txt",\n  "corrections": [\n    {"id":"c1","op":"ent';
    fs.writeFileSync(`${broken}.byline.json`, bad);
    const ed = await openAndActivate(vscode.Uri.file(broken));
    await waitFor('the analysis', () => api().store.current(ed.document));
    const problem = await api().corrections.problemOf(ed.document.uri);
    assert.match(problem ?? '', /broken\.txt\.byline\.json is not valid JSON/);
    assert.equal(await vscode.commands.executeCommand('byline.markPerson', spanOf(ed.document, NAME)), false);
    assert.equal(fs.readFileSync(`${broken}.byline.json`, 'utf8'), bad);
    assert.equal(ed.document.getText(), ARTICLE);
    assert.ok(!ed.document.isDirty);
  });

  it('keeps corrections in the workspace folder\'s .byline/ when byline.corrections.location is "workspace"', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? path.join(repoRoot, 'seeds');
    const name = `byline-it-${process.pid}.txt`;
    const article = path.join(folder, name);
    const kept = path.join(folder, '.byline', `${name}.byline.json`);
    const hadDir = fs.existsSync(path.join(folder, '.byline'));
    await vscode.workspace.getConfiguration('byline').update('corrections.location', 'workspace', vscode.ConfigurationTarget.Global);
    try {
      fs.writeFileSync(article, ARTICLE);
      const ed = await openAndActivate(vscode.Uri.file(article));
      await waitFor('the analysis', () => api().store.current(ed.document));
      assert.equal(await vscode.commands.executeCommand('byline.markPerson', spanOf(ed.document, NAME)), true);
      assert.equal(JSON.parse(fs.readFileSync(kept, 'utf8')).corrections[0].at.exact, NAME);
      assert.ok(!fs.existsSync(`${article}.byline.json`), 'nothing beside the article');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    } finally {
      await vscode.workspace.getConfiguration('byline').update('corrections.location', undefined, vscode.ConfigurationTarget.Global);
      fs.rmSync(article, { force: true });
      fs.rmSync(kept, { force: true });
      if (!hadDir) fs.rmSync(path.join(folder, '.byline'), { recursive: true, force: true });
    }
  });
});
