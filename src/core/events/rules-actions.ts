// Event rules for meetings, movements, conflict and personnel moves: the context a trigger needs before
// it counts, and the type it then has (see the rule list in lexicon/triggers.ts).
import { AID_WORDS, ARMED_FORCES, BE_FORMS, CONFLICT_NOUNS, DISASTER_NOUNS, ELECTION_WORDS, EVENT_NOUN_AFTER_HOST, LABOUR_WORDS, MILITARY_STRIKE_MODIFIERS, OUTBREAK_OF_FIGHTING, PLACES_LEFT, POST_WORDS, PROTEST_STRIKE_MODIFIERS, PROTEST_WORDS, RECEIVED_WHO, STRUCK_NOT_ATTACKED, TITLE_WORDS, TROOP_WORDS } from '../lexicon/event-words';
import type { TriggerRule } from '../lexicon/triggers';
import { defaultRule, type Rule, type RuleInput, type RuleResult } from './rule-base';
import { hasComma, objectAt, sentenceWords, windowHas } from './scan';

function fireRule(r: RuleInput): RuleResult {
  const x = r.scan;
  const { refs } = x;
  const { i, next, prev } = r;
  const p = prev(1);
  if (p && /^(was|were|been|be|being|is|are|got|get)$/.test(p.normal)) return 'personnel';
  for (let k = 1; k <= 3; k++) {
    const w = next(k);
    if (!w) break;
    const m = refs.mentionAt(i + k);
    if ((m && m.type === 'person') || /^(him|her|them)$/.test(w.normal) || (w.tags.has('Actor') && !w.tags.has('ProperNoun'))) return 'personnel';
    if (!w.tags.has('Determiner') && !w.tags.has('Adjective') && !w.tags.has('Possessive')) break;
  }
  return 'conflict';
}

function strikeRule(r: RuleInput): RuleResult {
  const x = r.scan;
  const { t, i, next, prev } = r;
  for (let k = 1; k <= 3; k++) if (STRUCK_NOT_ATTACKED.test(next(k)?.normal ?? '')) return null;
  if (t.tags.has('Verb') && !/^(struck|strike|strikes|striking)$/.test(t.normal)) return null;
  const p = prev(1)?.normal ?? '';
  if (MILITARY_STRIKE_MODIFIERS.test(p)) return 'conflict';
  if (PROTEST_STRIKE_MODIFIERS.test(p)) return 'protest';
  // "a strong quake struck the coast": the quake is the event
  for (let k = 1; k <= 3; k++) if (DISASTER_NOUNS.test(prev(k)?.normal ?? '')) return 'disaster';
  if (windowHas(x, i, LABOUR_WORDS, 12) && !windowHas(x, i, CONFLICT_NOUNS, 12)) return 'protest';
  return 'conflict';
}

function receiveRule(r: RuleInput): RuleResult {
  const x = r.scan;
  const { refs } = x;
  const { e, i, next } = r;
  for (let k = 1; k <= 4; k++) {
    const w = next(k);
    if (!w) break;
    const m = refs.mentionAt(i + k);
    if (m && m.type === 'person') return e.type;
    if (RECEIVED_WHO.has(w.normal)) return e.type;
    if (k === 1 && w.tags.has('ProperNoun') && /^\p{Lu}/u.test(w.text) && !(m && m.type !== 'nominal' && m.type !== 'pronoun')) return e.type;
    if (hasComma(w)) break;
  }
  return null;
}

function blockRule(r: RuleInput): RuleResult {
  const x = r.scan;
  const { i } = r;
  const words = sentenceWords(x, i);
  if (words.some((w) => PROTEST_WORDS.test(w))) return 'protest';
  if (words.some((w) => /^(court|judge|judges|ruling)$/.test(w))) return 'legal';
  return 'other';
}

function hostRule(r: RuleInput): RuleResult {
  const { e, next } = r;
  for (let k = 1; k <= 4; k++) if (EVENT_NOUN_AFTER_HOST.has(next(k)?.normal ?? '')) return null;
  return e.type;
}

function objectRule(r: RuleInput): RuleResult {
  const { t, e, next } = r;
  const n = next(1);
  if (!n || n.normal === 'that' || n.tags.has('Pronoun') && /^(he|she|they|we|i)$/.test(n.normal)) return null;
  // "the bodies were found in a flat", "was found dead": a passive of discovery, where or how
  const p = r.prev(1)?.tags.has('Adverb') ? r.prev(2) : r.prev(1);
  if (/^(was|were|been|is|are|being)$/.test(p?.normal ?? '') && /ed$|^found$/.test(t.normal) && /^(in|at|on|inside|near|under|outside|behind|dead|alive|hanging|unconscious|lying)$/.test(n.normal)) return e.type;
  if (t.tags.has('Verb') && (n.tags.has('Verb') || n.tags.has('Preposition') && n.normal !== 'about')) return null;
  return e.type;
}

function leaveRule(r: RuleInput): RuleResult {
  const x = r.scan;
  const { refs } = x;
  const { i, next, prev } = r;
  const n = next(1);
  if (!n) return null;
  const n2 = next(2);
  if (n.normal === 'as' && n2 && (TITLE_WORDS.test(n2.normal) || n2.tags.has('Determiner') || n2.tags.has('Possessive'))) return 'personnel';
  if (n.normal === 'for' && next(2) && !/^(good|dead)$/.test(next(2)!.normal)) return 'travel';
  const m = refs.mentionAt(i + 1);
  if (m?.actor && refs.actor(m.actor)?.type === 'place') return 'travel';
  // a person leaves a post ("left the company"); "the result leaves Villarreal on 24 points" is no event
  let person = false;
  for (let k = 1; k <= 8 && !person; k++) {
    const w = prev(k);
    if (!w) break;
    const pm = refs.mentionAt(i - k);
    person = (pm?.type === 'person') || /^(he|she|who)$/.test(w.normal) || (w.tags.has('Actor') && !w.tags.has('ProperNoun'));
  }
  if (person && m?.actor && refs.actor(m.actor)?.type === 'organization') return 'personnel';
  for (let k = 1; k <= 3; k++) {
    const w = next(k);
    if (!w) break;
    if (person && POST_WORDS.test(w.normal)) return 'personnel';
    if (PLACES_LEFT.test(w.normal)) return 'travel';
    if (!w.tags.has('Determiner') && !w.tags.has('Adjective') && !w.tags.has('Possessive')) break;
  }
  return null;
}

function landRule(r: RuleInput): RuleResult {
  const { e, next } = r;
  return /^(in|at|on)$/.test(next(1)?.normal ?? '') ? e.type : null;
}

function namedRule(r: RuleInput): RuleResult {
  const x = r.scan;
  const { refs } = x;
  const { e, i, next, prev } = r;
  const p = prev(1)?.normal ?? '';
  const n1 = next(1)?.normal ?? '';
  if (/^(after|for|by|in|on)$/.test(n1)) return null;
  if (n1 === 'as' && /^(a|an)$/.test(next(2)?.normal ?? '') && /^(suspect|defendant|witness|party)$/.test(next(3)?.normal ?? '')) return null;
  if (BE_FORMS.test(p) || /^(newly|recently|just|also)$/.test(p)) return e.type;
  // "named Mei Lin Tan as interim CFO", "promoted her to"
  let person = false;
  for (let k = 1; k <= 8; k++) {
    const w = next(k);
    if (!w) break;
    const m = refs.mentionAt(i + k);
    if ((m && m.type === 'person') || /^(him|her|them)$/.test(w.normal)) person = true;
    else if (person && (/^(as|to)$/.test(w.normal) || TITLE_WORDS.test(w.normal))) return e.type;
    if (hasComma(w) && !person) break;
  }
  return null;
}

function replaceRule(r: RuleInput): RuleResult {
  const x = r.scan;
  const { refs } = x;
  const { e, i, hi, next, prev } = r;
  if (/^(in|at|with)$/.test(next(1)?.normal ?? '')) return null;
  // "succeeded his father as emir"
  if (objectAt(x, i, hi, 5, /^as$/) >= 0 || (BE_FORMS.test(prev(1)?.normal ?? '') && next(1)?.normal === 'by')) return e.type;
  for (let k = 1; k <= 4; k++) {
    const w = next(k);
    if (!w) break;
    const m = refs.mentionAt(i + k);
    if ((m && m.type === 'person') || /^(him|her)$/.test(w.normal) || TITLE_WORDS.test(w.normal)) return e.type;
    if (hasComma(w)) break;
  }
  return null;
}

function sendRule(r: RuleInput): RuleResult {
  const x = r.scan;
  const { i, hi } = r;
  // "sent aid", "sent two warships": one event, from the verb to what was sent
  let k = objectAt(x, i, hi, 6, AID_WORDS);
  if (k >= 0) return { type: 'aid', last: k };
  k = objectAt(x, i, hi, 6, TROOP_WORDS);
  if (k >= 0) return { type: 'military', last: k };
  return null;
}

function flyRule(r: RuleInput): RuleResult {
  const x = r.scan;
  const { refs } = x;
  const { i, hi, next } = r;
  const k = objectAt(x, i, hi, 6, AID_WORDS);
  if (k >= 0) return { type: 'aid', last: k };
  const n1 = next(1)?.normal ?? '';
  if (/^(to|into|back|home|from|out|on)$/.test(n1)) return 'travel';
  const m = refs.mentionAt(i + 1);
  if (n1 === 'in' || (m?.actor && refs.actor(m.actor)?.type === 'place')) return 'travel';
  return null;
}

function outbreakRule(r: RuleInput): RuleResult {
  const { e, next } = r;
  if (next(1)?.normal === 'of' && OUTBREAK_OF_FIGHTING.test(next(2)?.normal ?? '')) return 'conflict';
  return e.type;
}

function retreatRule(r: RuleInput): RuleResult {
  const x = r.scan;
  const { e, i } = r;
  if (windowHas(x, i, ARMED_FORCES, 12)) return 'military';
  if (windowHas(x, i, /^(shares|stocks|index|prices|markets?)$/, 8)) return null;
  return e.type;
}

function killRule(r: RuleInput): RuleResult {
  const x = r.scan;
  const { e, i } = r;
  if (windowHas(x, i, DISASTER_NOUNS, 15) && !windowHas(x, i, CONFLICT_NOUNS, 15)) return 'disaster';
  return e.type;
}

function landslideRule(r: RuleInput): RuleResult {
  const x = r.scan;
  const { e, i, prev } = r;
  if (prev(1)?.normal === 'a' && prev(2)?.normal === 'by' || windowHas(x, i, ELECTION_WORDS, 10)) return null;
  return e.type;
}

function talksRule(r: RuleInput): RuleResult {
  const x = r.scan;
  const { refs } = x;
  const { t, i, next, prev } = r;
  // "she talks about", "Kiprop talks to": the verb
  if (t.tags.has('Verb') && /^(to|about|with|of)$/.test(next(1)?.normal ?? '')
    && (/^(he|she|it|who)$/.test(prev(1)?.normal ?? '') || refs.mentionAt(i - 1)?.type === 'person')) return null;
  return defaultRule(r);
}

export const ACTION_RULES: Partial<Record<TriggerRule, Rule>> = {
  fire: fireRule,
  strike: strikeRule,
  receive: receiveRule,
  block: blockRule,
  host: hostRule,
  object: objectRule,
  leave: leaveRule,
  land: landRule,
  named: namedRule,
  replace: replaceRule,
  send: sendRule,
  fly: flyRule,
  outbreak: outbreakRule,
  retreat: retreatRule,
  kill: killRule,
  landslide: landslideRule,
  talks: talksRule,
};
