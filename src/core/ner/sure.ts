// Where the rules are sure and the tagger does not overrule them: known places and organizations (gazetteers),
// names ending in a place or organization head word, people after a title or rank, and datelines.
import { KNOWN_ORG_NAMES, ORG_HEADS } from '../lexicon/organizations';
import { isKnownPlace, PLACE_HEADS, STATE_ABBREVIATIONS } from '../lexicon/places';
import { HONORIFICS, TITLE_HEADS } from '../lexicon/titles';
import { lexiconTag } from './gazetteer';
import type { RuleSpan } from './read';

const RANKS: ReadonlySet<string> = new Set([
  'admiral', 'archbishop', 'ayatollah', 'brigadier', 'cardinal', 'colonel', 'emir', 'gen', 'general', 'imam', 'king',
  'marshal', 'pope', 'prince', 'princess', 'queen', 'sheikh', 'sultan',
]);

/** Whether the article defines an acronym ("(WHO)" somewhere in the text). */
export type DefinedAcronym = (name: string) => boolean;

/** The answers for one text, each name looked up once. */
export function definedAcronyms(text: string): DefinedAcronym {
  const defined = new Map<string, boolean>();
  return (name) => {
    let v = defined.get(name);
    if (v === undefined) defined.set(name, (v = text.includes(`(${name})`)));
    return v;
  };
}

/**
 * Why the rules' mention is sure, or undefined when the tagger may overrule it. Reads the text at most 300
 * characters around the mention, and `defined` (names.ts keeps the answers of a line on that basis).
 */
export function sureReason(text: string, r: RuleSpan, defined: DefinedAcronym = definedAcronyms(text)): string | undefined {
  const name = text.slice(r.start, r.end);
  const lower = name.toLowerCase().replace(/\.$/, '');
  const words = lower.split(/\s+/);
  const last = words[words.length - 1];
  if (r.type === 'LOC') {
    if (isKnownPlace(lower) || isKnownPlace(lower + '.')) return 'rules: a known place (world-countries)';
    if (words.length === 1 && /City|Country|Region|Place/.test(lexiconTag(lower))) return 'rules: a known place (lexicon)';
    if (words.length > 1 && (PLACE_HEADS.has(last) || PLACE_HEADS.has(words[0]))) return `rules: a place named by “${last}”`;
    if (/^[\p{Lu} .'-]+$/u.test(name) && isDateline(text, r)) return 'rules: dateline';
    if (STATE_ABBREVIATIONS.has(name) || STATE_ABBREVIATIONS.has(name.replace(/\.$/, ''))) return 'rules: a state abbreviation';
  }
  if (r.type === 'ORG') {
    if (KNOWN_ORG_NAMES.has(lower)) return 'rules: a known organization';
    if (words.length === 1 && lexiconTag(lower).includes('Organization')) return 'rules: a known organization (lexicon)';
    if (/^\p{Lu}{2,6}$/u.test(name) && defined(name)) return `rules: an acronym the article defines, “(${name})”`;
    if (/^\p{Lu}{2,6}$/u.test(name) && inProse(text, r)) return 'rules: an acronym in a sentence written in lower case';
    if (words.length > 1 && ORG_HEADS.has(last)) return `rules: an organization named by “${last}”`;
  }
  if (r.type === 'PER') {
    if (words.length > 1 && RANKS.has(words[0])) return 'rules: a rank and a name';
    const before = /([\p{L}.]+)\s+$/u.exec(text.slice(Math.max(0, r.start - 30), r.start));
    const b = before?.[1].toLowerCase().replace(/\.$/, '');
    if (b && (HONORIFICS.has(b) || TITLE_HEADS.has(b))) return `rules: a name after the title “${before![1]}”`;
  }
  return undefined;
}

/** The line around the span is mostly lower case (not a headline or a line in capitals). */
function inProse(text: string, r: RuleSpan): boolean {
  // at most 300 characters either side: a huge line costs no more than a paragraph
  const before = text.slice(Math.max(0, r.start - 300), r.start), after = text.slice(r.end, r.end + 300);
  const line = before.slice(before.lastIndexOf('\n') + 1) + after.slice(0, after.includes('\n') ? after.indexOf('\n') : after.length);
  const lower = line.replace(/[^\p{Ll}]/gu, '').length, upper = line.replace(/[^\p{Lu}]/gu, '').length;
  return lower >= 20 && lower > 4 * upper;
}

/** A name in capitals at the very start of the text's first non-blank line, before a date, a dash or an agency. */
function isDateline(text: string, r: RuleSpan): boolean {
  const before = text.slice(Math.max(0, r.start - 300), r.start);
  if (before.slice(before.lastIndexOf('\n') + 1).trim() !== '' || (r.start > 300 && !before.includes('\n'))) return false;
  // Words in capitals, each space followed by a capital: the same as (\p{Lu}[\p{L}.]*\s*)*, which backtracks
  // exponentially on a run of capitals that is not followed by a dash (0.6 s on 26 of them).
  return /^[\s,]*(?:\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*\s*)?(\(\w+\)\s*)?[-–—]|^\s+\d{4}-\d\d-\d\d/u.test(text.slice(r.end, r.end + 40));
}
