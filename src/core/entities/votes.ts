// Document-level votes: one type per name, whatever each occurrence suggested alone; a surname or a
// short form of a name typed in full inherits its type ("Bagheri" after "Mohammad Bagheri").
import { isKnownPlace, PLACE_HEADS } from '../lexicon/places';
import { FUNCTION_TAGS, NAME_PARTICLES, RANKS } from '../lexicon/name-words';
import { ORG_HEADS } from '../lexicon/organizations';
import type { EntityType } from '../types';
import { hasTag, isTitleish, type Candidate } from './env';
import { lowerKey, type Word } from './words';

export interface Votes {
  /** The type of each name, by its lower-case key. */
  typeOf: Map<string, EntityType>;
  /** Single words seen as the surname of someone named in full. */
  surnames: Set<string>;
}

type Tally = Map<string, Map<EntityType, number>>;

export function voteTypes(ws: readonly Word[], cands: readonly Candidate[], sports: boolean): Votes {
  const votes: Tally = new Map();
  const surnames = new Set<string>();
  const orgShort = new Set<string>();
  for (const c of cands) if (!c.fixed || !sports) vote(votes, lowerKey(ws, c.a, c.b), c.type, c.strength);
  for (const c of cands) voteParts(ws, c, votes, surnames, orgShort);
  return { typeOf: settle(ws, cands, votes, surnames, orgShort), surnames };
}

function vote(votes: Tally, key: string, type: EntityType, s: number): void {
  let v = votes.get(key);
  if (!v) votes.set(key, (v = new Map()));
  v.set(type, (v.get(type) ?? 0) + s);
}

/** Votes for the parts of a candidate: a person's surname and first name, an organization's first word. */
function voteParts(ws: readonly Word[], c: Candidate, votes: Tally, surnames: Set<string>, orgShort: Set<string>): void {
  const n = c.b - c.a;
  const keyOf = (a: number, b: number): string => lowerKey(ws, a, b);
  if (c.type === 'person' && n >= 2) {
    const lastW = ws[c.b - 1];
    if (!lastW.caps) vote(votes, lastW.lower, 'person', Math.min(c.strength, 2.5));
    const firstW = ws[c.a];
    if (!firstW.caps && !isKnownPlace(firstW.lower) && !NAME_PARTICLES.has(firstW.lower) && !RANKS.has(firstW.lower)) vote(votes, firstW.lower, 'person', Math.min(c.strength, 2.5) / 2);
    let p = c.b - 1;
    while (p - 1 > c.a && NAME_PARTICLES.has(ws[p - 1].lower)) p--;
    if (p < c.b - 1) vote(votes, keyOf(p, c.b), 'person', 2);
    if (n >= 3 && ws[c.b - 2].cap && !ws[c.b - 2].caps) {
      vote(votes, keyOf(c.b - 2, c.b), 'person', 1);
      if (!NAME_PARTICLES.has(ws[c.b - 2].lower)) { vote(votes, ws[c.b - 2].lower, 'person', 1); surnames.add(ws[c.b - 2].lower); }
    }
    if (!lastW.caps) surnames.add(lastW.lower);
  }
  if (c.type === 'organization' && n >= 2) {
    const f = ws[c.a];
    if (!f.caps && f.tags.has('ProperNoun') && !hasTag(f, 'Adjective', ...FUNCTION_TAGS) && !isTitleish(f) && !isKnownPlace(f.lower)
      && !ORG_HEADS.has(f.lower)) { vote(votes, f.lower, 'organization', 1); if (c.strength >= 3 && !hasTag(f, 'Place', 'City', 'Region', 'Country')) orgShort.add(f.lower); }
  }
  if (c.type === 'place' && n >= 3 && PLACE_HEADS.has(ws[c.a].lower) && ws[c.a + 1].lower === 'of') vote(votes, keyOf(c.a + 2, c.b), 'place', 2);
}

/** The winning type per name; a single word seen as a surname stays a person unless something strong says otherwise. */
function settle(ws: readonly Word[], cands: readonly Candidate[], votes: Tally, surnames: Set<string>, orgShort: Set<string>): Map<string, EntityType> {
  const keyOf = (a: number, b: number): string => lowerKey(ws, a, b);
  const typeOf = new Map<string, EntityType>();
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
  return typeOf;
}
