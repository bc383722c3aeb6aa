// UI scenario: the Workspace view on a folder of articles (the invented fixture articles, the workspace
// fixtures that share one person, and the seed), then Byline: Find Actor in Workspace… to open a mention
// in another article.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../scripts/ensure-code-server.mjs';

/** A folder of invented articles in scratch, with the seed article in it. */
export function articlesFolder(scratch) {
  const folder = join(scratch, 'articles');
  mkdirSync(folder, { recursive: true });
  const from = (dir, keep) => {
    for (const f of readdirSync(dir)) if (keep(f)) copyFileSync(join(dir, f), join(folder, f));
  };
  from(join(REPO_ROOT, 'test', 'fixtures', 'articles'), (f) => f.endsWith('.txt'));
  from(join(REPO_ROOT, 'test', 'fixtures', 'workspace'), (f) => /\.(txt|news)$/.test(f));
  copyFileSync(join(REPO_ROOT, 'seeds', 'seed-article.txt'), join(folder, 'seed-article.txt'));
  return folder;
}

const rows = (page) => page.locator('.sidebar .pane').filter({ has: page.locator('.pane-header', { hasText: /^Workspace/i }) }).locator('.monaco-list-row');

async function rowTexts(page) {
  return (await rows(page).allInnerTexts()).map((r) => r.replace(/\s+/g, ' '));
}

export const workspaceView = {
  name: 'Workspace view on a folder of articles',
  async run({ wb, page, note }) {
    const entry = await wb.bylineActivityEntry();
    await page.locator('.activitybar .action-item').filter({ has: page.locator(`a[aria-label="${entry}"]`) }).first().click();
    // fold the one-article views so the Workspace view has the room
    for (const name of ['Actors', 'Claims', 'Events']) {
      const header = page.locator('.sidebar .pane-header.expanded').filter({ hasText: new RegExp(`^${name}`, 'i') }).first();
      if (await header.count()) await header.click();
    }
    const header = page.locator('.sidebar .pane-header').filter({ hasText: /^Workspace/i }).first();
    await header.waitFor({ state: 'visible', timeout: 15_000 });
    if (!(await header.getAttribute('class')).includes('expanded')) await header.click();
    // every article indexed: 14 fixtures, 3 workspace fixtures and the seed
    await rows(page).filter({ hasText: /across 18 articles/ }).first().waitFor({ state: 'visible', timeout: 60_000 })
      .catch(async () => { throw new Error(`the Workspace view did not index 18 articles: ${(await rowTexts(page)).join(' | ')}`); });
    const marta = rows(page).filter({ hasText: 'Marta Kowalczyk' }).first();
    await marta.waitFor({ state: 'visible', timeout: 15_000 });
    assert.match((await marta.innerText()).replace(/\s+/g, ' '), /3 articles · \d+ mentions/);
    await marta.click();
    await rows(page).filter({ hasText: 'ministry.txt' }).first().waitFor({ state: 'visible', timeout: 10_000 });
    await rows(page).filter({ hasText: 'ministry.txt' }).first().click();
    await rows(page).filter({ hasText: /line 1: Marta Kowalczyk/ }).first().waitFor({ state: 'visible', timeout: 10_000 });
    await wb.moveMouseTo(1100, 16, 4);
    await page.waitForTimeout(500);
    note(`rows: ${(await rowTexts(page)).slice(0, 10).join(' | ')}`);
    await wb.screenshot('workspace-view');
    // clicking a mention opens its article with the name selected
    await rows(page).filter({ hasText: /line 2: Kowalczyk/ }).first().click();
    await wb.waitForEditorText('The ferries cannot wait');
    // Find Actor in Workspace…: pick the actor, then one of its mentions in another article
    await wb.paletteEntries('Byline: Find Actor in Workspace', { waitFor: 'Find Actor in Workspace' });
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget .quick-input-title').filter({ hasText: /Find Actor in Workspace \(18 articles\)/ })
      .waitFor({ state: 'visible', timeout: 10_000 });
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.fill('Zielinska');
    const pickRows = page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
    await pickRows.filter({ hasText: 'Anna Zielinska' }).first().waitFor({ state: 'visible', timeout: 10_000 });
    await wb.screenshot('workspace-find-actor');
    await page.keyboard.press('Enter');
    await pickRows.filter({ hasText: 'museum.news' }).first().waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.press('Enter');
    await wb.waitForEditorText('lighthouse museum');
  },
};
