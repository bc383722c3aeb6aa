// UI scenario: correcting Byline from the editor's context menu, the hover of the corrected actor,
// and the correction still there after a real window reload. The seed's "countries of East and Asia"
// has "East" typed as an organization: the reader marks it as a place.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync } from 'node:fs';

/** Puts `text` on screen with Go to Line (Ctrl+G), and returns a point on its first word. */
async function goTo(wb, page, seedText, text) {
  const line = seedText.slice(0, seedText.indexOf(text)).split('\n').length;
  // a plain click: waiting for the editor to be "stable" can take half a minute after a reload
  const lines = await page.locator('.editor-instance .monaco-editor .view-lines').first().boundingBox();
  await page.mouse.click(lines.x + 20, lines.y + 8);
  await page.keyboard.press('Control+g');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`:${line}`);
  await page.keyboard.press('Enter');
  await wb.waitForEditorText(text);
  const box = await wb.boxOfText(text);
  return { x: box.x + 6, y: box.y + box.height / 2 };
}

async function hoverUntil(wb, text, re, note, tries = 6) {
  let seen = '';
  for (let i = 0; i < tries; i++) {
    const t0 = Date.now();
    seen = await wb.hover(text);
    if (i > 0 || Date.now() - t0 > 5000) note(`hover #${i + 1} took ${Date.now() - t0} ms: ${seen.replace(/\s+/g, ' ').slice(0, 60)}`);
    if (re.test(seen)) return seen;
    await wb.dismissHover();
    await new Promise((r) => setTimeout(r, 700));
  }
  throw new Error(`the hover over "${text}" never matched ${re}; last: ${seen}`);
}

export const correctFromContextMenu = {
  name: 'correct an annotation from the context menu',
  async run({ wb, page, seed, seedText, note }) {
    const sidecar = `${seed}.byline.json`;
    rmSync(sidecar, { force: true });
    try {
      await wb.waitForDecorations(5, 60_000); // Byline is active and the article analyzed
      const at = await goTo(wb, page, seedText, 'East and Asia');
      await page.mouse.click(at.x, at.y);
      await page.mouse.click(at.x, at.y, { button: 'right' });
      const correct = page.locator('.monaco-menu .action-item').filter({ hasText: 'Byline: Correct' }).first();
      await correct.waitFor({ state: 'visible', timeout: 10_000 });
      await correct.hover();
      const place = page.locator('.monaco-menu .action-item').filter({ hasText: /^Mark as Place/ }).first();
      await place.waitFor({ state: 'visible', timeout: 10_000 });
      await place.hover();
      await page.waitForTimeout(300);
      await wb.screenshot('correct-context-menu');
      await place.click();
      for (let i = 0; i < 50 && !existsSync(sidecar); i++) await new Promise((r) => setTimeout(r, 200));
      assert.ok(existsSync(sidecar), 'the correction is kept beside the article');
      const saved = JSON.parse(readFileSync(sidecar, 'utf8'));
      assert.deepEqual(saved.corrections.map((c) => [c.op, c.type, c.at.exact]), [['entity', 'place', 'East']]);
      const text = await hoverUntil(wb, 'East', /Edited by you/, note);
      note(`hover: ${text.replace(/\s+/g, ' ').slice(0, 160)}`);
      assert.match(text, /Place/);
      await wb.screenshot('corrected-hover');
      await wb.dismissHover();
    } catch (e) {
      rmSync(sidecar, { force: true });
      throw e;
    }
  },
};

export const correctionSurvivesReload = {
  name: 'the correction is still there after a window reload',
  async run({ wb, page, seed, seedText, note }) {
    const sidecar = `${seed}.byline.json`;
    try {
      assert.ok(existsSync(sidecar), 'the previous scenario left its correction beside the article');
      note('reloading the window');
      const t0 = Date.now();
      // in the browser workbench, reloading the page is reloading the window (a new extension host)
      await page.reload({ waitUntil: 'domcontentloaded', timeout: 60_000 });
      note(`navigated after ${Date.now() - t0} ms`);
      await page.waitForSelector('.editor-instance .monaco-editor .view-lines', { timeout: 60_000 });
      await wb.waitForDecorations(1, 60_000);
      note(`reloaded, highlights back after ${Date.now() - t0} ms`);
      await wb.screenshot('after-reload');
      await goTo(wb, page, seedText, 'East and Asia');
      const after = await hoverUntil(wb, 'East', /Edited by you/, note);
      note(`hover after the reload at ${Date.now() - t0} ms`);
      assert.match(after, /Place/, `after a window reload: ${after}`);
    } finally {
      rmSync(sidecar, { force: true });
    }
  },
};
