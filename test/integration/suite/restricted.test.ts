// Run only in the Restricted Mode pass (run.mjs: BYLINE_RESTRICTED=1, workspace trust on, the folder
// untrusted): Byline activates, analyzes and highlights; saving a correction is refused, nothing written.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { BylineApi } from '../../../src/vscode/extension';
import { EXTENSION_ID, hoverText, openAndActivate, seedUri, waitFor } from './helpers';

describe('Restricted Mode (an untrusted workspace)', function () {
  this.timeout(60_000);

  it('the window really is restricted', () => {
    assert.equal(vscode.workspace.isTrusted, false);
  });

  it('Byline activates, highlights the article and shows hover cards', async () => {
    const editor = await openAndActivate(seedUri());
    const ext = vscode.extensions.getExtension<BylineApi>(EXTENSION_ID)!;
    assert.ok(ext.isActive);
    const api = ext.exports;
    await waitFor('the analysis', () => api.store.current(editor.document));
    const shown = await waitFor('highlights', () => {
      const n = api.highlights.shownIn(editor.document.uri);
      return n && n.person > 0 ? n : undefined;
    });
    assert.ok(shown.person >= 3 && shown.place >= 1 && shown.quote >= 1, JSON.stringify(shown));
    const i = editor.document.getText().indexOf('Shoigu');
    assert.match(await hoverText(editor.document.uri, editor.document.positionAt(i + 2)), /Sergei Shoigu/);
  });

  it('does not save a correction: nothing is written beside the article', async () => {
    const doc = (await openAndActivate(seedUri())).document;
    const sidecar = `${seedUri().fsPath}.byline.json`;
    const before = fs.existsSync(sidecar);
    const i = doc.getText().indexOf('East and Asia');
    const ok = await vscode.commands.executeCommand('byline.markPlace', { uri: doc.uri, start: i, end: i + 4 });
    assert.equal(ok, false);
    assert.equal(fs.existsSync(sidecar), before);
  });
});
