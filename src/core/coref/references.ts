// The expressions that may refer to an actor without naming it: descriptions ("the Iranian general",
// "the Russian Minister of Defense", "the company", "his Russian counterpart, Valery Gerasimov") and
// personal pronouns, found over the words in reading order.
import { FEMALE_PRONOUNS, MALE_PRONOUNS, ORG_PRONOUNS, ORG_NOMINAL_HEADS, PERSON_NOMINAL_HEADS, PLACE_NOMINAL_HEADS } from '../lexicon/nominals';
import { BARE_COLLECTIVES, DESCRIBED_HEADS, type DescribedHead } from '../lexicon/descriptions';
import { COUNTRY_BY_DEMONYM, type CountryInfo } from '../lexicon/places';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles';
import type { Word } from '../entities/words';
import type { DocContext } from '../text/document';
import type { Mention } from '../types';

export interface Reference {
  kind: 'nominal' | 'pronoun';
  type: 'person' | 'organization' | 'place';
  start: number;
  end: number;
  word: number;
  lower: string;
  head: string;
  titleWords: Set<string>;
  country?: CountryInfo;
  appositive?: Mention;
  counterpart?: boolean;
  possessorAt?: number;
  /** A pronoun's gender (he, she); none for "it". */
  gender?: 'm' | 'f';
  /** The head is one a never-named actor may have ("the man", "the researchers", "the village"). */
  described?: DescribedHead;
  /** "a man", "an official": someone new, never an actor seen before. */
  indefinite?: boolean;
}

const DETS = new Set(['the', 'his', 'her', 'its', 'their', 'this', 'these', 'those', 'a', 'an', 'my', 'our', 'your']);
/** Counts before a plural head ("the two men"). */
const COUNT = /^(\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|both)$/;
/** Each pronoun with what it stands for: a man, a woman, or an organization (one lookup per word). */
const PRONOUN_KIND = new Map<string, 'm' | 'f' | 'org'>([
  ...[...MALE_PRONOUNS].map((w) => [w, 'm'] as const), ...[...FEMALE_PRONOUNS].map((w) => [w, 'f'] as const), ...[...ORG_PRONOUNS].map((w) => [w, 'org'] as const),
]);
const AGE = /^\d{1,3}-year-old$/;
const BE = /^(is|was|'s|’s|would|will|could|might|may|must|seems|seemed|appears|appeared|remains|remained|became|becomes)$/;

/**
 * An "it" that stands for nothing ("it is clear that", "it was possible to", "it seems that"): a form of
 * be (or seem, remain…), up to two of not/also/still/be/been, an adjective, then to/that/whether/for/if/how.
 */
function pleonastic(ws: readonly Word[], i: number): boolean {
  let j = i + 1;
  if (!ws[j] || ws[j].sentence !== ws[i].sentence || !BE.test(ws[j].lower)) return false;
  if (/^(seems|seemed|appears|appeared)$/.test(ws[j].lower) && ws[j + 1]?.lower === 'that') return true;
  j++;
  for (let k = 0; k < 2 && ws[j] && /^(not|also|still|now|be|been|only|quite|very|so|more|less|most|clearly|therefore|thus|too)$/.test(ws[j].lower); k++) j++;
  if (!ws[j] || !ws[j].tags.has('Adjective') || ws[j].cap) return false;
  const next = ws[j + 1];
  return !!next && next.sentence === ws[i].sentence && /^(to|that|whether|for|if|how|what|why|when)$/.test(next.lower);
}

/** Descriptions ("the Iranian general", "the Russian Minister of Defense", "the company") and pronouns. */
export function findReferences(ctx: DocContext, ws: Word[], named: Mention[]): Reference[] {
  const out: Reference[] = [];
  const namedAt = new Map<number, Mention>();
  for (const m of named) namedAt.set(m.start, m);
  const namedEnd = new Map<number, Mention>();
  for (const m of named) namedEnd.set(m.end, m);
  const spaced = (i: number): boolean => i + 1 < ws.length && ws[i].sentence === ws[i + 1].sentence && /^[ \t\u00a0]+$/.test(ctx.text.slice(ws[i].fullEnd, ws[i + 1].start));
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    const kind = w.lower === 'it' && pleonastic(ws, i) ? undefined : PRONOUN_KIND.get(w.lower);
    const gender = kind === 'org' ? undefined : kind;
    const pronoun = kind !== undefined;
    const at = i;
    const before = out.length;
    if (DETS.has(w.lower) && spaced(i)) i = description(i);
    else if (!pronoun) barePlural(i);
    // a possessive before a description is a reference of its own, read first ("his lawyer": his, then his lawyer)
    if (pronoun) {
      out.splice(before, 0, { kind: 'pronoun', type: gender ? 'person' : 'organization', start: w.start, end: w.end, word: at, lower: w.lower, head: w.lower, titleWords: new Set(), gender });
    }
  }
  return out;

  /**
   * The name a description at word i restates: in apposition after it ("Ann Ruiz, a nurse from Leeds,"),
   * or after it and a copula ("Ruiz was a nurse"); of the description's type.
   */
  function nameBefore(i: number, type: Reference['type']): Mention | undefined {
    const prev = ws[i - 1];
    if (!prev || prev.sentence !== ws[i].sentence) return undefined;
    let m = /^\s*,\s*$/.test(ctx.text.slice(prev.fullEnd, ws[i].start)) ? namedEnd.get(prev.end) : undefined;
    if (!m && /^(is|was|became|remains|remained)$/.test(prev.lower) && ws[i - 2]?.sentence === prev.sentence && spaced(i - 2)) m = namedEnd.get(ws[i - 2].end);
    return m && m.type === type ? m : undefined;
  }

  /** "Researchers found ... they said": a plural of people with no determiner, read as its head word. */
  function barePlural(i: number): void {
    const w = ws[i];
    const d = DESCRIBED_HEADS.get(w.lower);
    if (!d || !d.plural || (d.type !== 'person' && !BARE_COLLECTIVES.has(w.lower)) || (w.cap && !w.weak) || namedAt.has(w.start)) return;
    // "the local residents" was read from its determiner; "the residents' union" is no group of people
    const prev = ws[i - 1];
    if (prev && prev.sentence === w.sentence && (DETS.has(prev.lower) || prev.possessive || (prev.tags.has('Noun') && !prev.tags.has('Pronoun')))) return;
    if (w.possessive && ws[i + 1]?.sentence === w.sentence && ws[i + 1].tags.has('Noun')) return;
    out.push({ kind: 'nominal', type: d.type, start: w.start, end: w.end, word: i, lower: '', head: w.lower, titleWords: new Set(), described: d });
  }

  /** A description starting at word i; returns the index of its last word (or i). */
  function description(i: number): number {
    const w = ws[i];
    // up to four modifiers, then a head; "of" + title words after the head ("Chief of Staff", "Minister of Defense")
    let j = i + 1;
    let headAt = -1;
    let country: CountryInfo | undefined;
    const words: string[] = [];
    while (j < ws.length && j - i <= 5) {
      const x = ws[j];
      if (namedAt.has(x.start) && !(x.caps && x.text.length <= 5)) break;
      const l = x.lower;
      if (PERSON_NOMINAL_HEADS.has(l) || ORG_NOMINAL_HEADS.has(l) || PLACE_NOMINAL_HEADS.has(l) || DESCRIBED_HEADS.has(l) || (AGE.test(l) && headAt < 0)) headAt = j;
      const dem = COUNTRY_BY_DEMONYM.get(l);
      if (dem) country = dem;
      const ok = dem || AGE.test(l) || DESCRIBED_HEADS.has(l) || (COUNT.test(l) && headAt < 0) || TITLE_HEADS.has(l) || TITLE_MODIFIERS.has(l) || PERSON_NOMINAL_HEADS.has(l) || ORG_NOMINAL_HEADS.has(l) || PLACE_NOMINAL_HEADS.has(l)
        || (!x.cap && (x.tags.has('Adjective') || x.tags.has('Noun')) && !x.tags.has('Plural') && !x.tags.has('Pronoun'))
        || (x.caps && x.text.length <= 5);
      if (!ok) break;
      words.push(l);
      if (x.possessive || !spaced(j)) { j++; break; }
      j++;
    }
    if (headAt < 0) return i;
    let end = headAt + 1;
    // "Chief of Staff", "Minister of Defense"
    if (end + 1 < ws.length && ws[end].lower === 'of' && spaced(headAt) && spaced(end) && (TITLE_HEADS.has(ws[end + 1].lower) || TITLE_MODIFIERS.has(ws[end + 1].lower)) && ws[end + 1].cap) end += 2;
    const head = AGE.test(ws[headAt].lower) ? 'person' : ws[headAt].lower;
    const known = PERSON_NOMINAL_HEADS.has(head) || ORG_NOMINAL_HEADS.has(head) || PLACE_NOMINAL_HEADS.has(head);
    const described = DESCRIBED_HEADS.get(head);
    const indefinite = w.lower === 'a' || w.lower === 'an';
    // "a man", "these officials", "my mother": only heads a never-named actor may have; "a"/"an" never before a plural
    if (!described && (indefinite || /^(these|those|my|our|your)$/.test(w.lower))) return i;
    if (described && ((indefinite && described.plural) || (!described.plural && (w.lower === 'these' || w.lower === 'those')))) return i;
    const personal = head === 'person' || (known ? PERSON_NOMINAL_HEADS.has(head) && !ORG_NOMINAL_HEADS.has(head) : described?.type === 'person');
    const placeHead = !personal && (known ? PLACE_NOMINAL_HEADS.has(head) && !ORG_NOMINAL_HEADS.has(head) : described?.type === 'place');
    // "the state news agency", "the city council": the head is the last word
    if (headAt < j - 1 && !personal && ws.slice(headAt + 1, j).some((x) => !x.cap)) return i;
    const last = ws[end - 1];
    // followed by a name: a pre-title ("the Russian Defense Minister Sergei Shoigu"), not a description
    const next = end < ws.length && spaced(end - 1) ? ws[end] : undefined;
    if (next && namedAt.has(next.start)) return i;
    // a plural or a generic head with nothing to tell: "the two countries", "the man"
    const counted = (x: Word): boolean => !!described?.plural && described.type === 'person' && COUNT.test(x.lower);
    if (ws.slice(i + 1, end).some((x) => !counted(x) && ((/^\d/.test(x.lower) && !AGE.test(x.lower)) || /^(two|three|four|both|several|many|other|same|whole|first|last|next|new)$/.test(x.lower)))) return i;
    let appositive: Mention | undefined;
    const comma = end < ws.length && /^\s*,\s*$/.test(ctx.text.slice(last.end, ws[end].start));
    if (comma && namedAt.get(ws[end].start)?.type === 'person' && personal) appositive = namedAt.get(ws[end].start);
    const type = personal ? 'person' : placeHead ? 'place' : 'organization';
    appositive ??= nameBefore(i, type);
    if (head === 'counterpart' && !appositive && w.lower === 'the') return i;
    // "the ECB chief": a name inside stays the name's mention; the description is what follows it ("chief")
    let from = i;
    for (let k = i + 1; k < end; k++) if (namedAt.has(ws[k].start)) from = k + 1;
    if (from >= end) return end - 1;
    const titleWords = new Set([...words, ...ws.slice(headAt + 1, end).map((x) => x.lower)].filter((x) => x !== 'of' && !COUNTRY_BY_DEMONYM.has(x)));
    out.push({
      kind: 'nominal', type, start: ws[from].start, end: last.end, word: i, lower: w.lower, head,
      titleWords: new Set([...titleWords].map((x) => (x === 'defence' ? 'defense' : x))), country, appositive,
      counterpart: head === 'counterpart' && !!appositive, possessorAt: head === 'counterpart' && w.lower !== 'the' ? i : undefined,
      ...(described ? { described, gender: described.gender } : {}), ...(indefinite ? { indefinite } : {}),
    });
    return end - 1;
  }
}
