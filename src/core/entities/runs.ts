// Where names can be: runs of capitalized words (with connectors inside), datelines at paragraph
// starts, results-table lines, and headline sentences whose capitals say nothing.
import { CONNECTORS, NAME_PARTICLES, TITLE_CASE_SMALL_WORDS } from '../lexicon/name-words';
import { ORG_HEADS } from '../lexicon/organizations';
import type { DocContext } from '../text/document';
import { joined, MAX_NAME_WORDS, namey, type Candidate, type Env } from './env';
import type { Word } from './words';
/** Runs of name words of ws[from, to), relative to from. */
export function relativeRuns(env: Env, from: number, to: number): Array<[number, number]> {
  const out = runs(env, from, to);
  for (const r of out) { r[0] -= from; r[1] -= from; }
  return out;
}

/**
 * Runs of name words (with connectors inside) among words [from, to), whole sentences: a run never spans
 * two sentences (joined() says no), so the runs of a piece are those it has in the whole document.
 */
export function runs(env: Env, from: number, to: number): Array<[number, number]> {
  const { ws } = env;
  const out: Array<[number, number]> = [];
  let i = from;
  while (i < to) {
    if (!namey(ws[i], env)) {
      // "de la Vega", "dos Santos" at the start of a name
      let k = i;
      while (k < to && k - i < 3 && NAME_PARTICLES.has(ws[k].text) && joined(env, k, k + 1)) k++;
      if (k > i && k < to && namey(ws[k], env) && !(i > 0 && joined(env, i - 1, i) && ws[i - 1].cap)) {
        let j = k + 1;
        while (j < to && j - i < MAX_NAME_WORDS && joined(env, j - 1, j) && namey(ws[j], env)) j++;
        out.push([i, j]);
        i = j;
        continue;
      }
      i++;
      continue;
    }
    let j = i + 1;
    // no name is longer than a dozen words: a longer run (a title-case headline, a list) is cut, which bounds the work per run
    for (; j - i < MAX_NAME_WORDS;) {
      if (j < to && joined(env, j - 1, j) && namey(ws[j], env) && !(ws[j].caps && ws[j].text.length <= 6 && !ws[j - 1].caps && !ORG_HEADS.has(ws[j].lower) && ws[j - 1].lower !== 'of')) { j++; continue; }
      // a connector between two name words
      let k = j;
      while (k < to && k - j < 2 && joined(env, k - 1, k) && CONNECTORS.has(ws[k].lower) && !ws[k].cap
        && !(k > j && ws[k - 1].lower === 'and')) k++;
      if (k > j && k < to && joined(env, k - 1, k) && namey(ws[k], env)) { j = k + 1; continue; }
      break;
    }
    out.push([i, j]);
    i = j;
  }
  return out;
}

/** Dateline at a paragraph start: "TEHRAN –", "NAIROBI, Kenya (AP) —", "LONDON 1996-08-30". */
export function datelines(env: Env, ctx: DocContext, out: Candidate[]): void {
  const { ws } = env;
  let w = 0;
  for (const p of ctx.paragraphs) {
    while (w < ws.length && ws[w].start < p.start) w++;
    if (w >= ws.length) break;
    const body = ctx.text.slice(p.start, Math.min(p.end, p.start + 120));
    const m = /^((?:[\p{Lu}][\p{Lu}.'’-]*)(?:[ \t]+[\p{Lu}][\p{Lu}.'’-]*){0,3})(?=[ \t]*(?:,|\(|[–—-]|\d{4}-\d\d-\d\d))/u.exec(body);
    if (!m || m[1].replace(/[^\p{L}]/gu, '').length < 3) continue;
    const rest = body.slice(m[1].length);
    // a headline ("SOCCER - JAPAN GET LUCKY WIN") is capitals on both sides of the dash
    const next = /^[ \t]*(?:,[^—–(\n]*)?(?:\([^)]*\)[ \t]*)?[–—-][ \t]*((?:\S+[ \t]+){0,3})/u.exec(rest);
    const isDate = /^[ \t]*(,[ \t]*)?\d{4}-\d\d-\d\d/.test(rest) || /^[ \t]*,[ \t]*(?:[\p{Lu}][\p{L}.]*[ \t]+){0,3}\d{1,2}[ \t]*[–—-]/u.test(rest);
    const upperAfter = next ? next[1].replace(/[^\p{L}]/gu, '') : '';
    const ok = isDate || (next && (upperAfter === '' || upperAfter !== upperAfter.toUpperCase())) || /^,[ \t]*[\p{Lu}][\p{L}.]+/u.test(rest);
    if (!ok) continue;
    const end = p.start + m[1].length;
    let b = w;
    while (b < ws.length && ws[b].end <= end) b++;
    if (b > w && ws.slice(w, b).every((x) => x.caps)) out.push({ a: w, b, type: 'place', strength: 3, fixed: true, why: 'a dateline' });
  }
}

/** Lines of a results table ("Leeds 2 Arsenal 1"): names and numbers, no running text. */
export function tableLines(env: Env): Set<number> {
  const { ws, text } = env;
  const inTable = new Set<number>();
  let i = 0;
  while (i < ws.length) {
    let lineEnd = text.indexOf('\n', ws[i].start);
    if (lineEnd < 0) lineEnd = text.length;
    let j = i;
    while (j < ws.length && ws[j].start < lineEnd) j++;
    // running text has a lower-case word (not a connector): most lines are ruled out at their first words
    let table = true;
    for (let k = i; k < j && table; k++) if (/^\p{Ll}/u.test(ws[k].text) && !CONNECTORS.has(ws[k].lower)) table = false;
    if (table) {
      let numbers = 0, cap = false;
      for (let k = i; k < j; k++) {
        if (/^\d+([.:/-]\d+)*$/.test(ws[k].text)) numbers++;
        if (ws[k].cap) cap = true;
      }
      if (numbers >= 1 && cap) for (let k = i; k < j; k++) inTable.add(k);
    }
    i = Math.max(j, i + 1);
  }
  return inTable;
}

/** Headline sentences (capitals or Title Case) among sentences [s0, s1), whose words are ws[w0, w1): written into capsSentence. */
export function markCapsSentences(ctx: DocContext, ws: Word[], w0: number, w1: number, s0: number, s1: number, capsSentence: boolean[]): void {
  const lettersBy: number[][] = [];
  for (let s = s0; s < s1; s++) lettersBy.push([0, 0]);
  for (let i = w0; i < w1; i++) { const w = ws[i]; if (w.letter && w.text.length > 1) { lettersBy[w.sentence - s0][0]++; if (w.caps) lettersBy[w.sentence - s0][1]++; } }
  lettersBy.forEach(([n, c], k) => { capsSentence[s0 + k] = n >= 3 && c / n >= 0.6; });
  // Title Case headlines ("Iran, Russia Push For Closer Military Ties"): capitals say nothing there either
  const capWords: number[][] = [];
  for (let s = s0; s < s1; s++) capWords.push([0, 0, 0]);
  for (let i = w0; i < w1; i++) {
    const w = ws[i];
    if (!w.letter) continue;
    const c = capWords[w.sentence - s0];
    c[0]++;
    if (w.cap) c[1]++;
    if (w.cap && !w.weak && TITLE_CASE_SMALL_WORDS.has(w.lower)) c[2]++;
  }
  capWords.forEach(([n, c, small], k) => {
    const s = s0 + k;
    if (n < 4 || c / n < 0.75 || small === 0) return;
    const sent = ctx.text.slice(ctx.sentences[s].start, ctx.sentences[s].end);
    if (!/[.!?:"”’)]$/.test(sent.trim())) capsSentence[s] = true;
  });
}
