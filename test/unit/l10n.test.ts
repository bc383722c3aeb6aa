// Localization: every user-facing string of the manifest is a %key% of package.nls.json, and every
// user-facing literal of src/vscode and src/service goes through vscode.l10n.t, whose messages are
// the keys of l10n/bundle.l10n.json (scripts/l10n.ts finds both; scripts/manifest-nls.mjs moves
// manifest strings).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLE, bundleText, messages, ROOT, sourceFiles, unlocalized } from '../../scripts/l10n';

describe('l10n: code strings', () => {
  it('leaves no user-facing literal of src/vscode or src/service outside vscode.l10n.t', () => {
    const found = sourceFiles().flatMap(unlocalized);
    assert.ok(sourceFiles().some((f) => f.endsWith('tree.ts')), 'the scan reads src/vscode');
    assert.deepEqual(found.map((f) => `${f.file}:${f.line}: ${f.text}`), []);
  });

  it('the scan finds literals in messages, quick picks, tree items, status bar text, hovers and button comparisons, and passes l10n.t', () => {
    const dir = mkdtempSync(join(tmpdir(), 'byline-l10n-'));
    const file = join(dir, 'sample.ts');
    writeFileSync(file, [
      "void vscode.window.showWarningMessage(`Byline: ${name} is too large`, 'Open');",
      "const items = [{ label: 'Unattributed', description: vscode.l10n.t('no speaker') }];",
      "const item = new vscode.TreeItem(x ? 'People' : vscode.l10n.t('Places'));",
      "status.text = `$(person) ${n} actors`;",
      "item.description = [date, where && `in ${where}`].filter(Boolean).join(' · ');",
      "if (kind === 'quote') status.tooltip = vscode.l10n.t('{0} claims', n);",
      "vscode.window.setStatusBarMessage(vscode.l10n.t(`Byline: ${x}`));",
      "const ok = { command: 'byline.revealRange', title: vscode.l10n.t('Reveal in Editor') };",
      "if (await vscode.window.showWarningMessage(vscode.l10n.t('Sure?'), vscode.l10n.t('Load')) === 'Load') load();",
    ].join('\n'));
    const texts = unlocalized(file).map((f) => f.text);
    assert.deepEqual(texts, [
      '`Byline: ${name} is too large`', "'Open'", "'Unattributed'", "'People'", '`$(person) ${n} actors`', '`in ${where}`',
      'vscode.l10n.t(`Byline: ${x}`)', // a template is no message a bundle can hold
      "'Load'", // compared with the English text of a translated button
    ]);
    assert.deepEqual(Object.keys(messages([file])), ['no speaker', 'Places', '{0} claims', 'Reveal in Editor', 'Sure?', 'Load']);
  });

  it('l10n/bundle.l10n.json holds exactly the messages of the code (run npx tsx scripts/l10n.ts)', () => {
    assert.equal(readFileSync(BUNDLE, 'utf8'), bundleText());
    assert.ok(Object.keys(messages()).length > 50);
  });
});

describe('l10n: manifest strings', () => {
  const pkgText = readFileSync(join(ROOT, 'package.json'), 'utf8');
  const nls = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;

  it('points VS Code at the code bundle', () => {
    assert.equal(JSON.parse(pkgText).l10n, './l10n');
  });

  it('every %key% of package.json is in package.nls.json, and every key there is used', () => {
    const used = new Set([...pkgText.matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]));
    assert.ok(used.size > 50, `${used.size} keys`);
    assert.deepEqual([...used].filter((k) => nls[k] === undefined), [], 'missing from package.nls.json');
    assert.deepEqual(Object.keys(nls).filter((k) => !used.has(k)), [], 'unused in package.json');
  });

  it('no user-facing manifest string is left as plain text (node scripts/manifest-nls.mjs --check)', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'manifest-nls.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  });
});
