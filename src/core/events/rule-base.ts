// The shape of an event rule: what it is given about a candidate trigger, and what it answers.
import type { TriggerEntry } from '../lexicon/triggers';
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
    // "talks" and "exercises" are often followed by their own modifiers, which compromise tags as nouns
    if (!/s$/.test(t.normal)) return null;
  }
  return e.type;
}
