// UI scenarios of the Marketplace conventions (session "market"): a command title from package.nls.json
// in the palette, the walkthrough's steps done by hand (each leaves the picture the walkthrough shows),
// the editor context menu on a name and elsewhere, the walkthrough itself, and a high-contrast theme.
// BYLINE_UPDATE_MEDIA=1 copies the pictures into media/walkthrough/ and media/screenshots/.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from '../../scripts/ensure-code-server.mjs';

const NLS = JSON.parse(readFileSync(join(REPO_ROOT, 'package.nls.json'), 'utf8'));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Saves a screenshot (optionally of a region) and, with BYLINE_UPDATE_MEDIA=1, copies it to media/. */
async function picture(wb, name, media, clip) {
  const file = clip ? join(wb.screenshotDir, `${wb.prefix}${name}.png`) : await wb.screenshot(name);
  if (clip) {
    mkdirSync(wb.screenshotDir, { recursive: true });
    await wb.page.screenshot({ path: file, clip });
  }
  if (media && process.env.BYLINE_UPDATE_MEDIA === '1') {
    const to = join(REPO_ROOT, 'media', media);
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(file, to);
  }
  return file;
}

/** A region around some boxes, inside the window. */
function around(boxes, pad = 24, size = { width: 1400, height: 900 }) {
  const x0 = Math.max(0, Math.min(...boxes.map((b) => b.x)) - pad);
  const y0 = Math.max(0, Math.min(...boxes.map((b) => b.y)) - pad);
  const x1 = Math.min(size.width, Math.max(...boxes.map((b) => b.x + b.width)) + pad);
  const y1 = Math.min(size.height, Math.max(...boxes.map((b) => b.y + b.height)) + pad);
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

async function menuItems(page) {
  const items = page.locator('.monaco-menu .action-item .action-label');
  await items.first().waitFor({ state: 'visible', timeout: 10_000 });
  await sleep(200);
  return (await items.allInnerTexts()).map((t) => t.trim()).filter(Boolean);
}

async function closeMenus(page) {
  for (let i = 0; i < 3 && (await page.locator('.monaco-menu').count()); i++) {
    await page.keyboard.press('Escape');
    await sleep(150);
  }
}

/** Right-clicks at a point after a left click there (the cursor moves, Byline updates its context keys). */
async function rightClickAt(page, at) {
  await page.mouse.click(at.x, at.y);
  await sleep(600);
  await page.mouse.click(at.x, at.y, { button: 'right' });
  return menuItems(page);
}

/** Runs a palette command that asks with a quick pick, and picks `item` there. */
async function commandThenPick(wb, command, item) {
  const page = wb.page;
  await wb.paletteEntries(command, { waitFor: command });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.querySelector('.quick-input-widget .quick-input-box input')?.value.startsWith('>'), null, { timeout: 10_000 });
  await pickInQuickInput(page, item);
}

async function pickInQuickInput(page, item) {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(item);
  await page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: item }).first().waitFor({ timeout: 10_000 });
  await sleep(200);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
}

const openSample = {
  name: 'the palette shows a command title from package.nls.json and opens the sample article',
  async run({ wb, page }) {
    const title = `${NLS['command.category']}: ${NLS['command.openSample.title']}`;
    const labels = await wb.paletteEntries(NLS['command.openSample.title'], { waitFor: title });
    assert.ok(labels.includes(title), `palette: ${labels.join(' | ')}`);
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active').filter({ hasText: 'seed-article.txt' }).waitFor({ timeout: 15_000 });
    await wb.waitForEditorText('Sergei Shoigu');
    await wb.waitForDecorations(5, 60_000);
    await wb.parkCursor();
    await sleep(300);
    await picture(wb, 'walkthrough-open-sample', 'walkthrough/open-sample.png', { x: 345, y: 35, width: 1055, height: 560 });
  },
};

const hoverName = {
  name: 'hover a name: the card says the kind in words',
  async run({ wb, page }) {
    const text = await wb.hover('Sergei Shoigu');
    assert.match(text, /Sergei Shoigu/);
    assert.match(text, /Person/, `the kind is in the text, not only in the color: ${text}`);
    const card = await page.locator('.monaco-hover:not(.hidden)').first().boundingBox();
    const name = await wb.boxOfText('Sergei Shoigu');
    await picture(wb, 'walkthrough-hover', 'walkthrough/hover.png', around([card, name], 40));
    await wb.dismissHover();
  },
};

const bylineView = {
  name: 'open the Byline view',
  async run({ wb, page }) {
    await wb.runCommand('Byline: Show Actors');
    const row = page.locator('.sidebar .monaco-list-row[aria-label^="Sergei Shoigu"]').first();
    await row.waitFor({ timeout: 15_000 });
    const label = await row.getAttribute('aria-label');
    assert.match(label ?? '', /person/i, `the row's accessible name says the kind: ${label}`);
    await wb.parkCursor();
    await sleep(300);
    await picture(wb, 'walkthrough-view', 'walkthrough/view.png', { x: 0, y: 30, width: 820, height: 700 });
  },
};

const contextMenu = {
  name: 'the context menu: Reveal All Mentions, Copy and corrections on a name, not elsewhere',
  async run({ wb, page }) {
    const name = await wb.boxOfText('Sergei Shoigu');
    const onName = await rightClickAt(page, { x: name.x + 10, y: name.y + name.height / 2 });
    for (const t of ['Reveal All Mentions', 'Copy Name and Role', NLS['submenu.correct.label']]) assert.ok(onName.includes(t), `on a name: ${onName.join(' | ')}`);
    const correct = page.locator('.monaco-menu .action-item').filter({ hasText: NLS['submenu.correct.label'] }).first();
    await correct.hover();
    await page.locator('.monaco-menu .action-item').filter({ hasText: /^Merge This Actor Into/ }).first().waitFor({ timeout: 10_000 });
    await sleep(400);
    const menus = await page.locator('.monaco-menu').evaluateAll((els) => els.map((e) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }));
    await picture(wb, 'context-menu', 'screenshots/context-menu.png', around([name, ...menus], 30));
    await picture(wb, 'walkthrough-correct', 'walkthrough/correct.png', around([name, ...menus], 30));
    await closeMenus(page);

    const lines = await page.locator('.editor-instance .monaco-editor .view-lines').first().boundingBox();
    const blank = await rightClickAt(page, { x: lines.x + 30, y: lines.y + 19 * 1.5 }); // the seed's second line is blank
    await closeMenus(page);
    for (const t of ['Reveal All Mentions', 'Copy Name and Role']) assert.ok(!blank.includes(t), `off a name: ${blank.join(' | ')}`);
    assert.ok(blank.length > 3, `a menu opened off a name: ${blank.join(' | ')}`);
  },
};

const exportFormats = {
  name: 'export: the formats offered',
  async run({ wb, page }) {
    await wb.runCommand('Byline: Export Annotations').catch(() => {}); // the quick pick that follows stays open
    const rows = page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
    await rows.filter({ hasText: 'JSON Lines' }).first().waitFor({ timeout: 15_000 });
    const texts = await rows.allInnerTexts();
    assert.ok(texts.some((t) => /brat standoff/.test(t)), texts.join(' | '));
    const box = await page.locator('.quick-input-widget').boundingBox();
    await picture(wb, 'walkthrough-export', 'walkthrough/export.png', around([box], 30));
    await wb.closePalette();
  },
};

const walkthrough = {
  name: 'the walkthrough shows its five steps with pictures',
  async run({ wb, page }) {
    await commandThenPick(wb, 'Welcome: Open Walkthrough', NLS['walkthrough.start.title']);
    const steps = page.locator('.getting-started-step');
    await steps.filter({ hasText: NLS['walkthrough.start.hover.title'] }).first().waitFor({ timeout: 15_000 });
    const titles = await page.locator('.getting-started-step .step-title').allInnerTexts();
    for (const k of ['openSample', 'hover', 'view', 'correct', 'export']) {
      assert.ok(titles.some((t) => t.includes(NLS[`walkthrough.start.${k}.title`])), `step ${k}: ${titles.join(' | ')}`);
    }
    // the step's picture is loaded and drawn
    await page.waitForFunction(() => [...document.querySelectorAll('.getting-started-media img')].some((i) => i.complete && i.naturalWidth > 100 && i.getBoundingClientRect().width > 100), null, { timeout: 15_000 })
      .catch(async () => {
        const imgs = await page.locator('.getting-started-media img').evaluateAll((is) => is.map((i) => `${i.src} ${i.naturalWidth} ${i.getBoundingClientRect().width}`));
        const html = await page.locator('.getting-started-media').first().innerHTML().catch(() => 'no .getting-started-media');
        throw new Error(`the step's picture did not show: ${imgs.join(' | ')} ${html.slice(0, 400)}`);
      });
    await sleep(500);
    await picture(wb, 'walkthrough', 'screenshots/walkthrough.png');
    await page.keyboard.press('Control+w').catch(() => {});
  },
};

const highContrast = {
  name: 'high contrast: highlights keep a visible underline per kind',
  async run({ wb, page }) {
    // Preferences: Color Theme by its keys (Ctrl+K Ctrl+T): in the palette, "Browse Color Themes" comes first
    const theme = async (name) => {
      await wb.focusEditor();
      await page.keyboard.press('Control+k');
      await page.keyboard.press('Control+t');
      await pickInQuickInput(page, name);
    };
    await wb.waitForDecorations(5, 60_000); // analyzed, in the light theme
    await theme('Default High Contrast');
    try {
      await page.locator('.monaco-workbench.hc-black').waitFor({ timeout: 20_000 });
      await wb.focusEditor();
      await wb.waitForEditorText('Sergei Shoigu');
      let decos = [];
      for (let i = 0; i < 40 && decos.length < 5; i++) {
        await sleep(250);
        decos = (await wb.decorations()).filter((d) => /^[1-9][\d.]*px (solid|dotted)/.test(d.borderBottom));
      }
      const colors = new Set(decos.map((d) => d.borderBottom.replace(/^\S+ \S+ /, '')));
      assert.ok(decos.length >= 5, `underlined highlights in high contrast: ${decos.length}`);
      assert.ok(colors.size >= 3, `kinds keep distinct underline colors: ${[...colors].join(', ')}`);
      await wb.hover('Sergei Shoigu');
      await picture(wb, 'high-contrast', 'screenshots/high-contrast.png');
      await wb.dismissHover();
    } finally {
      await theme('Default Light Modern').catch(() => {});
    }
  },
};

export const marketScenarios = [openSample, hoverName, bylineView, contextMenu, exportFormats, walkthrough, highContrast];
