// Paragraphs and sentences with UTF-16 offsets into the original text (CRLF, CR, BOM and emoji safe).
import type { Span } from '../types';

export interface Paragraph extends Span {
  index: number;
}

export interface Sentence extends Span {
  paragraph: number;
}

/** Longest piece of text handed to the tagger at once; longer paragraphs are cut at sentence ends or spaces. */
export const MAX_PIECE = 4000;

const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * Paragraphs are runs of non-blank lines. A run whose lines are long (one paragraph per line, no blank
 * line between them) is split at each line; hard-wrapped prose (short lines) stays one paragraph.
 */
export function paragraphs(text: string): Paragraph[] {
  const lines: Span[] = [];
  let at = 0;
  for (const m of text.matchAll(LINE_BREAK)) {
    lines.push({ start: at, end: m.index! });
    at = m.index! + m[0].length;
  }
  lines.push({ start: at, end: text.length });

  const blocks: Span[][] = [];
  let current: Span[] = [];
  for (const line of lines) {
    if (/^\s*$/.test(text.slice(line.start, line.end))) {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) blocks.push(current);

  const out: Paragraph[] = [];
  const push = (start: number, end: number): void => {
    // trim surrounding white space so a paragraph starts and ends on text
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ start, end, index: out.length });
  };
  for (const block of blocks) {
    const longest = Math.max(...block.map((l) => l.end - l.start));
    if (block.length > 1 && (longest > 100 || isList(text, block))) {
      for (const line of block) push(line.start, line.end);
    } else {
      push(block[0].start, block[block.length - 1].end);
    }
  }
  return out;
}

function isList(text: string, block: Span[]): boolean {
  // bulleted or numbered lines, or lines that each end a sentence: keep them apart
  const ends = block.filter((l) => /[.!?:"”»']\s*$/.test(text.slice(l.start, l.end))).length;
  const bullets = block.filter((l) => /^\s*([-*•–]|\d+[.)])\s/.test(text.slice(l.start, l.end))).length;
  return bullets >= block.length / 2 || ends === block.length;
}

// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'gov', 'sen',
  'rep', 'rev', 'st', 'sr', 'jr', 'pres', 'amb', 'hon', 'insp', 'supt', 'messrs', 'mme', 'mlle',
  'no', 'nos', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'bros', 'dept', 'univ', 'approx', 'est', 'fig',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la',
  'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex',
  'va', 'vt', 'wash', 'wis', 'wyo', 'mt', 'ft', 'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'd.c',
]);

/** Sentences inside each paragraph. A period after an abbreviation or an initial does not end one. */
export function sentences(text: string, paras: Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  // a terminator, then any closing quotes/brackets, then space and something that can start a sentence
  const END = /([.!?]+|…)(["'”’»)\]]*)(?=\s+["'“‘«([]?[\p{Lu}\p{N}\p{Lo}]|\s*$)/gu;
  for (const p of paras) {
    const body = text.slice(p.start, p.end);
    let start = 0;
    for (const m of body.matchAll(END)) {
      const dotAt = m.index!;
      const end = dotAt + m[0].length;
      if (m[1] === '.') {
        const word = /([\p{L}.]+)$/u.exec(body.slice(Math.max(0, dotAt - 12), dotAt));
        const w = word ? word[1].toLowerCase() : '';
        if (ABBREVIATIONS.has(w) || /^\p{L}$/u.test(w) || /^(\p{L}\.)+\p{L}$/u.test(w)) continue;
      }
      pushSentence(out, text, p, start, end);
      start = end;
    }
    pushSentence(out, text, p, start, body.length);
  }
  return out;
}

function pushSentence(out: Sentence[], text: string, p: Paragraph, from: number, to: number): void {
  let s = p.start + from;
  let e = p.start + to;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e <= s) return;
  // bound the tagger's work: cut very long run-on "sentences" at spaces
  while (e - s > MAX_PIECE) {
    let cut = text.lastIndexOf(' ', s + MAX_PIECE);
    if (cut <= s) cut = s + MAX_PIECE;
    if (cut < e && isLowSurrogate(text.charCodeAt(cut))) cut--;
    out.push({ start: s, end: cut, paragraph: p.index });
    s = cut;
    while (s < e && /\s/.test(text[s])) s++;
  }
  if (e > s) out.push({ start: s, end: e, paragraph: p.index });
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
