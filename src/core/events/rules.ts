// The rule table: each trigger rule of lexicon/triggers.ts names the function that checks its context.
import type { TriggerEntry } from '../lexicon/triggers';
import type { EventType } from '../types';
import { defaultRule, type Rule, type RuleInput } from './rule-base';
import { ACTION_RULES } from './rules-actions';
import { MARKET_AND_LEGAL_RULES } from './rules-markets';
import type { EventScan } from './scan';

export const RULES: Partial<Record<string, Rule>> = { ...MARKET_AND_LEGAL_RULES, ...ACTION_RULES };

/** The event type of trigger entry e at token i, and the trigger's last token; null when its context rules it out. */
export function applyRule(scan: EventScan, e: TriggerEntry, i: number, lo: number, hi: number): { type: EventType; last: number } | null {
  const toks = scan.toks;
  const t = toks[i];
  // "March" the month, "Hurricane Delia": names, not events
  if (t.tags.has('Date') || t.tags.has('Month')) return null;
  const input: RuleInput = {
    scan, e, t, i, lo, hi,
    next: (k) => (i + k < hi ? toks[i + k] : undefined),
    prev: (k) => (i - k >= lo ? toks[i - k] : undefined),
  };
  const rule = (e.rule && RULES[e.rule]) || defaultRule;
  const r = rule(input);
  if (r === null) return null;
  return typeof r === 'string' ? { type: r, last: i } : r;
}
