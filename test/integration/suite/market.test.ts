// The conventions of a polished extension, in the real extension host: the editor context menu's `when`
// clauses on a name and elsewhere, keybindings against VS Code's defaults, the manifest strings from
// package.nls.json, the sample article of the walkthrough.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { BylineApi } from '../../../src/vscode/extension';
import { EXTENSION_ID, openAndActivate, repoRoot, seedUri, waitFor } from './helpers';

const api = (): BylineApi => vscode.extensions.getExtension<BylineApi>(EXTENSION_ID)!.exports;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const manifest = (): any => vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;

/** Evaluates the `when` clauses Byline's editor menus use (names, !, &&, ||) against given keys. */
export function whenHolds(expr: string | undefined, keys: Record<string, boolean>): boolean {
  if (!expr) return true;
  return expr.split('||').some((any) => any.split('&&').every((term) => {
    const t = term.trim();
    const negated = t.startsWith('!');
    const name = negated ? t.slice(1).trim() : t;
    assert.match(name, /^[\w.]+$/, `a when clause this test can evaluate: ${expr}`);
    const value = name === 'true' ? true : name === 'false' ? false : !!keys[name];
    return negated ? !value : value;
  }));
}

/** The titles of the editor context menu (and its Byline: Correct submenu) with these keys. */
function editorMenu(keys: Record<string, boolean>): string[] {
  const m = manifest();
  const titles = new Map<string, string>(m.contributes.commands.map((c: { command: string; title: string }) => [c.command, c.title]));
  const out: string[] = [];
  for (const item of m.contributes.menus['editor/context'] as Array<{ command?: string; submenu?: string; when?: string }>) {
    if (!whenHolds(item.when, keys)) continue;
    if (item.command) out.push(titles.get(item.command)!);
    else for (const sub of m.contributes.menus[item.submenu!] as Array<{ command: string; when?: string }>) {
      if (whenHolds(sub.when, keys)) out.push(`${item.submenu} › ${titles.get(sub.command)}`);
    }
  }
  return out;
}

function at(doc: vscode.TextDocument, needle: string, into = 2): vscode.Position {
  const i = doc.getText().indexOf(needle);
  assert.ok(i >= 0, `“${needle}” is in the document`);
  return doc.positionAt(i + into);
}

describe('Where the hands are: context menu, title bar, keybindings', function () {
  this.timeout(60_000);
  let editor: vscode.TextEditor;

  before(async () => {
    editor = await openAndActivate(seedUri());
    await waitFor('the analysis', () => api().store.current(editor.document));
  });

  async function keysAt(needle: string | undefined): Promise<Record<string, boolean>> {
    const pos = needle ? at(editor.document, needle) : new vscode.Position(2, 0); // line 3 is empty
    editor.selection = new vscode.Selection(pos, pos);
    const snap = await waitFor(`the context keys at ${needle ?? 'an empty line'}`, () => {
      api().contextKeys.update();
      return api().contextKeys.snapshot();
    });
    const keys: Record<string, boolean> = { editorTextFocus: true, editorHasSelection: false, 'byline.analyzed': true };
    for (const [k, v] of Object.entries(snap)) keys[`byline.${k}`] = v;
    return keys;
  }

  it('the editor context menu has Reveal All Mentions and Copy on a name, and not elsewhere', async () => {
    const onName = editorMenu(await keysAt('Sergei Shoigu'));
    assert.ok(onName.includes('Reveal All Mentions'), onName.join(' | '));
    assert.ok(onName.includes('Copy Name and Role'), onName.join(' | '));
    assert.ok(onName.includes('byline.correct › Merge This Actor Into…'), onName.join(' | '));
    assert.ok(!onName.some((t) => /Not a Claim|Not an Event/.test(t)), `no claim or event corrections on a plain name: ${onName.join(' | ')}`);

    const elsewhere = editorMenu(await keysAt(undefined));
    for (const t of ['Reveal All Mentions', 'Copy Name and Role', 'byline.correct › Merge This Actor Into…', 'byline.correct › Not an Entity', 'byline.correct › Undo Correction']) {
      assert.ok(!elsewhere.includes(t), `“${t}” is not offered off a name: ${elsewhere.join(' | ')}`);
    }
    const inQuote = editorMenu(await keysAt('close partner'));
    assert.ok(inQuote.includes('byline.correct › Not a Claim'), inQuote.join(' | '));
  });

  it('Copy Name and Role copies the actor under the cursor', async () => {
    await keysAt('Sergei Shoigu');
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('byline.copyName');
    assert.match(await vscode.env.clipboard.readText(), /^Sergei Shoigu — Russian Defen[cs]e Minister$/);
  });

  it('Reveal All Mentions runs from the cursor on a name', async () => {
    await keysAt('Baqeri');
    await vscode.commands.executeCommand('byline.revealAllMentions');
    // it opens the references peek; nothing to assert on but that it ran without an error message
  });

  it('the title bar toggle shows the state: eye while highlights are on, eye-closed while off', async () => {
    const m = manifest();
    const title = m.contributes.menus['editor/title'] as Array<{ command: string; when: string }>;
    const shown = (on: boolean) => title.filter((i) => whenHolds(i.when, { 'byline.analyzed': true, 'config.byline.highlights.enabled': on })).map((i) => i.command);
    assert.deepEqual(shown(true), ['byline.toggleHighlights']);
    assert.deepEqual(shown(false), ['byline.showHighlights']);
    assert.deepEqual(title.filter((i) => whenHolds(i.when, { 'byline.analyzed': false, 'config.byline.highlights.enabled': true })), []);
    const c = () => vscode.workspace.getConfiguration('byline');
    await vscode.commands.executeCommand('byline.toggleHighlights');
    assert.equal(c().get('highlights.enabled'), false);
    await vscode.commands.executeCommand('byline.showHighlights');
    assert.equal(c().get('highlights.enabled'), true);
  });

  it('keybindings clash with none of VS Code\'s default keybindings', async () => {
    await vscode.commands.executeCommand('workbench.action.openDefaultKeybindingsFile');
    const text = await waitFor('the default keybindings', () => {
      const doc = vscode.window.activeTextEditor?.document;
      return doc && /"key":/.test(doc.getText()) ? doc.getText() : undefined;
    });
    if (process.env.BYLINE_DUMP_KEYS) fs.writeFileSync(path.join(os.tmpdir(), 'byline-default-keybindings.json'), text);
    const norm = (k: string) => k.toLowerCase().split(/\s+/).map((chord) => chord.split('+').sort().join('+')).join(' ');
    const defaults = new Map<string, string[]>();
    for (const m of text.matchAll(/"key":\s*"([^"]+)",\s*"command":\s*"([^"]+)"/g)) {
      if (m[2].replace(/^-/, '').startsWith('byline.')) continue; // the list includes the extensions' own
      defaults.set(norm(m[1]), [...(defaults.get(norm(m[1])) ?? []), m[2]]);
    }
    assert.ok(defaults.size > 300, `read ${defaults.size} default keybindings`);
    const ours = manifest().contributes.keybindings as Array<{ key: string; linux?: string; command: string }>;
    assert.ok(ours.length >= 3);
    for (const kb of ours) {
      const key = norm(kb.linux ?? kb.key);
      assert.ok(!defaults.has(key), `${kb.command} on ${key} clashes with ${defaults.get(key)?.join(', ')}`);
      // nor is its first chord a default key (that would swallow the chord)
      const first = key.split(' ')[0];
      if (key.includes(' ')) assert.ok(!defaults.has(first), `${kb.command}: ${first} is itself a default key (${defaults.get(first)?.join(', ')})`);
    }
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});

describe('Settings: a bad byline.articleDate', function () {
  this.timeout(60_000);
  it('is ignored (a day that does not exist, a number): the article is still analyzed', async () => {
    const editor = await openAndActivate(seedUri());
    const c = () => vscode.workspace.getConfiguration('byline');
    try {
      for (const bad of ['2023-02-29', 42, '15/03/2024']) {
        await c().update('articleDate', bad, vscode.ConfigurationTarget.Global);
        const index = await api().store.ensure(editor.document);
        assert.ok(index && index.analysis.actors.length > 5, `analyzed with byline.articleDate = ${JSON.stringify(bad)}`);
      }
    } finally {
      await c().update('articleDate', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});

describe('Localization: the manifest strings come from package.nls.json', () => {
  it('every command title, view name and setting description VS Code shows is the bundle\'s text', () => {
    const nls = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.nls.json'), 'utf8')) as Record<string, string>;
    const m = manifest();
    const open = m.contributes.commands.find((c: { command: string }) => c.command === 'byline.openSample');
    assert.equal(open.title, nls['command.openSample.title']);
    assert.equal(m.contributes.views.byline[0].name, nls['view.actors.name']);
    assert.equal(m.contributes.configuration.properties['byline.articleDate'].patternErrorMessage, nls['config.articleDate.patternErrorMessage']);
    assert.equal(m.displayName, nls['displayName']);
    assert.ok(!JSON.stringify(m.contributes).match(/"%[\w.-]+%"/), 'no %key% is left unresolved');
  });
});

describe('The walkthrough\'s sample article', function () {
  this.timeout(60_000);
  it('opens a copy of the shipped seed article, analyzed', async () => {
    const ed = await vscode.commands.executeCommand<vscode.TextEditor>('byline.openSample');
    assert.ok(ed, 'an editor opened');
    assert.equal(ed.document.getText(), fs.readFileSync(seedUri().fsPath, 'utf8'));
    assert.notEqual(ed.document.uri.fsPath, seedUri().fsPath, 'a copy: the shipped file is never edited');
    const index = await api().store.ensure(ed.document);
    assert.ok(index && index.analysis.actors.some((a) => a.name === 'Sergei Shoigu'));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
