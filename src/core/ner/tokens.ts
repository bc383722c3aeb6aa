// The name tagger's own reading of the text: CoNLL-like tokens (possessive 's apart, "U.S." whole) with
// the line they sit on and what that line looks like (headline, capitals, results table, dateline).

export interface NerToken {
  start: number;
  end: number;
  text: string;
  /** Index of the line (a run of text between line breaks). */
  line: number;
  /** Position in the line, and whether a sentence starts here. */
  pos: number;
  sentStart: boolean;
}

export interface NerLine {
  /** Tokens [first, last) of the document's token list. */
  first: number;
  last: number;
  /** Most words in capitals. */
  caps: boolean;
  /** Most words capitalized and no sentence end: a Title Case headline. */
  title: boolean;
  /** Many numbers: a results table or standings row. */
  table: boolean;
  /** Starts with a place in capitals followed by a date, a dash or an agency: a dateline. */
  dateline: boolean;
}

// words with inner dots, apostrophes, hyphens, ampersands, slashes or digit separators stay whole
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:[.'’\-‐‑&/,:][\p{L}\p{N}\p{M}]+)*\.?|(['’])[sS](?![\p{L}\p{N}])|\.{2,}|-{2,}|\S/gu;
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'co', 'corp', 'inc', 'ltd', 'plc', 'bros', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr',
  'rep', 'sen', 'gov', 'pres', 'prof', 'rev', 'hon', 'messrs', 'mt', 'ft', 'no', 'vs', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ave', 'blvd', 'dept', 'univ', 'assn', 'etc', 'approx', 'est',
]);

const HYPHEN_SUFFIX = /(?<=\p{L})[-‐‑](?:backed|based|born|bound|brokered|built|controlled|era|flagged|funded|headquartered|held|led|linked|listed|made|owned|registered|run|speaking|sponsored|style|supported|wide)$/iu;

/** A line read once: its tokens (offsets relative to the line) and what it looks like. */
export interface LineRead {
  tokens: NerToken[];
  shape: Omit<NerLine, 'first' | 'last'>;
}

/** The document tokens last built from a line's read, where they stood (kept while the read is: a session's line cache). */
const placed = new WeakMap<LineRead, { base: number; line: number; tokens: NerToken[] }>();

/** The tokens and lines of a text. Offsets are UTF-16 indexes into it. `read` may serve lines from a cache. */
export function nerTokens(text: string, read: (line: string) => LineRead = readLine): { tokens: NerToken[]; lines: NerLine[]; reads: LineRead[] } {
  const tokens: NerToken[] = [];
  const lines: NerLine[] = [];
  const reads: LineRead[] = [];
  for (const lm of text.matchAll(/[^\r\n]+/g)) {
    const r = read(lm[0]);
    if (!r.tokens.length) continue;
    const first = tokens.length, base = lm.index!;
    // a line read from the cache at the same place and line number as last time has the same tokens (read only)
    const built = placed.get(r);
    if (built && built.base === base && built.line === lines.length) for (const t of built.tokens) tokens.push(t);
    else {
      for (const t of r.tokens) tokens.push({ start: t.start + base, end: t.end + base, text: t.text, line: lines.length, pos: t.pos, sentStart: t.sentStart });
      placed.set(r, { base, line: lines.length, tokens: tokens.slice(first) });
    }
    lines.push({ first, last: tokens.length, ...r.shape });
    reads.push(r);
  }
  return { tokens, lines, reads };
}

/** One line's tokens, offsets relative to it. */
export function readLine(line: string): LineRead {
  const tokens: NerToken[] = [];
  let pos = 0;
  for (const m of line.matchAll(TOKEN)) {
    let s = m.index!, raw = m[0];
    // a word's final dot is the sentence's unless the word is an abbreviation, an initial or dotted (U.S.)
    if (raw.length > 1 && raw.endsWith('.') && /[\p{L}\p{N}]\.$/u.test(raw)) {
      const stem = raw.slice(0, -1);
      const keep = stem.includes('.') || /^\p{L}$/u.test(stem) || ABBREVIATIONS.has(stem.toLowerCase());
      if (!keep) {
        pushToken(tokens, line, s, s + stem.length, pos++);
        s += stem.length;
        raw = '.';
      }
    }
    // "Seattle-based", "Russian-led": the name apart from the hyphen and the word that follows
    const hm = HYPHEN_SUFFIX.exec(raw);
    if (hm) {
      const cut = raw.length - hm[0].length;
      pushToken(tokens, line, s, s + cut, pos++);
      pushToken(tokens, line, s + cut, s + cut + 1, pos++);
      pushToken(tokens, line, s + cut + 1, s + raw.length, pos++);
      continue;
    }
    // "Clinton's": the name and the possessive apart, as CoNLL writes them
    const pm = raw.length > 2 ? /^(.+?)(['’][sS])$/u.exec(raw) : null;
    if (pm) {
      pushToken(tokens, line, s, s + pm[1].length, pos++);
      pushToken(tokens, line, s + pm[1].length, s + raw.length, pos++);
      continue;
    }
    pushToken(tokens, line, s, s + raw.length, pos++);
  }
  return { tokens, shape: tokens.length ? describeLine(tokens) : { caps: false, title: false, table: false, dateline: false } };
}

function pushToken(tokens: NerToken[], text: string, start: number, end: number, pos: number): void {
  // a sentence starts after . ! ? and the quotes or brackets that follow or open it
  let k = tokens.length - 1;
  while (k >= 0 && pos - (tokens.length - 1 - k) > 0 && /^["“”‘’'()[\]«»\-–—•*]$/.test(tokens[k].text)) k--;
  const back = tokens.length - 1 - k;
  const sentStart = pos - back <= 0 || /^[.!?]$|^\.{2,}$/.test(tokens[k].text);
  tokens.push({ start, end, text: text.slice(start, end), line: 0, pos, sentStart });
}

const UPPER = /^\p{Lu}/u;
const LETTERS = /\p{L}/u;
const SMALL: ReadonlySet<string> = new Set(['a', 'an', 'and', 'as', 'at', 'for', 'from', 'in', 'of', 'on', 'the', 'to', 'with', 'by', 'over', 'after']);

function describeLine(tokens: NerToken[]): LineRead['shape'] {
  const first = 0, last = tokens.length;
  let words = 0, caps = 0, cap = 0, digits = 0, smallCap = 0;
  for (let i = first; i < last; i++) {
    const t = tokens[i].text;
    if (/\p{N}/u.test(t)) digits++;
    if (!LETTERS.test(t)) continue;
    words++;
    if (UPPER.test(t)) cap++;
    if (t.length > 1 && t === t.toUpperCase() && t !== t.toLowerCase()) caps++;
    if (UPPER.test(t) && i > first && SMALL.has(t.toLowerCase())) smallCap++;
  }
  const n = last - first;
  const lastText = tokens[last - 1].text;
  const title = words >= 3 && cap / words >= 0.75 && !/^[.!?"”]$/.test(lastText) && (smallCap > 0 || words <= 8);
  const t0 = tokens[first].text;
  const dateline = t0.length > 1 && t0 === t0.toUpperCase() && /\p{L}/u.test(t0)
    && tokens.slice(first + 1, Math.min(last, first + 6)).some((t) => /^(\d{4}-\d\d-\d\d|[-–—]|\(AP\)|\(Reuters\)|\d{4})$/.test(t.text));
  return { caps: words >= 2 && caps / words >= 0.6, title, table: n >= 3 && digits / n >= 0.3, dateline };
}
