// Event rules for markets, the economy, courts and measures: the context a trigger needs before it
// counts, and the type it then has (see the rule list in lexicon/triggers.ts).
import { BE_FORMS, CONCEDED_THINGS, COURT_OBJECTS, COURT_WORDS, CUT_BEFORE, CUT_OBJECTS, DECLARED_THINGS, DISASTER_NOUNS, DISMISSED_CRITICISM, ECONOMIC_APPROVALS, ECONOMIC_MEASURES, ELECTION_OBJECTS, FALL_VICTIMS, HEIGHT_FALL_WORDS, IMPOSED_MEASURES, LEGAL_FILINGS, LEGAL_MEASURES, MARKET_SESSION_WORDS, MONETARY_WORDS, RATE_WORDS, TRADE_WORDS } from '../lexicon/event-words';
import type { TriggerRule } from '../lexicon/triggers';
import type { EventType } from '../types';
import { type Rule, type RuleInput, type RuleResult } from './rule-base';
import { hasComma, marketMove, objectAt, sentenceWords, windowHas } from './scan';

function marketMoveRule(r: RuleInput): RuleResult {
  const x = r.scan;
  const { e, i, lo, hi } = r;
  if (marketMove(x, i, lo, hi, e.rule === 'market')) return e.type;
  // "fell 600 metres from a ridge", "fell to his death", "after a fall from the roof": a fall, an accident
  if (e.lemma === 'fall' && (windowHas(x, i, HEIGHT_FALL_WORDS, 6) || windowHas(x, i, FALL_VICTIMS, 6))) return 'disaster';
  if (e.lemma === 'climb' && (windowHas(x, i, HEIGHT_FALL_WORDS, 8) || /^(while|when|after|during|of|before)$/.test(r.prev(1)?.normal ?? ''))) return 'other';
  return null;
}

function cutRule(r: RuleInput): RuleResult {
  const { t, e, next, prev } = r;
  // "cut 1,200 jobs", "cut its deposit rate", "slashed its forecast"
  const p = prev(1);
  // "spending cuts", "budget cuts", "job cuts": what is cut said before the noun
  if (/^cuts?$/.test(t.normal) && p && CUT_BEFORE.test(p.normal)) return e.type;
  if (t.normal === e.lemma && t.normal !== 'cut' && p && /^(a|an|the)$/.test(p.normal)) return null;
  for (let k = 1; k <= 5; k++) {
    const w = next(k);
    if (!w) break;
    if (RATE_WORDS.has(w.normal) || CUT_OBJECTS.test(w.normal)) return e.type;
    if (hasComma(w) || (k > 1 && w.tags.has('Verb') && !w.tags.has('Adjective'))) break;
  }
  return null;
}

function ratesRule(r: RuleInput): RuleResult {
  const { t, e, next, prev } = r;
  // "lower rates would help": an adjective, unless a subject or an auxiliary stands before it
  const p = prev(1);
  if (t.normal === e.lemma && t.normal !== 'cut' && !(p && (/^(to|will|would|could|may|might|not|did|should|must|can)$/.test(p.normal) || p.tags.has('Noun')))) return null;
  for (let k = 1; k <= 4; k++) {
    const w = next(k);
    if (!w) break;
    if (RATE_WORDS.has(w.normal)) return e.type;
    if (hasComma(w) || w.tags.has('Verb')) break;
  }
  return null;
}

function decisionRule(r: RuleInput): RuleResult {
  const x = r.scan;
  const { e, i, prev } = r;
  const words = sentenceWords(x, i);
  if (words.some((w) => MONETARY_WORDS.test(w))) return 'economic';
  if (prev(1)?.normal === 'rate') return 'economic';
  return e.type;
}

function courtRule(r: RuleInput): RuleResult {
  const x = r.scan;
  const { e, i, hi, next } = r;
  const n1 = next(1)?.normal ?? '';
  if (e.lemma === 'rule' && /^(out|over)$/.test(n1)) return null;
  if (e.lemma === 'appeal' && /^(for|to)$/.test(n1) && !windowHas(x, i, /^(courts?|tribunal|judges?)$/, 6)) return null;
  if (windowHas(x, i, COURT_WORDS, 25)) return 'legal';
  if (e.lemma === 'rule' && /^(that|against|in|unanimously)$/.test(n1)) return 'legal';
  if (e.lemma !== 'rule' && objectAt(x, i, hi, 4, COURT_OBJECTS) >= 0) return 'legal';
  return null;
}

function fileRule(r: RuleInput): RuleResult {
  const x = r.scan;
  const { i, hi } = r;
  const k = objectAt(x, i, hi, 5, LEGAL_FILINGS);
  if (k >= 0) return { type: 'legal', last: k };
  if (objectAt(x, i, hi, 3, /^(bankruptcy|insolvency)$/) >= 0) return 'economic';
  return null;
}

function imposeRule(r: RuleInput): RuleResult {
  const x = r.scan;
  const { toks } = x;
  const { i, hi } = r;
  const k = objectAt(x, i, hi, 5, IMPOSED_MEASURES);
  if (k < 0) return null;
  const w = toks[k].normal;
  const type: EventType | null = ECONOMIC_MEASURES.test(w) ? 'economic'
    : /^bans?$/.test(w) ? (windowHas(x, i, TRADE_WORDS, 12) ? 'economic' : 'legal')
      : LEGAL_MEASURES.test(w) ? 'legal' : null;
  return type && { type, last: k };
}

function banRule(r: RuleInput): RuleResult {
  const x = r.scan;
  const { e, i, next } = r;
  // the noun counts with what is banned after it ("a ban on exports"), the verb always
  if (e.pos === 'noun' && next(1)?.normal !== 'on') return null;
  return windowHas(x, i, TRADE_WORDS, 12) ? 'economic' : 'legal';
}

function approveRule(r: RuleInput): RuleResult {
  const x = r.scan;
  const { toks } = x;
  const { i, hi, prev } = r;
  const re = /^(drugs?|vaccines?|treatments?|medicines?|therapy|therapies|antibiotics?|pills?|jabs?|merger|takeover|acquisition|deal|sale|loan|bailout|budget|bill|law|amendments?|constitution|resolution)$/;
  let k = objectAt(x, i, hi, 5, re);
  if (k < 0 && BE_FORMS.test(prev(1)?.normal ?? '')) for (let j = 2; j <= 4; j++) if (re.test(prev(j)?.normal ?? '')) k = i - j;
  if (k < 0) return null;
  return ECONOMIC_APPROVALS.test(toks[k].normal) ? 'economic' : 'other';
}

function declareRule(r: RuleInput): RuleResult {
  const x = r.scan;
  const { toks } = x;
  const { i, hi } = r;
  const k = objectAt(x, i, hi, 4, DECLARED_THINGS);
  if (k < 0) return null;
  const w = toks[k].normal;
  if (/^(winner|victory|elected|president)$/.test(w)) return 'personnel';
  if (w === 'war') return 'conflict';
  if (/^(bankruptcy|insolvency|default)$/.test(w)) return 'economic';
  if (/^(emergency|disaster)$/.test(w) && windowHas(x, i, DISASTER_NOUNS, 20)) return 'disaster';
  return /^(curfew|martial|emergency)$/.test(w) ? 'legal' : 'other';
}

function winRule(r: RuleInput): RuleResult {
  const x = r.scan;
  const { e, i, hi } = r;
  if (objectAt(x, i, hi, 5, ELECTION_OBJECTS) >= 0) return 'personnel';
  if (objectAt(x, i, hi, 5, /^(contracts?|tenders?|orders?|bids?)$/) >= 0) return 'economic';
  return e.type;
}

function countRule(r: RuleInput): RuleResult {
  const x = r.scan;
  const { e, i, hi, prev } = r;
  if (objectAt(x, i, hi, 5, /^(ballots?|votes?)$/) >= 0) return e.type;
  for (let k = 1; k <= 3; k++) if (/^(ballots?|votes?)$/.test(prev(k)?.normal ?? '')) return e.type;
  return null;
}

function concedeRule(r: RuleInput): RuleResult {
  const x = r.scan;
  const { e, i, hi } = r;
  return objectAt(x, i, hi, 3, CONCEDED_THINGS) >= 0 ? e.type : null;
}

function dismissRule(r: RuleInput): RuleResult {
  const x = r.scan;
  const { e, i, hi } = r;
  if (objectAt(x, i, hi, 4, LEGAL_FILINGS) >= 0) return 'legal';
  if (objectAt(x, i, hi, 4, DISMISSED_CRITICISM) >= 0) return 'criticism';
  return e.type;
}

function sessionRule(r: RuleInput): RuleResult {
  const x = r.scan;
  const { e, i, prev } = r;
  if (/^(trading|training|practice|photo|qualifying|jam|study|morning|afternoon|evening|overnight|previous|listening|brainstorming|q&a)$/.test(prev(1)?.normal ?? '')) return null;
  if (windowHas(x, i, MARKET_SESSION_WORDS, 15)) return null;
  return e.type;
}

export const MARKET_AND_LEGAL_RULES: Partial<Record<TriggerRule, Rule>> = {
  figure: marketMoveRule,
  market: marketMoveRule,
  cut: cutRule,
  rates: ratesRule,
  decision: decisionRule,
  court: courtRule,
  file: fileRule,
  impose: imposeRule,
  ban: banRule,
  approve: approveRule,
  declare: declareRule,
  win: winRule,
  count: countRule,
  concede: concedeRule,
  dismiss: dismissRule,
  session: sessionRule,
};
