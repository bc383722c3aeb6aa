// The workspace index in the real extension host: three invented articles written into the workspace
// (seeds/) are found by the file watcher, one actor is merged across them, and the index follows edits
// and deletions. Find All References and the Workspace view read the same index.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { WorkspaceActor } from '../../../src/core/workspace/merge';
import type { BylineApi } from '../../../src/vscode/extension';
import type { WsNode } from '../../../src/vscode/workspace/view';
import { EXTENSION_ID, openAndActivate, repoRoot, seedUri, waitFor } from './helpers';

/** Invented articles that share one person (test/fixtures/workspace). */
const FIXTURES = path.join(repoRoot, 'test', 'fixtures', 'workspace');
const ARTICLES = ['ferry.txt', 'ministry.txt', 'museum.news'];

function api(): BylineApi {
  return vscode.extensions.getExtension<BylineApi>(EXTENSION_ID)!.exports;
}

function kowalczyk(): WorkspaceActor | undefined {
  return api().workspace.index.actors().find((a) => a.name === 'Marta Kowalczyk');
}

describe('Workspace index (three articles in the workspace)', function () {
  this.timeout(90_000);
  const dir = path.join(repoRoot, 'seeds', 'byline-it-workspace');
  const uriOf = (name: string) => vscode.Uri.file(path.join(dir, name));

  before(async () => {
    await openAndActivate(seedUri());
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    for (const name of ARTICLES) fs.copyFileSync(path.join(FIXTURES, name), path.join(dir, name));
  });

  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('finds one actor across the three articles, with its mentions in each', async () => {
    const actor = await waitFor('Marta Kowalczyk in three articles', () => {
      const a = kowalczyk();
      return a && a.articles === 3 ? a : undefined;
    }, 60_000);
    const mentions = api().workspace.index.mentionsOf(actor);
    const articles = new Set(mentions.map((m) => m.article));
    for (const name of ARTICLES) assert.ok(articles.has(uriOf(name).toString()), `a mention in ${name}`);
    for (const m of mentions) {
      const text = fs.readFileSync(vscode.Uri.parse(m.article).fsPath, 'utf8');
      assert.equal(text.slice(m.start, m.end), m.text, 'offsets point at the mention');
    }
  });

  it('Find All References in one article includes the other articles', async () => {
    const editor = await openAndActivate(uriOf('ferry.txt'));
    await waitFor('the analysis', () => api().store.current(editor.document));
    const at = editor.document.getText().indexOf('Kowalczyk') + 2;
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, editor.document.positionAt(at));
    const files = new Set(locations.map((l) => path.basename(l.uri.fsPath)));
    assert.deepEqual([...files].sort(), ARTICLES);
    const other = locations.find((l) => l.uri.fsPath.endsWith('ministry.txt'))!;
    const doc = await vscode.workspace.openTextDocument(other.uri);
    assert.match(doc.getText(other.range), /Kowalczyk/);
  });

  it('the Workspace view lists the actor with its three articles', async () => {
    const provider = api().workspaceView.provider;
    const sections = provider.getChildren();
    assert.equal(sections.length, 3);
    const actors = provider.getChildren(sections[0]);
    const node = actors.find((n): n is Extract<WsNode, { kind: 'actor' }> => n.kind === 'actor' && n.actor.name === 'Marta Kowalczyk');
    assert.ok(node, 'Marta Kowalczyk is in the view');
    assert.equal(provider.getChildren(node).length, 3);
    const speakers = provider.getChildren(sections[1]);
    assert.ok(speakers.some((n) => n.kind === 'speaker' && n.speaker?.name === 'Marta Kowalczyk' && n.claims.length >= 2), 'her claims across articles');
  });

  it('a new window takes the summaries from the disk cache instead of analyzing again', async () => {
    const ws = api().workspace;
    const analyzed = ws.progress.analyzed;
    await ws.restart({ memory: 'drop' });
    await waitFor('Marta Kowalczyk in three articles again', () => (kowalczyk()?.articles === 3 && !ws.progress.running ? true : undefined), 60_000);
    assert.equal(ws.progress.analyzed, analyzed, 'nothing analyzed again');
    assert.ok(ws.progress.cached >= ARTICLES.length, `${ws.progress.cached} from the cache`);
  });

  it('updates when an article changes, and when one is deleted', async () => {
    fs.writeFileSync(path.join(dir, 'museum.news'), `SOPOT, March 9, 2025 — The new lighthouse museum opened on Sunday, its director, Anna Zielinska, said.\n`);
    await waitFor('Marta Kowalczyk in two articles', () => (kowalczyk()?.articles === 2 ? true : undefined), 60_000);
    assert.ok(api().workspace.index.actors().some((a) => a.name === 'Anna Zielinska'));
    fs.rmSync(path.join(dir, 'ministry.txt'));
    await waitFor('Marta Kowalczyk in one article', () => (kowalczyk()?.articles === 1 ? true : undefined), 60_000);
  });
});
