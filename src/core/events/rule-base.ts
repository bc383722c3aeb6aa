// The shape of an event rule: what it is given about a candidate trigger, and what it answers.
import { isIrregularForm, type TriggerEntry } from '../lexicon/triggers';
import type { Token } from '../text/tagger';
import type { EventType } from '../types';
import { hasComma, type EventScan } from './scan';

export interface RuleInput {
  readonly scan: EventScan;
  /** The lexicon entry the word matched. */
  readonly e: TriggerEntry;
  /** The trigger token, and its sentence's token range [lo, hi). */
  readonly t: Token;
  readonly i: number;
  readonly lo: number;
  readonly hi: number;
  /** The token k after / before the trigger in its sentence. */
  next(k: number): Token | undefined;
  prev(k: number): Token | undefined;
}

/**
 * No event (null), an event of this type on the trigger word, or one whose trigger runs on to token
 * `last` ("filed a lawsuit", "imposed duties": verb and object).
 */
export type RuleResult = EventType | null | { type: EventType; last: number };
export type Rule = (r: RuleInput) => RuleResult;

/** A noun trigger needs to be the head, not a modifier of another noun ("trial lawyer", "visit programme"). */
export function defaultRule(r: RuleInput): RuleResult {
  const { t, e, next } = r;
  if (e.lemma === 'agree') {
    // "agreed to revisit …": the agreeing is not the event, what follows is
    for (let k = 1; k <= 4; k++) if (next(k)?.normal === 'to' && next(k + 1)?.tags.has('Verb')) return null;
  }
  if (e.pos === 'noun' && next(1)?.tags.has('Noun') && !hasComma(t) && !/^(of|in|on)$/.test(next(1)!.normal)
    && !next(1)!.tags.has('Date') && !next(1)!.tags.has('Pronoun') && !next(1)!.tags.has('Verb')) {
    // "talks" and "exercises" are often followed by their own modifiers, which compromise tags as nouns;
    // "an earthquake jolts the coast": a word read as a noun that takes an object is the verb after it
    if (!/s$/.test(t.normal) && !verbAfter(r)) return null;
  }
  return e.type;
}

/** Is the word after a noun trigger its verb ("quake hit southern Iran", "fire destroys the building")? */
function verbAfter(r: RuleInput): boolean {
  const v = r.next(1)!;
  const o = r.next(2);
  if (hasComma(v) || !o) return false;
  const verbish = /(s|ed)$/.test(v.normal) || isIrregularForm(v.normal);
  // the object may be a place compromise tags as a noun ("hit southern Iran")
  return verbish && (o.tags.has('Determiner') || o.tags.has('Possessive') || o.tags.has('Adjective') || o.tags.has('Value') || o.tags.has('Place') || /^\p{Lu}/u.test(o.text));
}
