// People, organizations and places: capitalized runs read from the tagged tokens, cleaned (no titles,
// quotes or possessive ’s), typed by gazetteers, cue words, context and compromise's tags, then made
// consistent over the document (one label per name; a surname alone is the person named in full).
import type { DocContext } from '../text/document';
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME, isKnownPlace, REGIONAL_DEMONYMS, REGIONS, PLACE_HEADS, PLACE_NOUNS, STATE_ABBREVIATIONS } from '../lexicon/places';
import { KNOWN_ORG_NAMES, NON_ORG_TAILS, ORG_DESCRIPTORS, ORG_HEADS } from '../lexicon/organizations';
import { HONORIFICS, isRoleNoun, TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles';
import type { EntityType, Mention } from '../types';

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

const words = new WeakMap<DocContext, Word[]>();

/** The document's words (built once per context). */
export function wordsOf(ctx: DocContext): Word[] {
  let ws = words.get(ctx);
  if (!ws) {
    ws = buildWords(ctx);
    words.set(ctx, ws);
  }
  return ws;
}

const LETTER = /\p{L}/u;
/** "Shenzhen-based", "Russian-led": the name stands before the hyphen. */
const HYPHEN_SUFFIXES: ReadonlySet<string> = new Set([
  'backed', 'based', 'born', 'bound', 'brokered', 'built', 'controlled', 'era', 'funded', 'headquartered', 'held', 'led',
  'linked', 'listed', 'made', 'owned', 'registered', 'run', 'speaking', 'sponsored', 'style', 'supported', 'wide',
]);
const UPPER_START = /^[\p{Lu}]/u;
const HYPHENS = '-‐‑';

function buildWords(ctx: DocContext): Word[] {
  if (!ctx.pieces) return buildWordsOf(ctx, 0, ctx.tokens.length, []);
  // words never span two sentences, so never two pieces: each piece's words are built once and then
  // reused (moved along when the piece moved)
  const out: Word[] = [];
  for (let k = 0; k < ctx.pieces.length; k++) {
    const p = ctx.pieces[k];
    const to = k + 1 < ctx.pieces.length ? ctx.pieces[k + 1].first : ctx.tokens.length;
    const built = p.entry.memo.get('words');
    const first = out.length;
    if (!built) {
      buildWordsOf(ctx, p.first, to, out);
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
function lowerKey(ws: Word[], a: number, b: number): string {
  if (a >= b) return '';
  let key = ws[a].lower;
  for (let k = a + 1; k < b; k++) key += ' ' + ws[k].lower;
  return key;
}

/** Lower-case words allowed inside a name ("Law Society of Kenya", "Khalid bin Hamad", "Ludwig van Beethoven"). */
const CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'and', '&', 'for', 'the', 'de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'bin', 'bint', 'ibn',
  'al', 'el', 'la', 'le', 'y', 'dos', 'das', 'ter', 'zu',
]);
const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'bin', 'bint', 'ibn', 'al', 'el', 'la', 'le', 'y', 'dos', 'das', 'ter', 'zu']);
const STRONG_FUNCTION_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'QuestionWord', 'Modal', 'Copula', 'Auxiliary'];
const FUNCTION_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'QuestionWord', 'Gerund', 'PastTense', 'Imperative', 'Modal', 'Copula', 'Auxiliary'];
const MONTHS_DAYS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
/** Named storms are not people ("Hurricane Sally", "Tropical Storm Delia", "Typhoon Haiyan"). */
const STORM_WORDS: ReadonlySet<string> = new Set(['cyclone', 'hurricane', 'storm', 'superstorm', 'tropical', 'typhoon']);
const MOTION_VERBS = /^(flew|fly|flies|flying|travel(?:l?ed|s|ling)?|went|go|goes|going|return(?:ed|s|ing)?|moved?|headed|sent|deployed|fled|drove|sailed|came|come|returns|back)$/;
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'from', 'outside', 'across', 'into', 'to', 'towards', 'toward', 'via']);
const SPEECH = /^(said|says|say|told|added|stated|announced|warned|wrote|asked|explained|noted|argued|insisted|according)$/;
/** Capitalized words that are never names on their own. */
/** Small words that only Title Case capitalizes inside a sentence. */
const TITLE_CASE_SMALL_WORDS: ReadonlySet<string> = new Set(['a', 'after', 'and', 'as', 'at', 'for', 'from', 'in', 'into', 'of', 'on', 'over', 'the', 'to', 'with']);
const ALWAYS_NOT_NAMES: ReadonlySet<string> = new Set(['a', 'and', 'at', 'but', 'by', 'for', 'from', 'he', 'i', 'if', 'in', 'it', 'of', 'on', 'or', 'she', 'the', 'to', 'we', 'with', 'you', 'they', 'this', 'that', 'these', 'those', 'our', 'my', 'your', 'their', 'his', 'her', 'its']);
const NOT_NAMES: ReadonlySet<string> = new Set([
  'a', 'about', 'after', 'against', 'also', 'although', 'am', 'among', 'an', 'and', 'as', 'at', 'because', 'before', 'behind',
  'but', 'by', 'ceo', 'cfo', 'coo', 'cto', 'despite', 'during', 'each', 'every', 'for', 'from', 'gdp', 'he', 'her', 'here', 'his',
  'however', 'i', 'if', 'in', 'inside', 'instead', 'it', 'its', 'meanwhile', 'mp', 'mps', 'my', 'no', 'not', 'o', 'of', 'ok',
  'on', 'once', 'or', 'our', 'outside', 'over', 'pm', 'she', 'since', 'so', 'some', 'such', 'that', 'the', 'their', 'them',
  'then', 'there', 'these', 'they', 'this', 'those', 'though', 'through', 'to', 'tv', 'under', 'until', 'upon', 'us', 'vs', 'we',
  'what', 'when', 'where', 'whether', 'which', 'while', 'who', 'why', 'with', 'within', 'without', 'yes', 'yet', 'you', 'your',
]);

/** Possessives that belong inside names ("Langata Women's Prison", "People's Liberation Army"). */
const POSSESSIVE_IN_NAMES: ReadonlySet<string> = new Set(['children', 'people', 'peoples', 'veterans', 'women', 'men', 'workers', 'lloyd']);
/** Ranks that, before a single name, are part of how a person is called. */
const RANKS: ReadonlySet<string> = new Set([
  'admiral', 'archbishop', 'ayatollah', 'brigadier', 'cardinal', 'colonel', 'emir', 'gen', 'general', 'imam', 'king',
  'marshal', 'pope', 'prince', 'princess', 'queen', 'sheikh', 'sultan',
]);
const SPORTS_WORDS: ReadonlySet<string> = new Set([
  'batting', 'bowled', 'bowling', 'innings', 'tournament', 'wicket', 'wickets', 'coach', 'defender', 'draw', 'equalised', 'equalized', 'goal', 'goalkeeper', 'goals', 'halftime', 'league', 'match',
  'midfielder', 'penalty', 'scored', 'season', 'striker', 'substitution', 'winger',
]);
/** ", a professor of ...", ", the startup's chief executive": an apposition with a title after word b - 1. */
function describedAsPerson(env: Env, b: number): boolean {
  const { ws } = env;
  if (b >= ws.length || b < 1 || ws[b].sentence !== ws[b - 1].sentence || env.text.slice(ws[b - 1].end, ws[b].start).trim() !== ',') return false;
  if (ORG_HEADS.has(ws[b - 1].lower)) return false;
  const look = ws.slice(b, b + 5);
  const k = look.findIndex((w) => TITLE_HEADS.has(w.lower));
  return k >= 0 && /^(a|an|the)$/.test(look[0].lower) && look.slice(0, k).every((w) => /^(a|an|the)$/.test(w.lower) || isTitleish(w) || (!w.cap && !w.punct));
}
const placeTagOf = (ws: Word[], a: number, b: number): boolean => ws.slice(a, b).some((w) => hasTag(w, 'Country', 'City', 'Region') || isKnownPlace(w.lower));
const placeWordIn = (ws: Word[], a: number, b: number): boolean => ws.slice(a, b).some((w) => hasTag(w, 'Place', 'City', 'Region', 'Country') || isKnownPlace(w.lower));
const orgTagOf = (ws: Word[], a: number, b: number): boolean => ws.slice(a, b).some((w) => w.tags.has('Organization') || ORG_HEADS.has(w.lower));
const isDemonym = (w: Word): boolean => COUNTRY_BY_DEMONYM.has(w.lower) || REGIONAL_DEMONYMS.has(w.lower)
  || (/s$/.test(w.lower) && (COUNTRY_BY_DEMONYM.has(w.lower.slice(0, -1)) || REGIONAL_DEMONYMS.has(w.lower.slice(0, -1))));
const isTitleish = (w: Word): boolean => TITLE_HEADS.has(w.lower) || TITLE_MODIFIERS.has(w.lower) || HONORIFICS.has(w.lower) || isDemonym(w);
const hasTag = (w: Word, ...tags: string[]): boolean => tags.some((t) => w.tags.has(t));

interface Candidate {
  a: number;
  b: number; // word range [a, b)
  type: EntityType;
  strength: number;
  /** A title or honorific stood right before (kept for aliases like "General Bagheri"). */
  title?: string;
  /** Typed by its position (a dateline): not changed by the document's votes. */
  fixed?: boolean;
}

interface Env {
  text: string;
  ws: Word[];
  capsSentence: boolean[];
  sports: boolean;
  /** Words written in lower case somewhere in the document: common words, when capitalized at a sentence start. */
  lowerVocabulary: Set<string>;
  /** Names that are not entities wherever they stand (a storm's name). */
  blocked: Set<string>;
  tableLine: Set<number>; // word indexes in results-table lines
}

/** Can this word be part of a name run? */
function namey(w: Word, env: Env): boolean {
  if (w.punct) return false;
  if (!w.cap) return /^(al|el|ad|as|an|ar|at|az|ash|abu|bin|ibn|ben|da|de|di|du|van|von)-\p{Lu}/u.test(w.text); // "el-Sisi", "al-Assad"

  if (w.lower.includes('-') && w.lower.split('-').some((x) => MONTHS_DAYS.has(x))) return false; // "July-September"
  if (/^[DRI]-\p{Lu}/u.test(w.text)) return false; // "D-Mass.", "R-La.": a party and a state after a lawmaker's name
  if (w.text.includes('-') && w.lower.split('-').every((x) => COUNTRY_BY_DEMONYM.has(x) || REGIONAL_DEMONYMS.has(x))) return false; // "Chinese-Indonesian"
  // an initial ("A. Stewart"); a letter of its own only as a whole name ("X", the network), not as a label ("Group C")
  if (/^\p{Lu}$/u.test(w.text)) {
    if (env.text[w.end] === '.') return w.text !== 'I';
    const prev = w.index > 0 ? env.ws[w.index - 1] : undefined;
    return !/^[IA]$/.test(w.text) && !(prev && prev.cap && joined(env, w.index - 1, w.index)) && !(prev && /^(no|number|plan|type|grade|class|category|group|phase|section|article|part|point)$/.test(prev.lower));
  }
  // function words: never names at a sentence start; inside a sentence a capitalized "An" or "Do" may be one (Nguyen Van An)
  if (NOT_NAMES.has(w.lower) && !(w.caps && w.text.length > 1 && !env.capsSentence[w.sentence]) && (w.weak || ALWAYS_NOT_NAMES.has(w.lower))) return false;
  if (MONTHS_DAYS.has(w.lower.replace(/\.$/, ''))) return false;
  if (/^\p{N}/u.test(w.text) || (w.tags.has('Cardinal') && !w.tags.has('ProperNoun')) || w.tags.has('Ordinal')) return false;
  if (env.capsSentence[w.sentence]) return false; // headlines in capitals or Title Case: only known names (second pass)
  return true;
}

function joined(env: Env, a: number, b: number): boolean {
  // words a and b (= a + 1) are in one name only if only plain spaces (or " & ") separate them
  const x = env.ws[a], y = env.ws[b];
  if (!x || !y) return false;
  if (x.possessive && x.cap && y.cap && POSSESSIVE_IN_NAMES.has(x.lower) && x.sentence === y.sentence && /^['’]s[ \t]$/.test(env.text.slice(x.end, y.start))) return true;
  if (x.sentence !== y.sentence || x.possessive) return false;
  const gap = env.text.slice(x.end, y.start);
  if (/^\.[ \t\u00a0]$/.test(gap) && (/^\p{Lu}$/u.test(x.text) || /^(st|mt|ft)$/.test(x.lower)) && y.cap) return true; // "R. Premadasa", "St. Paul"
  return /^[ \t\u00a0]+$/.test(gap) || /^ & $/.test(gap);
}

const MAX_NAME_WORDS = 12;

/** Runs of name words of ws[from, to), relative to from. */
function relativeRuns(env: Env, from: number, to: number): Array<[number, number]> {
  const out = runs(env, from, to);
  for (const r of out) { r[0] -= from; r[1] -= from; }
  return out;
}

/**
 * Runs of name words (with connectors inside) among words [from, to), whole sentences: a run never spans
 * two sentences (joined() says no), so the runs of a piece are those it has in the whole document.
 */
function runs(env: Env, from: number, to: number): Array<[number, number]> {
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

function classifyRun(env: Env, a: number, b: number, out: Candidate[]): void {
  const { ws } = env;
  if (a >= b) return;
  const lowerOf = (x: number, y: number): string => lowerKey(ws, x, y);
  // the whole run is a known place ("Islamic Republic of Iran", "Russian Federation")
  if (isKnownPlace(lowerOf(a, b))) { out.push({ a, b, type: 'place', strength: 3 }); return; }

  // leading titles: "Russian Defense Minister Sergei Shoigu", "Chief of Staff of the Iranian Armed Forces"
  let p = a, lastHead = -1;
  while (p < b && (isTitleish(ws[p]) || (p > a && CONNECTORS.has(ws[p].lower)))) {
    if (TITLE_HEADS.has(ws[p].lower) || HONORIFICS.has(ws[p].lower)) lastHead = p;
    p++;
  }
  let title: string | undefined;
  if (lastHead < 0) {
    // a title inside the run: "Fisheries Minister Karin Bjorvik", "ECB President Élodie Marchand", "U.S. District Judge Miriam Okafor"
    let k = b - 2;
    while (k > a && !(TITLE_HEADS.has(ws[k].lower) && !CONNECTORS.has(ws[k + 1].lower) && !isTitleish(ws[k + 1]))) k--;
    if (k > a && TITLE_HEADS.has(ws[k].lower) && !ORG_HEADS.has(ws[b - 1].lower) && !ws.slice(k + 1, b).some((w) => TITLE_HEADS.has(w.lower))) {
      let t0 = k;
      while (t0 > a && (isTitleish(ws[t0 - 1]) || CONNECTORS.has(ws[t0 - 1].lower))) t0--;
      // what stands before the title is a name of its own when it is an acronym, a known place or an organization
      let p0 = t0;
      while (p0 > a) {
        const pre = lowerOf(a, p0);
        if (isKnownPlace(pre) || ORG_HEADS.has(ws[p0 - 1].lower) || (p0 - a === 1 && ws[a].caps)) break;
        p0--;
      }
      if (p0 > a && !COUNTRY_BY_DEMONYM.has(lowerOf(a, p0)) && !REGIONAL_DEMONYMS.has(lowerOf(a, p0))) classifyCore(env, a, p0, out, undefined);
      return classifyCore(env, k + 1, b, out, env.text.slice(ws[p0].start, ws[k].end), k);
    }
  }
  if (lastHead >= 0) {
    if (p === b && (lastHead === b - 1 || !ORG_HEADS.has(ws[b - 1].lower))) return; // only a title ("Chief of Staff", "Minister of Defense")
    const endsInOrg = ORG_HEADS.has(ws[b - 1].lower);
    if (!(endsInOrg && lastHead === a && p - a === 1 && b - a <= 3 && !HONORIFICS.has(ws[a].lower))) {
      title = env.text.slice(ws[a].start, ws[lastHead].end);
      let s = lastHead + 1;
      while (s < b && CONNECTORS.has(ws[s].lower)) s++;
      if (s >= b) return;
      return classifyCore(env, s, b, out, title, lastHead);
    }
  }
  // a leading demonym before a name that is not an organization ("Israeli Noam Bar-Lev")
  classifyCore(env, a, b, out, undefined);
}

function classifyCore(env: Env, a: number, b: number, out: Candidate[], title: string | undefined, titleAt = -1): void {
  const { ws } = env;
  // a rank with a single name is how the person is called: "General Bagheri", "Sheikh Khalid"
  if (titleAt >= 0 && titleAt === a - 1 && b - a === 1 && RANKS.has(ws[titleAt].lower.replace(/\.$/, ''))) {
    out.push({ a: titleAt, b, type: 'person', strength: 3, title });
    return;
  }
  const lowerOf = (x: number, y: number): string => lowerKey(ws, x, y);
  while (a < b && CONNECTORS.has(ws[a].lower) && !NAME_PARTICLES.has(ws[a].lower)) a++;
  while (b > a && CONNECTORS.has(ws[b - 1].lower) && !ws[b - 1].cap) b--;
  if (b - a > 1 && NON_ORG_TAILS.has(ws[b - 1].lower) && !ws.slice(a, b - 1).some((w) => ORG_HEADS.has(w.lower))) return; // "U.S. Open", "Paris Agreement"
  // "U.S. Federal Reserve": an abbreviated country before an organization is a name of its own
  if (b - a > 1 && ws[a].text.includes('.') && isKnownPlace(ws[a].lower) && ws[a].caps && !ws.slice(a, b).some((w) => /^(of|for)$/.test(w.lower))) {
    out.push({ a, b: a + 1, type: 'place', strength: 2 });
    return classifyCore(env, a + 1, b, out, title);
  }
  if (a >= b) return;
  if (isKnownPlace(lowerOf(a, b))) { out.push({ a, b, type: 'place', strength: 3 }); return; }
  // organization heads, and document / event names after them ("UN Security Council Resolution 2231")
  let lastOrg = -1;
  for (let k = a; k < b; k++) if (ORG_HEADS.has(ws[k].lower) && k > a) lastOrg = k;
  for (let k = a + 1; k < b; k++) {
    if (NON_ORG_TAILS.has(ws[k].lower)) {
      if (lastOrg >= 0 && lastOrg < k) return classifyCore(env, a, lastOrg + 1, out, title);
      if (k === b - 1) return; // "Paris Agreement", "World Cup": not a person, place or organization
    }
  }
  // split at "and" unless the whole is one organization; split "X of Y" unless X heads an organization or a place
  let ofKept = false;
  for (let k = a + 1; k < b - 1; k++) {
    const w = ws[k].lower;
    const ofOrg = ws.slice(a, k).some((x, q) => ORG_HEADS.has(x.lower) && /^(of|for)$/.test(ws[a + q + 1]?.lower ?? ''));
    if ((w === 'and' || w === '&') && !ofOrg && !(w === '&' && k === a + 1 && b === k + 2) && (!ORG_HEADS.has(ws[b - 1].lower) || isKnownPlace(lowerOf(a, k)) || ws[k + 1].lower === 'the')) {
      classifyCore(env, a, k, out, title);
      classifyCore(env, k + 1, b, out, undefined);
      return;
    }
    if (w === 'of' || w === 'for' || w === 'on') {
      const left = ws[k - 1].lower;
      const orgish = ORG_HEADS.has(left) || PLACE_HEADS.has(left) || /^(north|south|east|west|central|republic|kingdom|state|states|emirate|province|city|isle|islands|bank|university|gulf|bay|sea|cape|federation|union|league|ministry|department|office|court|house|people|friends|daughters|sons|sisters|brothers|church|order|knights|army|navy|bureau)$/.test(left);
      if (orgish) ofKept = true;
      if (!orgish && !ofKept) {
        classifyCore(env, a, k, out, title);
        classifyCore(env, k + 1, b, out, undefined);
        return;
      }
    }
  }
  // sentence-initial capitals: drop a leading common word
  if (ws[a].weak && b - a > 1 && (hasTag(ws[a], ...STRONG_FUNCTION_TAGS) || (hasTag(ws[a], ...FUNCTION_TAGS) && (env.lowerVocabulary.has(ws[a].lower) || /(ly|ing|ed)$/.test(ws[a].lower))))
    && !hasTag(ws[a], 'Person', 'Place', 'Organization', 'FirstName')
    && !NAME_PARTICLES.has(ws[a].lower) && !describedAsPerson(env, b) && !(/^\p{Lu}$/u.test(ws[a].text) && env.text[ws[a].end] === '.')) {
    return classifyCore(env, a + 1, b, out, title);
  }
  if (b - a > 1 && isDemonym(ws[a]) && !ORG_HEADS.has(ws[b - 1].lower) && !isKnownPlace(lowerOf(a, b))) {
    return classifyCore(env, a + 1, b, out, title);
  }
  if (b - a > 2 && COUNTRY_BY_DEMONYM.has(lowerOf(a, a + 2)) && !ORG_HEADS.has(ws[b - 1].lower)) return classifyCore(env, a + 2, b, out, title);
  if (b - a > 1 && ws[a].weak && ORG_DESCRIPTORS.has(ws[a].lower) && !hasTag(ws[a], 'Person', 'Place', 'Organization')) {
    const before = out.length;
    classifyCore(env, a + 1, b, out, title);
    for (let k = before; k < out.length; k++) if (out[k].a === a + 1 && out[k].strength < 2.5) { out[k].type = 'organization'; out[k].strength = 2.5; }
    return;
  }
  // "Off-spinner Kasun Wickramasinghe": an occupation written capitalized at the start of a sentence
  if (b - a > 1 && ws[a].weak && !ws[a].caps && isRoleNoun(ws[a].lower, ws[a].tags) && !ws[a].tags.has('Person')
    && (TITLE_HEADS.has(ws[a].lower) || ws[a].tags.has('Actor') || env.lowerVocabulary.has(ws[a].lower) || ws[a].text.includes('-')) && !ws[a].tags.has('FirstName') && !ORG_HEADS.has(ws[b - 1].lower)) {
    return classifyCore(env, a + 1, b, out, env.text.slice(ws[a].start, ws[a].end), a);
  }
  const n = b - a;
  const first = ws[a], last = ws[b - 1];
  const key = lowerOf(a, b);
  const before = a > 0 && ws[a - 1].sentence === first.sentence ? ws[a - 1] : undefined;
  const after = b < ws.length && ws[b].sentence === last.sentence ? ws[b] : undefined;
  const after2 = after && b + 1 < ws.length && ws[b + 1].sentence === last.sentence ? ws[b + 1] : undefined;
  const push = (type: EntityType, strength: number): void => { out.push({ a, b, type, strength, title }); };
  const inTable = env.tableLine.has(a);
  const placeWord = (w: Word): boolean => hasTag(w, 'Place', 'Country', 'City', 'Region') || isKnownPlace(w.lower);
  const afterPlacePrep = before && PLACE_PREPOSITIONS.has(before.lower) && !env.text.slice(before.end, first.start).includes('\n');
  const roleBefore = before && !before.cap && !before.possessive && isRoleNoun(before.lower, before.tags) && !ORG_DESCRIPTORS.has(before.lower);
  if (env.sports && !afterPlacePrep && !title && !roleBefore && (n === 1 ? placeWord(first) : placeWord(last) || ORG_HEADS.has(last.lower))
    && !COUNTRY_BY_NAME.has(key) && !REGIONS.has(key) && !first.tags.has('FirstName')
    && !(n > 1 && ws.slice(a, b).some((w) => w.tags.has('Person')))) return push('organization', 2.5);
  if ((n > 1 && /^\p{Lu}$/u.test(last.text)) || (after && /^\p{Lu}$/u.test(after.text) && env.text[after.end] !== '.' && joined(env, b - 1, b))) return; // "Group C", "Category 3": labels, not names

  if (KNOWN_ORG_NAMES.has(key)) return push('organization', 3);
  if (n === 1 && isDemonym(first)) return; // "Russian", "Iranian"
  if (n > 1 && isDemonym(last) && !ORG_HEADS.has(last.lower)) return; // "Many Syrians", "young Europeans"
  if (STORM_WORDS.has(first.lower)) { env.blocked.add(ws.slice(a + (first.lower === 'tropical' ? 2 : 1), b).map((w) => w.lower).join(' ')); return; } // "Hurricane Sally"
  if (n === 2 && (COUNTRY_BY_DEMONYM.has(key) || REGIONAL_DEMONYMS.has(key))) return; // "South Korean", "West Indian"
  if (n === 1 && (TITLE_HEADS.has(key) || TITLE_MODIFIERS.has(key) || HONORIFICS.has(key))) return;
  if (isKnownPlace(key)) return push('place', 3);
  if (n === 1 && STATE_ABBREVIATIONS.has(first.text.replace(/\.$/, '')) && before && env.text.slice(before.end, first.start).includes(',')) return push('place', 2.5);
  if (after && env.text.slice(last.end, after.start).trim() === ',' && (STATE_ABBREVIATIONS.has(after.text.replace(/\.$/, '')) || isKnownPlace(after.lower))
    && !ORG_HEADS.has(last.lower) && !(n > 1 && first.tags.has('FirstName'))) return push('place', 2.2);
  if (n > 1 && ORG_HEADS.has(last.lower)) return push('organization', 3);
  if (n > 2 && PLACE_HEADS.has(first.lower) && ws[a + 1].lower === 'of') return push('place', 2.5);
  if (n > 1 && ws.slice(a, b).some((w, k) => ORG_HEADS.has(w.lower) && /^(of|for|on)$/.test(ws[a + k + 1]?.lower ?? ''))) return push('organization', 3);
  if (n > 1 && PLACE_HEADS.has(last.lower)) return push('place', 2.5);
  const acronym = n === 1 && first.caps && /^[\p{Lu}.&]{2,7}$/u.test(first.text);
  if (acronym) return push('organization', 2);
  if (title) return push('person', 3);
  // a role word right before: "chief executive Priya Natarajan", "officers Noam Bar-Lev", "Mr. Raisi"
  if (before && (TITLE_HEADS.has(before.lower) || TITLE_HEADS.has(before.lower.replace(/s$/, '')) || HONORIFICS.has(before.lower)) && !before.possessive) {
    return push('person', 3);
  }
  if (before && ORG_DESCRIPTORS.has(before.lower) && !before.cap) return push('organization', 2.5);
  // "seamer Pasindu Ekanayake", "opposition candidate Folasade Adeyemi"
  if (before && !before.cap && !before.possessive && isRoleNoun(before.lower, before.tags) && /^[ \t]+$/.test(env.text.slice(before.fullEnd, first.start))
    && !ORG_HEADS.has(last.lower) && !placeTagOf(ws, a, b)) return push('person', 2.5);
  // "provinces of Caylloma and Castilla", "parts of Ede"
  if (before && before.lower === 'of' && a >= 2 && /^(parts?|provinces?|regions?|districts?|states?|cities|city|towns?|villages?|areas?|outskirts|suburbs?|centre|center|north|south|east|west)$/.test(ws[a - 2].lower)
    && !orgTagOf(ws, a, b) && !first.tags.has('FirstName')) return push('place', 1.8);
  if (inTable) {
    if (n > 1 && ws.slice(a, b).some((w) => hasTag(w, 'Person', 'FirstName')) && !placeWordIn(ws, a, b)) return push('person', 2);
    return push('organization', 2.5);
  }
  const personTag = ws.slice(a, b).some((w) => w.tags.has('Person') && !w.tags.has('Honorific'));
  // a bare Place tag on the first of several words is a guess ("Diego", "Park"): only a city, country, region or the last word counts
  const placeTag = ws.slice(a, b).some((w, k) => hasTag(w, 'Country', 'City', 'Region') || (w.tags.has('Place') && (k === n - 1 || n === 1)));
  if (n === 1 && after && HYPHEN_SUFFIXES.has(after.lower) && /^[-‐‑]$/.test(env.text.slice(last.end, after.start)) && /^(based|headquartered)$/.test(after.lower)) return push('place', 2);
  // "Park Seo-yeon, a professor of ...": a person described by an apposition
  if (describedAsPerson(env, b)) return push('person', 2.6);
  // "Kuwait 's Al Shabab", "Lebanon's Nejmeh": a team or company of a country
  const possessor = before && (before.possessive ? before : before.lower === 's' && /['’]$/.test(env.text.slice(Math.max(0, before.start - 1), before.start)) && a >= 2 ? ws[a - 2] : undefined);
  if (possessor && isKnownPlace(possessor.lower) && !ws.slice(a, b).some((w) => hasTag(w, 'Person', 'FirstName'))) return push('organization', 2);
  if (before && before.lower === 'in' && a >= 2 && /^(shares|stake|stakes|investment|investments|holding|holdings|investors)$/.test(ws[a - 2].lower) && !placeTag) return push('organization', 2.2);
  // "in Montgomery", "near Bayou La Batre"
  if (before && /^(in|near)$/.test(before.lower) && !first.tags.has('FirstName') && n <= 3 && !orgTagOf(ws, a, b) && (n === 1 || !personTag)) return push('place', n === 1 ? 2.2 : 1.5);
  if (n === 1 && before && before.lower === 'the' && a >= 2 && /^(in|near|at|across|into|from)$/.test(ws[a - 2].lower) && !ORG_HEADS.has(key)) return push('place', 1.2);
  const orgTag = ws.slice(a, b).some((w) => w.tags.has('Organization'));
  if (first.weak && n === 1 && ((!personTag && !placeTag && !orgTag) || ORG_HEADS.has(key))) return; // "Software", "Police", "Analyst"
  const speech = (after && SPEECH.test(after.lower)) || (before && SPEECH.test(before.lower) && before.lower !== 'according')
    || (after && env.text.slice(last.end, after.start).includes(',') && /^(a|an|the|who|whose|\d+)$/.test(after.lower) && after2 && !after2.cap);
  if (n > 1 && first.tags.has('FirstName') && !placeTag && !orgTag) return push('person', 2);
  if (orgTag && !personTag) return push('organization', 2);
  if (personTag && !(placeTag && n === 1)) return push('person', 2);
  if (placeTag) return push('place', 2);
  if (after && PLACE_NOUNS.has(after.lower) || after2 && !after?.cap && PLACE_NOUNS.has(after2.lower) && after && !after.possessive) return push('place', 1.5);
  if (n === 1 && after && /^(government|authorities|embassy|municipality|administration|regime)$/.test(after.lower) && !orgTag) return push('place', 1.5);
  if (speech) return push(n <= 4 ? 'person' : 'organization', 1.5);
  if (before && before.lower === 'according' ) return push('organization', 1);
  if (n === 1 && before && PLACE_PREPOSITIONS.has(before.lower) && (before.lower !== 'to' || (a >= 2 && MOTION_VERBS.test(ws[a - 2].lower)))) return push('place', 1.2);
  if (n === 1 && before && /^(of|to|by|with|for|from)$/.test(before.lower) && a >= 2 && ws[a - 2].lower === 'according') return push('organization', 1);
  if (n >= 2 && n <= 4 && !ws.slice(a, b).some((w) => w.caps)) return push('person', 1);
  push('organization', 0.5);
}

/** Dateline at a paragraph start: "TEHRAN –", "NAIROBI, Kenya (AP) —", "LONDON 1996-08-30". */
function datelines(env: Env, ctx: DocContext, out: Candidate[]): void {
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
    if (b > w && ws.slice(w, b).every((x) => x.caps)) out.push({ a: w, b, type: 'place', strength: 3, fixed: true });
  }
}

/** Lines of a results table ("Leeds 2 Arsenal 1"): names and numbers, no running text. */
function tableLines(env: Env): Set<number> {
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

export interface EntityResult {
  mentions: Mention[];
  /** Title or honorific written before a mention, by mention start ("General" for "General Bagheri"). */
  titles: Map<number, string>;
}

const results = new WeakMap<DocContext, EntityResult>();

export function findEntities(ctx: DocContext): Mention[] {
  return entityResult(ctx).mentions;
}

export function entityResult(ctx: DocContext): EntityResult {
  let r = results.get(ctx);
  if (!r) {
    r = computeEntities(ctx);
    results.set(ctx, r);
  }
  return r;
}

/** Headline sentences (capitals or Title Case) among sentences [s0, s1), whose words are ws[w0, w1): written into capsSentence. */
function markCapsSentences(ctx: DocContext, ws: Word[], w0: number, w1: number, s0: number, s1: number, capsSentence: boolean[]): void {
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

/** What computeEntities reads of one piece's words alone, kept with the piece (see PieceEntry.memo). */
interface PieceFacts {
  /** Headline flags of its sentences. */
  caps: boolean[];
  sports: number;
  /** Its distinct lower-case words. */
  lower: string[];
  /** Name runs, word indexes relative to its first word; valid with the word before it and the character after it. */
  runs: Array<[number, number]>;
  prevLower: string | undefined;
  nextChar: string | undefined;
}

function computeEntities(ctx: DocContext): EntityResult {
  const ws = wordsOf(ctx);
  const capsSentence = ctx.sentences.map(() => false);
  const lowerVocabulary = new Set<string>();
  let sportsWords = 0;
  const env: Env = { text: ctx.text, ws, capsSentence, tableLine: new Set(), sports: false, lowerVocabulary, blocked: new Set() };
  let nameRuns: Array<[number, number]>;
  if (!ctx.pieces) {
    markCapsSentences(ctx, ws, 0, ws.length, 0, ctx.sentences.length, capsSentence);
    for (const w of ws) if (SPORTS_WORDS.has(w.lower)) sportsWords++;
    for (const w of ws) if (!w.cap && !w.punct) lowerVocabulary.add(w.lower);
    nameRuns = runs(env, 0, ws.length);
  } else {
    // each piece's sentence flags, sports words, lower-case words and name runs, built once per piece (runs
    // also depend on the word before the piece and the character after it: rebuilt when those changed)
    nameRuns = [];
    let w0 = 0;
    for (const p of ctx.pieces) {
      const s0 = p.sentence, s1 = p.sentence + p.sentences;
      let w1 = w0;
      while (w1 < ws.length && ws[w1].sentence < s1) w1++;
      const prevLower = w0 > 0 ? ws[w0 - 1].lower : undefined;
      const nextChar = ctx.text[ctx.sentences[s1 - 1].end];
      const memo = p.entry.memo.get('entities');
      let facts = memo?.items[0] as PieceFacts | undefined;
      if (!facts) {
        markCapsSentences(ctx, ws, w0, w1, s0, s1, capsSentence);
        let sports = 0;
        const lower = new Set<string>();
        for (let i = w0; i < w1; i++) {
          const w = ws[i];
          if (SPORTS_WORDS.has(w.lower)) sports++;
          if (!w.cap && !w.punct) lower.add(w.lower);
        }
        facts = { caps: capsSentence.slice(s0, s1), sports, lower: [...lower], runs: relativeRuns(env, w0, w1), prevLower, nextChar };
        p.entry.memo.set('entities', { base: p.base, sentence: p.sentence, first: w0, items: [facts] });
      } else {
        for (let k = 0; k < facts.caps.length; k++) capsSentence[s0 + k] = facts.caps[k];
        if (facts.prevLower !== prevLower || facts.nextChar !== nextChar) {
          facts = { ...facts, runs: relativeRuns(env, w0, w1), prevLower, nextChar };
          p.entry.memo.set('entities', { base: p.base, sentence: p.sentence, first: w0, items: [facts] });
        }
      }
      sportsWords += facts.sports;
      for (const x of facts.lower) lowerVocabulary.add(x);
      for (const [a, b] of facts.runs) nameRuns.push([a + w0, b + w0]);
      w0 = w1;
    }
  }
  env.sports = sportsWords >= 3;
  env.tableLine = tableLines(env);
  const cands: Candidate[] = [];
  datelines(env, ctx, cands);
  const dated = new Set<number>();
  for (const c of cands) for (let k = c.a; k < c.b; k++) dated.add(k);
  for (const [a, b] of nameRuns) {
    if (dated.has(a)) { if (b > a + 1 && !dated.has(b - 1)) classifyRun(env, a + 1, b, cands); continue; }
    classifyRun(env, a, b, cands);
  }

  // document-level votes: one label per name; surnames and short forms inherit
  const votes = new Map<string, Map<EntityType, number>>();
  const vote = (key: string, type: EntityType, s: number): void => {
    let v = votes.get(key);
    if (!v) votes.set(key, (v = new Map()));
    v.set(type, (v.get(type) ?? 0) + s);
  };
  const keyOf = (a: number, b: number): string => lowerKey(ws, a, b);
  const surnames = new Set<string>();
  const orgShort = new Set<string>();
  if (env.blocked.size) {
    const kept = cands.filter((c) => !env.blocked.has(keyOf(c.a, c.b)));
    cands.length = 0;
    cands.push(...kept);
  }
  for (const c of cands) if (!c.fixed || !env.sports) vote(keyOf(c.a, c.b), c.type, c.strength);
  for (const c of cands) {
    const n = c.b - c.a;
    if (c.type === 'person' && n >= 2) {
      const lastW = ws[c.b - 1];
      if (!lastW.caps) vote(lastW.lower, 'person', Math.min(c.strength, 2.5));
      const firstW = ws[c.a];
      if (!firstW.caps && !isKnownPlace(firstW.lower) && !NAME_PARTICLES.has(firstW.lower) && !RANKS.has(firstW.lower)) vote(firstW.lower, 'person', Math.min(c.strength, 2.5) / 2);
      let p = c.b - 1;
      while (p - 1 > c.a && NAME_PARTICLES.has(ws[p - 1].lower)) p--;
      if (p < c.b - 1) vote(keyOf(p, c.b), 'person', 2);
      if (n >= 3 && ws[c.b - 2].cap && !ws[c.b - 2].caps) {
        vote(keyOf(c.b - 2, c.b), 'person', 1);
        if (!NAME_PARTICLES.has(ws[c.b - 2].lower)) { vote(ws[c.b - 2].lower, 'person', 1); surnames.add(ws[c.b - 2].lower); }
      }
      if (!lastW.caps) surnames.add(lastW.lower);
    }
    if (c.type === 'organization' && n >= 2) {
      const f = ws[c.a];
      if (!f.caps && f.tags.has('ProperNoun') && !hasTag(f, 'Adjective', ...FUNCTION_TAGS) && !isTitleish(f) && !isKnownPlace(f.lower)
        && !ORG_HEADS.has(f.lower)) { vote(f.lower, 'organization', 1); if (c.strength >= 3 && !hasTag(f, 'Place', 'City', 'Region', 'Country')) orgShort.add(f.lower); }
    }
    if (c.type === 'place' && n >= 3 && PLACE_HEADS.has(ws[c.a].lower) && ws[c.a + 1].lower === 'of') vote(keyOf(c.a + 2, c.b), 'place', 2);
  }
  const typeOf = new Map<string, EntityType>();
  // a single word seen as the surname of someone named in full stays a person unless something strong says otherwise
  const strongest = new Map<string, number>();
  const strongestPlace = new Map<string, number>();
  for (const c of cands) if (c.b - c.a === 1 && c.type === 'place') strongestPlace.set(keyOf(c.a, c.b), Math.max(strongestPlace.get(keyOf(c.a, c.b)) ?? 0, c.strength));
  const strongestPerson = new Map<string, number>();
  for (const c of cands) if (c.b - c.a === 1 && c.type === 'person') strongestPerson.set(keyOf(c.a, c.b), Math.max(strongestPerson.get(keyOf(c.a, c.b)) ?? 0, c.strength));
  for (const c of cands) if (c.b - c.a === 1 && c.type !== 'person') strongest.set(keyOf(c.a, c.b), Math.max(strongest.get(keyOf(c.a, c.b)) ?? 0, c.strength));
  for (const [key, v] of votes) {
    let best: EntityType | undefined, bs = -1;
    for (const [t, s] of v) if (s > bs) { best = t; bs = s; }
    if (surnames.has(key) && (strongest.get(key) ?? 0) < 2) best = 'person';
    else if (orgShort.has(key) && !surnames.has(key) && (strongestPerson.get(key) ?? 0) < 3 && (strongestPlace.get(key) ?? 0) < 2) best = 'organization';
    typeOf.set(key, best!);
  }

  // second pass: every occurrence of a known name, also where the first pass dropped it
  const covered = new Uint8Array(ws.length);
  const spans: Candidate[] = [];
  cands.sort((x, y) => x.a - y.a || y.b - x.b);
  for (const c of cands) {
    let clash = false;
    for (let k = c.a; k < c.b; k++) if (covered[k]) clash = true;
    if (clash) continue;
    for (let k = c.a; k < c.b; k++) covered[k] = 1;
    spans.push({ ...c, type: c.fixed ? c.type : typeOf.get(keyOf(c.a, c.b)) ?? c.type });
  }
  let maxLen = 1;
  const firstWords = new Set<string>();
  for (const k of typeOf.keys()) {
    const parts = k.split(' ');
    maxLen = Math.max(maxLen, parts.length);
    firstWords.add(parts[0]);
  }
  maxLen = Math.min(maxLen, 8);
  // spelling keys of known surnames, for variants ("Baqeri" after "Bagheri")
  const surnameByKey = new Map<string, string>();
  for (const sn of surnames) if (sn.length >= 6 && typeOf.get(sn) === 'person') surnameByKey.set(spellingKey(sn), sn);
  for (let i = 0; i < ws.length; i++) {
    if (covered[i] || !ws[i].cap || ws[i].punct) continue;
    const variantOk = ws[i].text.length >= 6 && surnameByKey.has(spellingKey(ws[i].text));
    if (!firstWords.has(ws[i].lower) && !variantOk && !(env.capsSentence[ws[i].sentence] && isKnownPlace(ws[i].lower))) {
      if (!env.capsSentence[ws[i].sentence]) continue;
    }
    // the words joined to word i, uncovered, and their keys (one word more each)
    const top = Math.min(maxLen, ws.length - i);
    const keys: string[] = [];
    for (let k = i; k < i + top; k++) {
      if (covered[k] || (k > i && !joined(env, k - 1, k))) break;
      keys.push(k === i ? ws[k].lower : keys[keys.length - 1] + ' ' + ws[k].lower);
    }
    for (let n = keys.length; n >= 1; n--) {
      const key = keys[n - 1];
      let type = typeOf.get(key);
      if (!type && env.capsSentence[ws[i].sentence] && isKnownPlace(key)) type = 'place';
      if (!type && n === 1 && ws[i].text.length >= 6 && !env.lowerVocabulary.has(ws[i].lower) && !hasTag(ws[i], ...STRONG_FUNCTION_TAGS)) {
        // "Baqeri" after "Bagheri": a spelling variant of a surname already known
        if (variantOk) type = 'person';
      }
      if (!type) continue;
      // the next word continues a name we do not know: leave it
      if (i + n < ws.length && joined(env, i + n - 1, i + n) && namey(ws[i + n], env) && !ws[i + n - 1].possessive && !env.capsSentence[ws[i].sentence]) break;
      for (let k = i; k < i + n; k++) covered[k] = 1;
      spans.push({ a: i, b: i + n, type, strength: 1 });
      break;
    }
  }

  spans.sort((x, y) => x.a - y.a);
  const titles = new Map<number, string>();
  const mentions: Mention[] = spans.map((c) => {
    const start = ws[c.a].start;
    let end = ws[c.b - 1].end;
    if (c.b - c.a === 1 && c.type === 'place' && STATE_ABBREVIATIONS.has(ws[c.a].text) && ctx.text[end] === '.') end++;
    if (c.title) titles.set(start, c.title);
    return { start, end, text: ctx.text.slice(start, end), type: c.type };
  });
  return { mentions, titles };
}

/** A spelling key for transliterated names: Bagheri, Baqeri -> "bagari"; Mohammed, Mohammad -> "mohamad". */
export function spellingKey(name: string): string {
  let key = SPELLING_KEYS.get(name);
  if (key === undefined) {
    key = computeSpellingKey(name);
    if (SPELLING_KEYS.size > 50000) SPELLING_KEYS.clear();
    SPELLING_KEYS.set(name, key);
  }
  return key;
}

const SPELLING_KEYS = new Map<string, string>();

function computeSpellingKey(name: string): string {
  let s = name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z]/g, '');
  s = s.replace(/gh/g, 'g').replace(/kh/g, 'k').replace(/q/g, 'g').replace(/ck/g, 'k').replace(/c(?=[aou])/g, 'k')
    .replace(/ph/g, 'f').replace(/y/g, 'i').replace(/ou/g, 'u').replace(/oo/g, 'u').replace(/ee/g, 'i').replace(/e/g, 'a')
    .replace(/(.)\1+/g, '$1');
  return s;
}

function editDistance1(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0, j = 0, edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { i++; j++; continue; }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else { i++; j++; }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Are these two surnames spellings of one name? Conservative: same spelling key, or one edit apart on long names. */
export function sameSurname(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  if (a[0]?.toLowerCase() !== b[0]?.toLowerCase()) return false;
  const ka = spellingKey(a), kb = spellingKey(b);
  if (ka === kb && ka.length >= 4) return true;
  return a.length >= 6 && b.length >= 6 && editDistance1(ka, kb);
}
