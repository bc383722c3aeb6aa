// Features of each token as 32-bit hashes: the word, its shape and affixes, a window of two, the lexicons,
// the line it sits on, what the document says about the word elsewhere, and what the rules decided.
import { gazetteerTags, lexiconTag } from './gazetteer';
import type { NerLine, NerToken } from './tokens';

/** FNV-1a over a string: the feature's identity in the weight table. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** "McDonald" -> "XxXx", "1996-08-22" -> "d-d-d": character classes with repeats collapsed. */
export function shape(w: string): string {
  let out = '';
  for (const ch of w) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{L}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (out[out.length - 1] !== c) out += c;
  }
  return out;
}

function longShape(w: string): string {
  let out = '';
  for (const ch of w.slice(0, 6)) out += /\p{Lu}/u.test(ch) ? 'X' : /\p{L}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
  return out;
}

/** What the tagger reads per document besides the tokens: the rules' tag for each token ("O" when none). */
export interface DocFacts {
  rule: string[];
}

/** The feature hashes of every token, in order. */
export function featurize(tokens: NerToken[], lines: NerLine[], facts: DocFacts): number[][] {
  const lower = tokens.map((t) => t.text.toLowerCase());
  const shapes = tokens.map((t) => shape(t.text));
  const lex = lower.map(lexiconTag);
  const gaz = gazetteerTags(lower);
  // document memory: lower-case uses of a word, and capitalized uses away from a sentence start or headline
  const lowerSeen = new Set<string>();
  const capSeen = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i], l = lines[t.line];
    if (/^\p{Ll}/u.test(t.text)) lowerSeen.add(lower[i]);
    else if (/^\p{Lu}\p{Ll}/u.test(t.text) && !t.sentStart && !l.caps && !l.title) capSeen.add(lower[i]);
  }
  const out: number[][] = [];
  const at = (a: string[], i: number): string => (i < 0 ? '<s>' : i >= a.length ? '</s>' : a[i]);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i], w = t.text, lw = lower[i], line = lines[t.line];
    const same = (j: number): boolean => j >= 0 && j < tokens.length && tokens[j].line === t.line;
    const lw1 = same(i - 1) ? lower[i - 1] : '<s>', lw2 = same(i - 2) ? lower[i - 2] : '<s>';
    const ln1 = same(i + 1) ? lower[i + 1] : '</s>', ln2 = same(i + 2) ? lower[i + 2] : '</s>';
    const sh = shapes[i], r = facts.rule[i];
    const kind = line.table ? 'T' : line.caps ? 'C' : line.title ? 'H' : 'P';
    const f: string[] = [
      'b', 'w=' + w, 'l=' + lw, 's=' + sh, 'S=' + longShape(w), 'p1=' + lw.slice(0, 1), 'p2=' + lw.slice(0, 2), 'p3=' + lw.slice(0, 3),
      'x2=' + lw.slice(-2), 'x3=' + lw.slice(-3), 'x4=' + lw.slice(-4),
      'l-1=' + lw1, 'l-2=' + lw2, 'l+1=' + ln1, 'l+2=' + ln2, 'l-1l=' + lw1 + '|' + lw, 'll+1=' + lw + '|' + ln1,
      's-1=' + (same(i - 1) ? shapes[i - 1] : '<s>'), 's+1=' + (same(i + 1) ? shapes[i + 1] : '</s>'),
      's-1s+1=' + (same(i - 1) ? shapes[i - 1] : '<s>') + '|' + sh + '|' + (same(i + 1) ? shapes[i + 1] : '</s>'),
      'lex=' + lex[i], 'lex-1=' + at(lex, i - 1), 'lex+1=' + at(lex, i + 1), 'lexs=' + lex[i] + '|' + sh,
      'gaz=' + gaz[i], 'gaz-1=' + at(gaz, i - 1), 'gaz+1=' + at(gaz, i + 1),
      'k=' + kind, 'ks=' + kind + '|' + sh, 'kl=' + kind + '|' + lw, 'ss=' + (t.sentStart ? 1 : 0) + '|' + sh,
      'pos=' + Math.min(t.pos, 4), 'dl=' + (line.dateline && t.pos < 3 ? t.pos : '-') + '|' + sh,
      'doc=' + (lowerSeen.has(lw) ? 'l' : '') + (capSeen.has(lw) ? 'c' : '') + '|' + sh,
      'r=' + r, 'r-1=' + at(facts.rule, i - 1), 'r+1=' + at(facts.rule, i + 1), 'rs=' + r + '|' + sh, 'rk=' + r + '|' + kind,
      'rl=' + r + '|' + lw,
    ];
    out.push(f.map(hash));
  }
  return out;
}
