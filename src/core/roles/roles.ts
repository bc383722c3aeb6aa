// Roles of people, read from the words around a name: pre-titles ("Russian Defense Minister Sergei
// Shoigu"), appositions ("Mohammad Bagheri, Chief of Staff of the Iranian Armed Forces"), possessives
// ("Germany's finance minister, Tobias Brenner") and counterparts ("his Russian counterpart, Valery
// Gerasimov" takes the other side's role with the country swapped). Each role keeps its evidence.
import type { DocContext } from '../text/document';
import type { Word } from '../entities/words';
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME, countryOf, REGIONAL_DEMONYMS, type CountryInfo } from '../lexicon/places';
import { ORG_HEADS } from '../lexicon/organizations';
import { HONORIFICS, isRoleNoun, TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles';

export type RoleKind = 'pre-title' | 'apposition' | 'possessive' | 'counterpart' | 'title' | 'description';

export interface RoleClue {
  role: string;
  kind: RoleKind;
  /** The sentence the clue was read from. */
  sentence: string;
  country?: CountryInfo;
  /** Higher is more telling. */
  rank: number;
  /** For "his Russian counterpart": the pronoun's word index (the possessor is resolved by the caller). */
  possessorAt?: number;
  /** For counterparts: the country named ("Russian"). */
  counterpartCountry?: CountryInfo;
}

const DETERMINERS = new Set(['a', 'an', 'the']);
/** Titles written abbreviated with a period ("Gov. Karen Whitley"). */
const ABBREVIATED_TITLES = new Set(['adm', 'brig', 'capt', 'col', 'cmdr', 'dr', 'gen', 'gov', 'insp', 'lt', 'maj', 'prof', 'rep', 'sen', 'sgt', 'supt']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their']);
const STOP_AFTER = /^(who|whose|which|that|said|says|say|told|added|and|but|was|is|has|had|will|would|on|in|at)$/;

const isHead = (w: Word): boolean => TITLE_HEADS.has(w.lower) || HONORIFICS.has(w.lower) || (!w.cap && isRoleNoun(w.lower, w.tags));
const isModifier = (w: Word): boolean => TITLE_MODIFIERS.has(w.lower) || COUNTRY_BY_DEMONYM.has(w.lower);
const plural = (w: Word): boolean => !TITLE_HEADS.has(w.lower) && /s$/.test(w.lower) && TITLE_HEADS.has(w.lower.replace(/e?s$/, ''));

function gapOf(text: string, ws: Word[], i: number): string {
  // text between word i and word i + 1
  return i + 1 < ws.length ? text.slice(ws[i].fullEnd, ws[i + 1].start) : '';
}

/** The country a role names: a demonym ("Iranian"), "X's", or "of <country>". */
export function roleCountry(role: string): CountryInfo | undefined {
  const tokens = role.split(/[^\p{L}'’.-]+/u).filter(Boolean);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!/^\p{Lu}/u.test(t)) continue;
    const two = i + 1 < tokens.length ? `${t} ${tokens[i + 1]}` : '';
    const c = (two && COUNTRY_BY_NAME.get(two.toLowerCase().replace(/['’]s$/, ''))) || countryOf(t);
    if (c) return c;
  }
  return undefined;
}

/** Role words of a role or description, for matching "the Russian Minister of Defense" with "Russian Defense Minister". */
export function roleWords(role: string): Set<string> {
  const out = new Set<string>();
  for (const t of role.toLowerCase().split(/[^\p{L}-]+/u)) {
    if (!t || DETERMINERS.has(t) || POSSESSIVE_PRONOUNS.has(t) || t === 'of' || COUNTRY_BY_DEMONYM.has(t) || COUNTRY_BY_NAME.has(t)) continue;
    out.add(t === 'defence' ? 'defense' : t);
  }
  return out;
}

/** The title part of a role, without its country: "Chief of Staff of the Iranian Armed Forces" -> "Chief of Staff". */
export function roleCore(role: string): string {
  const tokens = role.split(/\s+/);
  const out: string[] = [];
  for (const t of tokens) {
    const l = t.toLowerCase().replace(/['’]s$/, '');
    if (COUNTRY_BY_DEMONYM.has(l) || COUNTRY_BY_NAME.has(l)) { if (out.length) break; continue; }
    if (TITLE_HEADS.has(l) || TITLE_MODIFIERS.has(l) || (out.length && (l === 'of' || l === 'the'))) out.push(t);
    else if (out.length) break;
  }
  while (out.length && /^(of|the)$/i.test(out[out.length - 1])) out.pop();
  return out.join(' ');
}

/** The helpers every role rule uses around one name: its sentence, gaps between words, the clue list. */
interface RoleScan {
  text: string;
  ws: Word[];
  same(i: number): boolean;
  spaced(i: number): boolean;
  commaWord(i: number): boolean;
  /** The word after a comma that follows word i (the comma written as punctuation or as a word of its own). */
  afterComma(i: number): number;
  clue(c: Omit<RoleClue, 'sentence'>): void;
}

/** Roles stated around a person's name at words [a, b). */
export function roleClues(ctx: DocContext, ws: Word[], a: number, b: number): RoleClue[] {
  const { text } = ctx;
  // a form of address between the role and the name: "Oman's defence minister, Sayyid Talal ..."
  while (a > 0 && ws[a - 1].sentence === ws[a].sentence && HONORIFICS.has(ws[a - 1].lower) && !TITLE_HEADS.has(ws[a - 1].lower)) a--;
  // tokenized text ("Haugland , leader"): a comma standing as a word of its own
  const commaWord = (i: number): boolean => i >= 0 && i < ws.length && ws[i].punct && ws[i].text.trim() === ',';
  const s = ws[a].sentence;
  let sentenceText: string | undefined;
  const out: RoleClue[] = [];
  const same = (i: number): boolean => i >= 0 && i < ws.length && ws[i].sentence === s;
  const sc: RoleScan = {
    text, ws, same, commaWord,
    spaced: (i) => /^[ \t\u00a0]+$/.test(gapOf(text, ws, i)) || (/^\.[ \t\u00a0]+$/.test(gapOf(text, ws, i)) && ABBREVIATED_TITLES.has(ws[i].lower)),
    afterComma: (i) => {
      if (!same(i + 1)) return -1;
      if (/^\s*,\s*$/.test(text.slice(ws[i].fullEnd, ws[i + 1].start))) return i + 1;
      if (commaWord(i + 1) && same(i + 2)) return i + 2;
      return -1;
    },
    clue: (c) => {
      sentenceText ??= text.slice(ctx.sentences[s].start, ctx.sentences[s].end).replace(/\s+/g, ' ');
      out.push({ ...c, sentence: sentenceText });
    },
  };
  preTitle(sc, a);
  appositionAfter(sc, b);
  appositionBefore(sc, a);
  return out;
}

/** Pre-title: words right before the name, ending in a title word ("Interior Minister", "Corvane chief executive"). */
function preTitle(sc: RoleScan, a: number): void {
  const { text, ws, same, spaced, clue } = sc;
  if (same(a - 1) && spaced(a - 1) && (isHead(ws[a - 1]) || TITLE_HEADS.has(ws[a - 1].lower) || isRoleNoun(ws[a - 1].lower, ws[a - 1].tags)) && !HONORIFICS.has(ws[a - 1].lower)) {
    let i = a - 1;
    while (same(i - 1) && spaced(i - 1) && a - i < 7) {
      const w = ws[i - 1];
      if (isHead(w) || isModifier(w) || (w.cap && !w.weak && !DETERMINERS.has(w.lower)) || (w.cap && w.weak && !['Determiner', 'Preposition', 'Conjunction', 'Adverb', 'Pronoun', 'Verb', 'QuestionWord'].some((t) => w.tags.has(t)))) {
        i--;
        if (w.possessive) break;
        continue;
      }
      if (w.lower === 'former' || w.lower === 'acting' || (!w.cap && (w.tags.has('Adjective') || ORG_HEADS.has(w.lower)) && !DETERMINERS.has(w.lower))) { i--; continue; }
      break;
    }
    // a possessive right before: "Germany's finance minister Tobias Brenner"
    if (same(i - 1) && ws[i - 1].possessive && spaced(i - 1) && ws[i - 1].cap) i--;
    const role = text.slice(ws[i].start, ws[a - 1].end);
    const anyPlural = plural(ws[a - 1]);
    if (!anyPlural) clue({ role, kind: 'pre-title', country: roleCountry(role), rank: 2 });
  }
}

/** Apposition after: "Mohammad Bagheri, Chief of Staff of the Iranian Armed Forces,". */
function appositionAfter(sc: RoleScan, b: number): void {
  const { text, ws, same, afterComma, clue } = sc;
  let ac = afterComma(b - 1);
  // "Oluwaseun Adebayo, 34, a trader at Balogun Market": past the age
  if (ac >= 0 && /^\d{1,3}$/.test(ws[ac].text) && afterComma(ac) >= 0) ac = afterComma(ac);
  if (ac >= 0) b = ac;
  if (ac >= 0) {
    let i = b;
    let headAt = -1;
    const first = ws[b];
    const starts = DETERMINERS.has(first.lower) || isHead(first) || isModifier(first) || (first.cap && first.possessive) || first.cap;
    if (starts && !(first.cap && !isHead(first) && !isModifier(first) && !first.possessive && same(b + 1) && ws[b + 1].cap && !isHead(ws[b + 1]) && !TITLE_MODIFIERS.has(ws[b + 1].lower))) {
      while (same(i) && i - b < 14) {
        const w = ws[i];
        if (i > b && STOP_AFTER.test(w.lower) && !w.caps && !(w.lower === 'and' && headAt < 0)) break;
        if (isHead(w) && headAt < 0 && i - b < 6) headAt = i;
        const g = gapOf(text, ws, i);
        i++;
        if (!/^[ \t\u00a0]*[()]?[ \t\u00a0]*$/.test(g) && !/^[ \t]*[-–][ \t]*$/.test(g)) break;
      }
      if (headAt >= 0 && !plural(ws[headAt])) {
        let from = b;
        while (from < headAt && DETERMINERS.has(ws[from].lower)) from++;
        const role = text.slice(ws[from].start, ws[i - 1].end).replace(/[,.;:]+$/, '');
        clue({ role, kind: 'apposition', country: roleCountry(role), rank: 3 });
      }
    }
  }
}

/**
 * Apposition before: "Germany's finance minister, Tobias Brenner"; "his Russian counterpart, Valery Gerasimov";
 * "the head of INDECI, Carmen Rosa Huamaní"; "Its spokesperson in the state, Yetunde Adewale-Ojo".
 */
function appositionBefore(sc: RoleScan, a: number): void {
  const { text, ws, same, commaWord, afterComma, clue } = sc;
  if (a >= 2 && commaWord(a - 1) && afterComma(a - 2) === a) a--;
  // "Bangladesh's head coach, the South African Hendrik Botha"
  {
    let k = a;
    while (same(k - 1) && k - a > -4 && (COUNTRY_BY_DEMONYM.has(ws[k - 1].lower) || REGIONAL_DEMONYMS.has(ws[k - 1].lower) || /^(the|a|an|south|north|east|west|new)$/i.test(ws[k - 1].lower))) k--;
    if (k < a && same(k - 1) && /^\s*,\s*$/.test(text.slice(ws[k - 1].fullEnd, ws[k].start))) a = k;
  }
  // "..., Professor Chukwuemeka Nwosu": a title written before the name
  if (same(a - 1) && ws[a - 1].cap && TITLE_HEADS.has(ws[a - 1].lower) && same(a - 2) && /,\s*$/.test(text.slice(ws[a - 2].fullEnd, ws[a - 1].start))) a--;
  if (same(a - 1) && (/^\s*\)?\s*,\s*$/.test(text.slice(ws[a - 1].fullEnd, ws[a].start)) || afterComma(a - 1) === a + 1)) {
    const end = a - 1;
    let i = end;
    let headAt = -1;
    let start = -1;
    while (same(i) && end - i < 10) {
      const w = ws[i];
      if (i < end && !/^[ \t\u00a0]*[()]?[ \t\u00a0]*$/.test(gapOf(text, ws, i))) break;
      if (w.tags.has('Verb') && !w.tags.has('Gerund') && !w.tags.has('Participle') && !isHead(w) && !(w.lower === 'returning')) break;
      if (isHead(w) && !plural(w)) headAt = i; // the leftmost role word heads the phrase
      if (DETERMINERS.has(w.lower) || POSSESSIVE_PRONOUNS.has(w.lower) || w.possessive || w.lower === 'its') {
        // "in the state": a determiner inside a prepositional phrase does not start the phrase
        if (!(same(i - 1) && /^(in|of|for|at|with|from|on)$/.test(ws[i - 1].lower) && !w.possessive)) { start = i; break; }
      }
      if (!same(i - 1) || ws[i - 1].punct) { start = i; break; }
      i--;
    }
    if (start >= 0 && headAt >= 0) {
      const det = ws[start];
      const from = DETERMINERS.has(det.lower) || POSSESSIVE_PRONOUNS.has(det.lower) ? start + 1 : start;
      const role = text.slice(ws[from].start, ws[end].end);
      if (ws[headAt].lower === 'counterpart') {
        const c = ws.slice(from, headAt).map((w) => COUNTRY_BY_DEMONYM.get(w.lower) ?? countryOf(w.text)).find(Boolean);
        clue({ role, kind: 'counterpart', rank: 1, possessorAt: POSSESSIVE_PRONOUNS.has(det.lower) ? det.index : undefined, counterpartCountry: c });
      } else if (from <= headAt) {
        clue({ role, kind: det.possessive ? 'possessive' : 'apposition', country: roleCountry(role), rank: 2.5 });
      }
    }
  }
}

/** A counterpart's role: the other side's title with this side's country ("Russian Chief of Staff"). */
export function counterpartRole(otherRole: string, country: CountryInfo): string {
  const core = roleCore(otherRole) || otherRole;
  const demonym = demonymOf(country);
  return demonym ? `${demonym} ${core}` : `${core} of ${country.name}`;
}

const DEMONYM_BY_CODE = new Map<string, string>();
for (const [d, c] of COUNTRY_BY_DEMONYM) if (!DEMONYM_BY_CODE.has(c.code)) DEMONYM_BY_CODE.set(c.code, d.replace(/\b\p{L}/gu, (x) => x.toUpperCase()));

export function demonymOf(country: CountryInfo): string | undefined {
  return DEMONYM_BY_CODE.get(country.code);
}
