// UI scenario: events as happenings. With the seed's publication date set (the session's settings), the Events view lists the
// Moscow meeting as one happening ("Bagheri met Shoigu · Moscow · 19 Oct 2021") with its mentions below
// it; the hover on "talks" shows the happening's card; clicking the happening goes to its first mention.
import assert from 'node:assert/strict';

const MOSCOW = 'Bagheri met Shoigu · Moscow · 19 Oct 2021';

/** Collapses every Byline pane but the Events view, so it has the side bar to itself. */
async function showEventsPane(wb, page) {
  await wb.runCommand('Byline: Show Actors');
  const header = (name) => page.locator('.sidebar .pane-header').filter({ hasText: new RegExp(`^${name}`, 'i') }).first();
  const setExpanded = async (name, open) => {
    for (let i = 0; i < 5 && (await header(name).getAttribute('aria-expanded')) !== String(open); i++) {
      await header(name).click({ position: { x: 30, y: 10 } });
      await page.waitForTimeout(300);
    }
  };
  await setExpanded('Actors', false);
  await setExpanded('Claims', false);
  await setExpanded('Events', true);
  // a wider side bar: the happenings' labels are whole sentences. Its sash is the vertical one at its right edge.
  const bar = await page.locator('.part.sidebar').boundingBox();
  const boxes = await page.locator('.monaco-sash.vertical').evaluateAll((els) => els.map((e) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }));
  const box = bar && boxes.find((b) => Math.abs(b.x + b.width / 2 - (bar.x + bar.width)) < 6 && b.height > bar.height / 2);
  if (box) {
    const y = box.y + box.height - 40;
    await page.mouse.move(box.x + box.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 240, y, { steps: 8 });
    await page.mouse.up();
  }
}

export const happeningsView = {
  name: 'events view lists happenings and the hover shows one',
  async run({ wb, page, note }) {
    await wb.waitForDecorations(5, 60_000);
    await showEventsPane(wb, page);
    const row = page.locator('.sidebar .monaco-list-row').filter({ hasText: MOSCOW }).first();
    await row.waitFor({ state: 'visible', timeout: 30_000 })
      .catch(async () => { throw new Error(`no "${MOSCOW}" row; rows: ${(await page.locator('.sidebar .monaco-list-row').allInnerTexts()).join(' | ')}`); });
    const rows = (await page.locator('.sidebar .monaco-list-row').allInnerTexts()).map((r) => r.replace(/\s+/g, ' '));
    note(`${rows.length} rows; e.g. ${rows.slice(0, 4).join(' | ')}`);
    const at = rows.findIndex((r) => r.includes(MOSCOW));
    assert.match(rows[at], /2 mentions/);
    assert.match(rows[at + 1] ?? '', /meeting in Moscow/, 'its first mention is below it');
    await wb.parkCursor();
    await wb.moveMouseTo(1300, 16, 4);
    await page.waitForTimeout(400);
    await wb.screenshot('events-view');
    await wb.parkCursor();
    const text = await wb.hover('talks on');
    await wb.screenshot('hover-happening');
    assert.match(text, /Bagheri met Shoigu/, `hover: ${text}`);
    assert.match(text, /Where: Moscow/, `hover: ${text}`);
    assert.match(text, /When: 19 Oct 2021/, `hover: ${text}`);
    assert.match(text, /Other mentions \(1\)/, `hover: ${text}`);
    await wb.dismissHover();
    // a click on the happening goes to its first mention, with a word in the status bar
    await row.click();
    await page.locator('.statusbar').filter({ hasText: /mention 1 of 2/ }).first().waitFor({ state: 'visible', timeout: 10_000 })
      .catch(async () => { throw new Error(`no "mention 1 of 2" in the status bar: ${await page.locator('.statusbar').innerText()}`); });
  },
};
