// What the entity rules know about the document while they read it (Env), the candidates they propose,
// and the small word tests they share: can a word be part of a name, are two words one name.
import { COUNTRY_BY_DEMONYM, isKnownPlace, REGIONAL_DEMONYMS } from '../lexicon/places';
import { ALWAYS_NOT_NAMES, LABEL_WORDS, MONTHS_DAYS, NOT_NAMES, POSSESSIVE_IN_NAMES } from '../lexicon/name-words';
import { ORG_HEADS } from '../lexicon/organizations';
import { HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles';
import type { EntityType } from '../types';
import type { SpellingMemo } from './spelling';
import type { Word } from './words';
/** ", a professor of ...", ", the startup's chief executive": an apposition with a title after word b - 1. */
export function describedAsPerson(env: Env, b: number): boolean {
  const { ws } = env;
  if (b >= ws.length || b < 1 || ws[b].sentence !== ws[b - 1].sentence || env.text.slice(ws[b - 1].end, ws[b].start).trim() !== ',') return false;
  if (ORG_HEADS.has(ws[b - 1].lower)) return false;
  const look = ws.slice(b, b + 5);
  const k = look.findIndex((w) => TITLE_HEADS.has(w.lower));
  return k >= 0 && /^(a|an|the)$/.test(look[0].lower) && look.slice(0, k).every((w) => /^(a|an|the)$/.test(w.lower) || isTitleish(w) || (!w.cap && !w.punct));
}
export const placeTagOf = (ws: Word[], a: number, b: number): boolean => ws.slice(a, b).some((w) => hasTag(w, 'Country', 'City', 'Region') || isKnownPlace(w.lower));
export const placeWordIn = (ws: Word[], a: number, b: number): boolean => ws.slice(a, b).some((w) => hasTag(w, 'Place', 'City', 'Region', 'Country') || isKnownPlace(w.lower));
export const orgTagOf = (ws: Word[], a: number, b: number): boolean => ws.slice(a, b).some((w) => w.tags.has('Organization') || ORG_HEADS.has(w.lower));
export const isDemonym = (w: Word): boolean => COUNTRY_BY_DEMONYM.has(w.lower) || REGIONAL_DEMONYMS.has(w.lower)
  || (/s$/.test(w.lower) && (COUNTRY_BY_DEMONYM.has(w.lower.slice(0, -1)) || REGIONAL_DEMONYMS.has(w.lower.slice(0, -1))));
export const isTitleish = (w: Word): boolean => TITLE_HEADS.has(w.lower) || TITLE_MODIFIERS.has(w.lower) || HONORIFICS.has(w.lower) || isDemonym(w);
export const hasTag = (w: Word, ...tags: string[]): boolean => tags.some((t) => w.tags.has(t));

export interface Candidate {
  a: number;
  b: number; // word range [a, b)
  type: EntityType;
  strength: number;
  /** A title or honorific stood right before (kept for aliases like "General Bagheri"). */
  title?: string;
  /** Typed by its position (a dateline): not changed by the document's votes. */
  fixed?: boolean;
  /** Why it has its type (shown by `byline annotate --explain`). */
  why?: string;
}

export interface Env {
  text: string;
  ws: Word[];
  capsSentence: boolean[];
  sports: boolean;
  /** Words written in lower case somewhere in the document: common words, when capitalized at a sentence start. */
  lowerVocabulary: Set<string>;
  /** Names that are not entities wherever they stand (a storm's name). */
  blocked: Set<string>;
  tableLine: Set<number>; // word indexes in results-table lines
  /** The session's spelling keys (variants of a surname: "Baqeri" after "Bagheri"). */
  spelling?: SpellingMemo;
  /** Keep a reason with each candidate's type (byline annotate --explain). */
  explain?: boolean;
}

/** Can this word be part of a name run? */
export function namey(w: Word, env: Env): boolean {
  if (w.punct) return false;
  if (!w.cap) return /^(al|el|ad|as|an|ar|at|az|ash|abu|bin|ibn|ben|da|de|di|du|van|von)-\p{Lu}/u.test(w.text); // "el-Sisi", "al-Assad"

  if (w.lower.includes('-') && w.lower.split('-').some((x) => MONTHS_DAYS.has(x))) return false; // "July-September"
  if (/^[DRI]-\p{Lu}/u.test(w.text)) return false; // "D-Mass.", "R-La.": a party and a state after a lawmaker's name
  if (w.text.includes('-') && w.lower.split('-').every((x) => COUNTRY_BY_DEMONYM.has(x) || REGIONAL_DEMONYMS.has(x))) return false; // "Chinese-Indonesian"
  // an initial ("A. Stewart"); a letter of its own only as a whole name ("X", the network), not as a label ("Group C")
  if (/^\p{Lu}$/u.test(w.text)) {
    if (env.text[w.end] === '.') return w.text !== 'I';
    const prev = w.index > 0 ? env.ws[w.index - 1] : undefined;
    return !/^[IA]$/.test(w.text) && !(prev && prev.cap && joined(env, w.index - 1, w.index)) && !(prev && LABEL_WORDS.test(prev.lower));
  }
  // function words: never names at a sentence start; inside a sentence a capitalized "An" or "Do" may be one (Nguyen Van An)
  if (NOT_NAMES.has(w.lower) && !(w.caps && w.text.length > 1 && !env.capsSentence[w.sentence]) && (w.weak || ALWAYS_NOT_NAMES.has(w.lower))) return false;
  if (MONTHS_DAYS.has(w.lower.replace(/\.$/, ''))) return false;
  if (/^\p{N}/u.test(w.text) || (w.tags.has('Cardinal') && !w.tags.has('ProperNoun')) || w.tags.has('Ordinal')) return false;
  if (env.capsSentence[w.sentence]) return false; // headlines in capitals or Title Case: only known names (second pass)
  return true;
}

export function joined(env: Env, a: number, b: number): boolean {
  // words a and b (= a + 1) are in one name only if only plain spaces (or " & ") separate them
  const x = env.ws[a], y = env.ws[b];
  if (!x || !y) return false;
  if (x.possessive && x.cap && y.cap && POSSESSIVE_IN_NAMES.has(x.lower) && x.sentence === y.sentence && /^['’]s[ \t]$/.test(env.text.slice(x.end, y.start))) return true;
  if (x.sentence !== y.sentence || x.possessive) return false;
  const gap = env.text.slice(x.end, y.start);
  if (/^\.[ \t\u00a0]$/.test(gap) && (/^\p{Lu}$/u.test(x.text) || /^(st|mt|ft)$/.test(x.lower)) && y.cap) return true; // "R. Premadasa", "St. Paul"
  return /^[ \t\u00a0]+$/.test(gap) || /^ & $/.test(gap);
}

export const MAX_NAME_WORDS = 12;
