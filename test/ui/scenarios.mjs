// UI scenarios: what a person sees in the real workbench, checked in headless chromium.
// Each session starts one code-server with Byline loaded a given way and opens the seed article;
// its scenarios then run in order on that same window. Add a scenario as { name, run(ctx) }:
//   ctx.wb      the Workbench page object (./workbench.mjs): hover, decorations, runCommand, screenshot…
//   ctx.page    the playwright-core Page, for anything the page object lacks
//   ctx.seed    the seed article's absolute path; ctx.seedText its text; ctx.note(msg) prints a line
// Throw (node:assert) to fail. Screenshots go to test-results/screenshots/<session>-<name>.png.
import assert from 'node:assert/strict';
import { correctFromContextMenu, correctionSurvivesReload } from './corrections.mjs';
import { happeningsView } from './happenings.mjs';
import { marketScenarios } from './market.mjs';
import { articlesFolder, workspaceView } from './workspace.mjs';

/** Highlights with a visible background, grouped by decoration class. */
function byClass(decos) {
  const m = new Map();
  for (const d of decos) m.set(d.className, [...(m.get(d.className) ?? []), d.text]);
  return m;
}

const opensSeed = {
  name: 'opens the seed article',
  async run({ wb }) {
    await wb.waitForEditorText('Sergei Shoigu');
    await wb.screenshot('seed-opened');
  },
};

const highlights = {
  name: 'highlights names in the article',
  async run({ wb, note }) {
    const decos = await wb.waitForDecorations(5);
    const texts = decos.map((d) => d.text);
    const kinds = byClass(decos);
    note(`${decos.length} highlights on screen, ${kinds.size} kinds; e.g. ${[...kinds.values()].map((t) => t[0]).join(' | ')}`);
    await wb.parkCursor();
    await wb.screenshot('highlights');
    assert.ok(kinds.size >= 2, `expected highlights of at least two kinds, saw ${[...kinds.keys()].join(', ')}`);
    assert.ok(texts.some((t) => t.includes('Shoigu')), `"Sergei Shoigu" is not highlighted; highlighted: ${texts.slice(0, 20).join(' | ')}`);
    assert.ok(texts.some((t) => t.includes('Bagheri')), `"Bagheri" is not highlighted; highlighted: ${texts.slice(0, 20).join(' | ')}`);
  },
};

const hoverCard = {
  name: 'hover card on a person',
  async run({ wb }) {
    const text = await wb.hover('Sergei Shoigu');
    await wb.screenshot('hover-shoigu');
    assert.match(text, /Sergei Shoigu/, `hover card text: ${text}`);
    await wb.dismissHover();
  },
};

const palette = {
  name: 'command palette runs Byline commands',
  async run({ wb }) {
    const labels = await wb.paletteEntries('Byline:');
    await wb.screenshot('palette');
    await wb.closePalette();
    const byline = labels.filter((l) => l.startsWith('Byline:'));
    assert.ok(byline.length >= 3, `expected Byline commands in the palette, saw: ${labels.join(' | ')}`);
    const before = (await wb.waitForDecorations(1)).length;
    await wb.runCommand('Byline: Toggle Highlights');
    await wb.page.waitForFunction(
      () => document.querySelectorAll('.editor-instance .monaco-editor .view-overlays .cdr[class*="ced-"]').length === 0,
      null, { timeout: 10_000, polling: 200 },
    ).catch(() => { throw new Error('highlights still shown after "Byline: Toggle Highlights"'); });
    await wb.screenshot('highlights-off');
    await wb.runCommand('Byline: Toggle Highlights');
    const after = (await wb.waitForDecorations(1)).length;
    assert.ok(after > 0 && before > 0, `highlights did not come back (${before} before, ${after} after)`);
  },
};

const activityBar = {
  name: 'Byline view in the activity bar',
  async run({ wb, page }) {
    const entry = await wb.bylineActivityEntry();
    // click the entry's tile (its badge covers the icon's centre)
    await page.locator('.activitybar .action-item').filter({ has: page.locator(`a[aria-label="${entry}"]`) }).first().click();
    const header = page.locator('.sidebar .pane-header').filter({ hasText: /Actors/i }).first();
    await header.waitFor({ state: 'visible', timeout: 15_000 });
    await wb.parkCursor();
    await wb.moveMouseTo(1100, 16, 4); // off the icon: no tooltip in the picture
    await page.waitForTimeout(500);
    // the article's analysis may still be running when this scenario runs alone
    await page.locator('.sidebar .monaco-list-row').first().waitFor({ state: 'visible', timeout: 15_000 }).catch(() => undefined);
    await wb.screenshot('byline-view');
    const rows = await page.locator('.sidebar .monaco-list-row').allInnerTexts();
    const flat = rows.map((r) => r.replace(/\s+/g, ' '));
    assert.ok(flat.some((r) => /Sergei Shoigu/.test(r) && /Russian Defense Minister/.test(r)), `Actors rows: ${flat.slice(0, 12).join(' | ')}`);
    assert.ok(flat.some((r) => /Iran is a close partner/.test(r)), `no claim rows: ${flat.join(' | ')}`);
    // clicking an actor selects its first named mention in the editor
    await page.locator('.sidebar .monaco-list-row').filter({ hasText: 'Valery Gerasimov' }).first().click();
    await page.locator('.statusbar').filter({ hasText: '(16 selected)' }).first().waitFor({ state: 'visible', timeout: 10_000 })
      .catch(async () => { throw new Error(`clicking Valery Gerasimov did not select him: ${await page.locator('.statusbar').innerText()}`); });
  },
};

export const sessions = [
  {
    name: 'dev',
    description: 'Byline from the working tree (extensionDevelopmentPath), seed article open',
    load: 'development',
    // the seed's publication date: "on Tuesday" is 19 Oct 2021 in the Events view
    settings: { 'byline.articleDate': '2021-10-19' },
    scenarios: [opensSeed, highlights, hoverCard, palette, activityBar, happeningsView, correctFromContextMenu, correctionSurvivesReload],
  },
  {
    name: 'market',
    description: 'Marketplace conventions: palette title from package.nls.json, walkthrough steps and pictures, context menu, high contrast',
    load: 'development',
    scenarios: marketScenarios,
  },
  {
    name: 'workspace',
    description: 'Byline from the working tree on a folder of invented articles (the Workspace view)',
    load: 'development',
    folder: articlesFolder,
    scenarios: [workspaceView],
  },
  {
    name: 'vsix',
    description: 'Byline packaged with `npm run package` and installed from the .vsix',
    load: 'vsix',
    scenarios: [
      opensSeed,
      highlights,
      hoverCard,
    ],
  },
];
