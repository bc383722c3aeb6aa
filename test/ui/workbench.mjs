// A page object for the VS Code workbench in chromium: what a person does (open, look, hover, type
// in the palette) as small awaited steps with bounded waits, and what they see (editor text, highlights,
// hover cards, views) read from the DOM. The editor renders spaces as U+00A0: text is normalized here.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const nbsp = /\u00a0/g;
export const normalize = (s) => String(s ?? '').replace(nbsp, ' ');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export class Workbench {
  /** @param {import('playwright-core').Page} page */
  constructor(page, { screenshotDir, prefix = '' }) {
    this.page = page;
    this.screenshotDir = screenshotDir;
    this.prefix = prefix;
    this.mouse = { x: 5, y: 5 };
  }

  async goto(url) {
    await this.page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await this.page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  }

  /** Waits for the active editor to show `text` (spaces compared as spaces). */
  async waitForEditorText(text, timeoutMs = 30_000) {
    await this.page.waitForFunction(
      (t) => [...document.querySelectorAll('.editor-instance .monaco-editor .view-lines')]
        .some((el) => el.textContent.replace(/\u00a0/g, ' ').includes(t)),
      text,
      { timeout: timeoutMs, polling: 200 },
    );
  }

  async editorText() {
    return normalize(await this.page.locator('.editor-instance .monaco-editor .view-lines').first().innerText());
  }

  /** Saves test-results/screenshots/<prefix><name>.png and returns its path. */
  async screenshot(name) {
    mkdirSync(this.screenshotDir, { recursive: true });
    const file = join(this.screenshotDir, `${this.prefix}${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /**
   * Text decorations in the visible editor: the overlay boxes VS Code draws for decoration types
   * with a background (`.view-overlays .cdr.ced-*`), each with the text under it and its colors.
   * [{ className, text, backgroundColor, borderBottom }]
   */
  async decorations() {
    return this.page.evaluate(() => {
      const out = [];
      const editor = document.querySelector('.editor-instance .monaco-editor');
      if (!editor) return out;
      for (const el of editor.querySelectorAll('.view-overlays .cdr')) {
        const cls = [...el.classList].find((c) => c.startsWith('ced-'));
        if (!cls) continue;
        const cs = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        if (r.width < 1) continue;
        const y = r.top + r.height / 2;
        const a = document.caretRangeFromPoint(r.left + 1, y);
        const b = document.caretRangeFromPoint(r.right - 1, y);
        let text = '';
        if (a && b) {
          const range = document.createRange();
          range.setStart(a.startContainer, a.startOffset);
          range.setEnd(b.endContainer, b.endOffset);
          text = range.toString();
          // the caret lands before the last character's right half: take the whole last character
          if (b.endContainer.nodeType === Node.TEXT_NODE && b.endOffset < b.endContainer.length) {
            const cr = document.createRange();
            cr.setStart(b.endContainer, b.endOffset);
            cr.setEnd(b.endContainer, b.endOffset + 1);
            if (cr.getBoundingClientRect().left < r.right - 2) text += cr.toString();
          }
        }
        out.push({
          className: cls,
          text: text.replace(/\u00a0/g, ' '),
          backgroundColor: cs.backgroundColor,
          borderBottom: `${cs.borderBottomWidth} ${cs.borderBottomStyle} ${cs.borderBottomColor}`,
        });
      }
      return out;
    });
  }

  /** Waits until at least `min` decorations with a visible background are drawn; returns them. */
  async waitForDecorations(min = 1, timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const d = (await this.decorations()).filter((x) => x.backgroundColor !== 'rgba(0, 0, 0, 0)');
      if (d.length >= min) return d;
      if (Date.now() > deadline) throw new Error(`expected at least ${min} highlight(s) in the editor within ${timeoutMs / 1000} s, saw ${d.length}`);
      await sleep(250);
    }
  }

  /** The box of the first occurrence of `text` in the visible editor lines (viewport coordinates). */
  async boxOfText(text) {
    const box = await this.page.evaluate((t) => {
      const lines = document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line');
      for (const line of lines) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        // a line is split into token spans: search the concatenated text, then map back to nodes
        const nodes = [];
        let all = '';
        for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, all.length]); all += n.data; }
        const at = all.replace(/\u00a0/g, ' ').indexOf(t);
        if (at < 0) continue;
        const locate = (off) => {
          for (let i = nodes.length - 1; i >= 0; i--) if (nodes[i][1] <= off) return [nodes[i][0], off - nodes[i][1]];
          return [nodes[0][0], 0];
        };
        const [sn, so] = locate(at);
        const [en, eo] = locate(at + t.length - 1);
        const range = document.createRange();
        range.setStart(sn, so);
        range.setEnd(en, eo + 1);
        const r = range.getBoundingClientRect();
        return { x: r.left, y: r.top, width: r.width, height: r.height };
      }
      return null;
    }, text);
    if (!box) throw new Error(`"${text}" is not on screen in the editor`);
    return box;
  }

  /** Moves the mouse in small steps, as a hand does (hovers need real mouse movement). */
  async moveMouseTo(x, y, steps = 12) {
    await this.page.mouse.move(x, y, { steps });
    this.mouse = { x, y };
  }

  /**
   * Hovers over the first occurrence of `text` in the editor and returns the hover card's text.
   * Waits for `.monaco-hover` to be visible with content (it fades in ~500 ms after the mouse stops).
   */
  async hover(text, { timeoutMs = 15_000 } = {}) {
    const hover = this.page.locator('.monaco-hover:not(.hidden)').filter({ hasText: /\S/ }).first();
    for (let attempt = 1; ; attempt++) {
      const box = await this.boxOfText(text);
      // start away from the target so the editor sees the mouse arrive
      await this.moveMouseTo(box.x + box.width / 2, box.y - 40, 4);
      await this.moveMouseTo(box.x + box.width / 2, box.y + box.height / 2, 12);
      try {
        await hover.waitFor({ state: 'visible', timeout: timeoutMs / 2 });
        break;
      } catch (e) {
        // a hover can be lost when the editor re-renders under the mouse: arrive once more
        if (attempt >= 2) throw new Error(`no hover card appeared over "${text}" (${e.message.split("\n")[0]})`, { cause: e });
      }
    }
    await sleep(300); // let the fade-in finish before anyone takes a screenshot
    return normalize(await hover.innerText());
  }

  async dismissHover() {
    await this.page.keyboard.press('Escape');
    await this.moveMouseTo(5, 5, 4);
  }

  /**
   * Opens the command palette (F1), types `query`, waits for an entry whose label contains
   * `label` (default: the query) and runs it with Enter. Returns the labels that were offered.
   */
  async runCommand(query, { label = query, timeoutMs = 15_000 } = {}) {
    const labels = await this.paletteEntries(query, { timeoutMs, waitFor: label });
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: timeoutMs });
    return labels;
  }

  /** Opens the palette with `query` typed and returns the labels shown (leaves it open). */
  async paletteEntries(query, { timeoutMs = 15_000, waitFor } = {}) {
    await this.focusEditor();
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: timeoutMs });
    await input.fill(`>${query}`);
    const rows = this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
    if (waitFor) await rows.filter({ hasText: waitFor }).first().waitFor({ state: 'visible', timeout: timeoutMs });
    else await rows.first().waitFor({ state: 'visible', timeout: timeoutMs });
    // the list settles after filtering
    await sleep(200);
    // each row's first label (a quick pick with details before leaves a second, hidden one in reused rows)
    const labels = (await rows.evaluateAll((rs) => rs.map((r) => r.querySelector('.label-name')?.textContent ?? ''))).map(normalize);
    if (waitFor) {
      // put the wanted entry first-selected: type the exact label if it is not the top one
      const top = normalize(await rows.first().locator('.label-name').first().innerText());
      if (!top.includes(waitFor)) {
        await input.fill(`>${waitFor}`);
        await rows.first().filter({ hasText: waitFor }).waitFor({ state: 'visible', timeout: timeoutMs });
      }
    }
    return labels;
  }

  async closePalette() {
    await this.page.keyboard.press('Escape');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
  }

  async focusEditor() {
    const editor = this.page.locator('.editor-instance .monaco-editor .view-lines').first();
    if (await editor.count()) await editor.click({ position: { x: 5, y: 5 } }).catch(() => {});
  }

  /** Puts the cursor on the article's second line (blank in the seed), so no word-occurrence box shows. */
  async parkCursor() {
    await this.focusEditor();
    await this.page.keyboard.press('Control+Home');
    await this.page.keyboard.press('ArrowDown');
  }

  /** The activity bar entries' labels (e.g. "Byline - 32 actors · …"). */
  async activityBarLabels() {
    return this.page.locator('.activitybar .action-item a').evaluateAll((as) => as.map((a) => a.getAttribute('aria-label') ?? ''));
  }

  /**
   * The label of Byline's entry in the activity bar, once the workbench shows it (the entries of extensions'
   * view containers come after the workbench's own, when the extensions are read): waits up to 15 s, then
   * fails naming the entries there are.
   */
  async bylineActivityEntry() {
    const deadline = Date.now() + 15_000;
    for (;;) {
      const labels = await this.activityBarLabels();
      const entry = labels.find((l) => /^Byline\b/.test(l));
      if (entry) return entry;
      if (Date.now() > deadline) throw new Error(`no Byline entry in the activity bar: ${labels.join(' | ')}`);
      await this.page.waitForTimeout(200);
    }
  }
}
