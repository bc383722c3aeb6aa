// The words names are read from: tokens joined across bare hyphens ("Bar-Lev"), a possessive ’s cut
// off, with the capitalization facts every entity rule asks about. Built once per tagged piece.
import type { DocContext } from '../text/document';
import { ownStrings } from '../text/own';
import type { PlacedPiece } from '../text/tagger';

/** A word: one token, or hyphen-joined tokens ("Bar-Lev"), with a possessive ’s cut off. */
export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
  tags: ReadonlySet<string>;
  sentence: number;
  /** Index of this word in the document's word list. */
  index: number;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Written in capitals (two letters or more). */
  caps: boolean;
  /** First word of a sentence, or right after an opening quote, a colon or a dash: capitalized anyway. */
  weak: boolean;
  /** Ended in ’s / 's (not part of the span). */
  possessive: boolean;
  /** End of the written word, with its possessive ending. */
  fullEnd: number;
  /** Only punctuation. */
  punct: boolean;
  /** Has a letter. */
  letter: boolean;
}

const LETTER = /\p{L}/u;
/** "Shenzhen-based", "Russian-led": the name stands before the hyphen. */
export const HYPHEN_SUFFIXES: ReadonlySet<string> = new Set([
  'backed', 'based', 'born', 'bound', 'brokered', 'built', 'controlled', 'era', 'funded', 'headquartered', 'held', 'led',
  'linked', 'listed', 'made', 'owned', 'registered', 'run', 'speaking', 'sponsored', 'style', 'supported', 'wide',
]);
const UPPER_START = /^[\p{Lu}]/u;
const HYPHENS = '-‐‑';

/** The document's words (the words layer); each tagged piece's words are kept with the piece. */
export function buildWords(ctx: DocContext, pieces?: readonly PlacedPiece[]): Word[] {
  if (!pieces) return buildWordsOf(ctx, 0, ctx.tokens.length, []);
  // words never span two sentences, so never two pieces: each piece's words are built once and then
  // reused (moved along when the piece moved)
  const out: Word[] = [];
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k];
    const to = k + 1 < pieces.length ? pieces[k + 1].first : ctx.tokens.length;
    const built = p.entry.memo.get('words');
    const first = out.length;
    if (!built) {
      buildWordsOf(ctx, p.first, to, out);
      // kept with the piece: strings of their own, not slices of this version of the text (own.ts)
      for (let i = first; i < out.length; i++) ownStrings(out[i], 0);
      p.entry.memo.set('words', { base: p.base, sentence: p.sentence, first, items: out.slice(first) });
    } else if (built.base === p.base && built.sentence === p.sentence && built.first === first) {
      for (const w of built.items as Word[]) out.push(w);
    } else {
      const dp = p.base - built.base, ds = p.sentence - built.sentence, di = first - built.first;
      const items: Word[] = [];
      for (const w of built.items as Word[]) {
        const x: Word = {
          start: w.start + dp, end: w.end + dp, text: w.text, lower: w.lower, tags: w.tags, sentence: w.sentence + ds, index: w.index + di,
          cap: w.cap, caps: w.caps, weak: w.weak, possessive: w.possessive, fullEnd: w.fullEnd + dp, punct: w.punct, letter: w.letter,
        };
        items.push(x);
        out.push(x);
      }
      p.entry.memo.set('words', { base: p.base, sentence: p.sentence, first, items });
    }
  }
  return out;
}

/** The words of tokens [from, to), appended to out (whose last word is the one before). */
function buildWordsOf(ctx: DocContext, from: number, to: number, out: Word[]): Word[] {
  const { text, tokens } = ctx;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    let end = t.end;
    let fullEnd = t.end;
    let tags: ReadonlySet<string> = t.tags;
    let j = i;
    // "Bar-Lev", "Jae-won": tokens joined by a bare hyphen are one word
    while (j + 1 < to && tokens[j + 1].sentence === t.sentence && tokens[j + 1].start - tokens[j].end === 1 && HYPHENS.includes(text[tokens[j].end])
      && LETTER.test(tokens[j + 1].text) && !HYPHEN_SUFFIXES.has(tokens[j + 1].text.toLowerCase())) {
      j++;
      end = tokens[j].end;
      fullEnd = end;
      tags = new Set([...tags, ...tokens[j].tags]);
    }
    let wtext = text.slice(t.start, end);
    let possessive = false;
    const pm = /['’]s$/.exec(wtext);
    if (pm && wtext.length > 2) {
      possessive = true;
      end -= 2;
      wtext = wtext.slice(0, -2);
    } else if (/[’']$/.test(wtext) && /s['’]$/.test(wtext)) {
      possessive = true;
      end -= 1;
      wtext = wtext.slice(0, -1);
    }
    const prev = out.length ? out[out.length - 1] : undefined;
    const gap = prev && prev.sentence === t.sentence ? text.slice(prev.end, t.start) : '';
    const weak = !prev || prev.sentence !== t.sentence || (gap !== ' ' && (/[:“"‘«([—–]|\s-\s|^\s*-/.test(gap) || /\n/.test(gap))) || !!prev?.punct;
    const cap = UPPER_START.test(wtext);
    const letters = cap ? wtext.replace(/[^\p{L}]/gu, '') : '';
    out.push({
      start: t.start, end, text: wtext, lower: wtext.toLowerCase(), tags, sentence: t.sentence, index: out.length,
      cap, caps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      weak, possessive, fullEnd, punct: !/[\p{L}\p{N}]/u.test(wtext), letter: LETTER.test(wtext),
    });
    i = j;
  }
  return out;
}

/** Words a to b, lower case, joined by single spaces: the key of a name. */
export function lowerKey(ws: readonly Word[], a: number, b: number): string {
  if (a >= b) return '';
  let key = ws[a].lower;
  for (let k = a + 1; k < b; k++) key += ' ' + ws[k].lower;
  return key;
}
