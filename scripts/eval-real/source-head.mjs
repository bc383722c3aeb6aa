// The head of a gold attribution source ("the last word of the first noun phrase": Henry in
// "Fox News's Ed Henry", Cruz in "Sen. Ted Cruz of Texas", spokesman in "a spokesman for the campaign")
// and whether the source is named (holds a proper name), by simple word rules, without a parser.

// words that end the first noun phrase: prepositions, conjunctions, relative words, verbs of saying
const NP_END = new Set(('of for at from with in on to by about who whom whose which that and or but as like ' +
  'including among according said says say told tells added adds, said, when where while after before than ' +
  'himself herself themselves itself himself, also').split(' '));
const REFLEXIVE = /^(himself|herself|themselves|itself|ourselves|myself|yourself)$/i;
// capitalized words that are not names wherever they stand
const NOT_NAMES = new Set(('the a an he she they it we i you his her their its our my your this that these those ' +
  'some many most other others another one two three four five several both all each every few any no such ' +
  'mr mrs ms dr sen rep gov president').split(' '));
const WORD = /[\p{L}\p{N}][\p{L}\p{N}.’'&-]*|[^\s\p{L}\p{N}]/gu;

function words(text, frag) {
  const out = [];
  for (const m of text.slice(frag.start, frag.end).matchAll(WORD)) {
    out.push({ start: frag.start + m.index, end: frag.start + m.index + m[0].length, w: m[0] });
  }
  return out;
}

const isWord = (t) => /^[\p{L}\p{N}]/u.test(t.w);

function npHead(toks, from) {
  let head = null, i = from;
  for (; i < toks.length; i++) {
    const t = toks[i];
    if (!isWord(t)) {
      if (/^[,;:()[\]—–]$/.test(t.w) && head) break;
      continue;
    }
    if (head && (NP_END.has(t.w.toLowerCase()) || REFLEXIVE.test(t.w))) break;
    head = t;
  }
  return { head: head && { ...head, w: head.w.replace(/[’']s$/, '') }, next: i };
}

/**
 * The head word spans { start, end, w } of a source: the head of its first noun phrase, and the head of
 * a noun phrase in apposition right after it ("The state’s campaign chairman, Phil Lovas," → chairman, Lovas).
 */
export function sourceHeads(text, source) {
  const toks = words(text, source.frags[0]);
  const first = npHead(toks, 0);
  if (!first.head) return [];
  if (toks[first.next]?.w !== ',') return [first.head];
  const appos = npHead(toks, first.next + 1);
  return appos.head ? [first.head, appos.head] : [first.head];
}

function sentenceInitial(text, start) {
  const before = text.slice(Math.max(0, start - 4), start);
  return start === 0 || /(^|[.!?:"“”—]\s*|\n\s*)$/.test(before.trimEnd() ? before : '\n');
}

/**
 * Named: some capitalized word of the span is a proper name — not a closed-class word, and, when it
 * opens a sentence (where every word is capitalized), its lower-case form never occurs in the article.
 */
export function isNamedSource(text, source, lowerWords) {
  for (const frag of source.frags) {
    for (const t of words(text, frag)) {
      if (!/^\p{Lu}/u.test(t.w)) continue;
      const lower = t.w.toLowerCase().replace(/[’']s$/, '').replace(/\.$/, '');
      if (NOT_NAMES.has(lower)) continue;
      if (sentenceInitial(text, t.start) && lowerWords.has(lower)) continue;
      return true;
    }
  }
  return false;
}

/** The lower-case words of an article as written in lower case (for isNamedSource). */
export function lowerCaseWords(text) {
  return new Set(text.match(/\b\p{Ll}[\p{L}’'-]*/gu) ?? []);
}
