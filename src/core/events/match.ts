// Finding a trigger at a token: a phrase of lexicon/triggers.ts ("took over"), else a single word whose
// part of speech fits its entry and whose rule accepts the context.
import { BE_FORMS, LIGHT_VERBS, NOT_ACTOR_VERBS, NOT_HAPPENINGS, NOUN_MODIFIERS, POST_WORDS, TAKEN_COMPANIES, TAKEN_PLACES, TITLE_WORDS } from '../lexicon/event-words';
import { isIrregularForm, lemmas, PHRASES_BY_FIRST, triggersFor, type TriggerRule } from '../lexicon/triggers';
import { speechVerb } from '../lexicon/speech';
import type { EventType } from '../types';
import { applyRule } from './rules';
import { hasComma, type EventScan } from './scan';
import { eventObject, matchDeedVerb, matchGerundDeed, matchInfinitiveDeed, matchPassiveVerb } from './verbs';
import { matchAbsence, matchAvoided, matchRefusal, matchUnParticiple, negatedInfinitive } from './negation';

export interface TriggerHit {
  /** The trigger's last token. */
  last: number;
  type: EventType;
  /** The lexicon entry or phrase and rule that made it an event of this type. */
  why: string;
  /** The trigger itself says it did not happen ("refused a test"). */
  negated?: boolean;
}

/** A trigger starting at token i: a phrase first, then a word. */
export function matchTrigger(x: EventScan, i: number, lo: number, hi: number): TriggerHit | null {
  return matchPhrase(x, i, hi) ?? matchWord(x, i, lo, hi) ?? matchNegatedVerb(x, i, lo) ?? matchActorVerb(x, i, lo) ?? matchPassiveVerb(x, i, lo, hi) ?? matchDeedVerb(x, i, lo, hi) ?? matchGerundDeed(x, i, lo, hi) ?? matchInfinitiveDeed(x, i, lo, hi) ?? matchAvoided(x, i, lo) ?? matchUnParticiple(x, i, lo) ?? matchRefusal(x, i, lo, hi) ?? matchAbsence(x, i, lo);
}

/**
 * A past-tense verb the lexicon lacks right after a named person or body ("Klitschko blasted Rahman",
 * "Weitz directed the film"): who did what, told as a fact. Not speech (a claim), thought or being, and
 * not a verb opening a clause ("found that …").
 */
function matchActorVerb(x: EventScan, i: number, lo: number): TriggerHit | null {
  const t = x.toks[i];
  if (i <= lo || !t.tags.has('PastTense') || t.tags.has('Auxiliary') || t.tags.has('Copula') || t.tags.has('Modal') || !/^\p{Ll}/u.test(t.text)) return null;
  // a light verb's happening is its object ("held a phone call"): that noun is the trigger
  if (NOT_HAPPENINGS.test(t.normal) || speechVerb(t.normal) || NOT_ACTOR_VERBS.test(t.normal) || LIGHT_VERBS.test(t.normal) || /^(that|to|by)$/.test(x.toks[i + 1]?.normal ?? '')) return null;
  // over one adverb between ("Klitschko easily stopped Rahman")
  const s = x.toks[i - 1].tags.has('Adverb') && i - 2 >= lo ? i - 2 : i - 1;
  const m = x.refs.mentionAt(s);
  const a = m?.actor ? x.refs.actor(m.actor) : undefined;
  // a name, not a pronoun or description ("he stood", "the 52-year-old showed"): those tell manner more than deeds
  if (!a || a.type === 'place' || m!.type === 'nominal' || m!.type === 'pronoun' || hasComma(x.toks[s])) return null;
  return { last: i, type: 'other', why: `a past-tense verb after its doer "${m!.text}": who did what` };
}

/**
 * A verb the lexicon lacks, right after a negation ("was not charged", "didn't pay", "without
 * reporting"): a happening that did not happen is still told, so it is kept (as other) and marked negated.
 */
function matchNegatedVerb(x: EventScan, i: number, lo: number): TriggerHit | null {
  const t = x.toks[i];
  // compromise reads a participle after a negation as an adjective ("was not charged", "hasn't touched")
  const participle = t.tags.has('Adjective') && (/ed$/.test(t.normal) || isIrregularForm(t.normal) || t.normal === 'known');
  if (!(t.tags.has('Verb') || t.tags.has('Gerund') || participle) || t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Copula')) return null;
  if ((NOT_HAPPENINGS.test(t.normal) && !toldNotHappening(x, i)) || !/^\p{Ll}/u.test(t.text)) return null;
  // "unable to reach", "decided not to direct", "is not expected to attend", "asked not to be named"
  if ((!participle || x.toks[i - 1]?.normal === 'be') && negatedInfinitive(x, i, lo)) {
    return { last: i, type: 'other', why: 'a verb after a negated or failed "to": a happening told as not happening' };
  }
  if (noSubjectPassive(x, i, lo)) return { last: i, type: 'other', why: 'a passive whose subject is "no …" ("no plea was entered"): a happening told as not happening' };
  let k = i - 1;
  // over an auxiliary or adverb between ("was not formally charged", "has not been")
  while (k > lo && k >= i - 2 && (x.toks[k].tags.has('Adverb') && !/^(not|never)$/.test(x.toks[k].normal) || /^(been|be|being|yet)$/.test(x.toks[k].normal))) k--;
  const w = x.toks[k];
  if (k < lo || !w) return null;
  const neg = /^(not|never|without)$/.test(w.normal) || /n't$/.test(w.normal);
  // an adjective stands for a participle only right after a negated auxiliary ("was not charged", "hasn't touched")
  // (or after "never": "the boxer never recovered")
  if (participle && !(/n't$/.test(w.normal) || w.normal === 'never' || (k > lo && BE_FORMS.test(x.toks[k - 1].normal)))) return null;
  return neg ? { last: i, type: 'other', why: `a verb negated by "${w.text}": a happening told as not happening` } : null;
}

/**
 * Words of NOT_HAPPENINGS that tell a happening all the same: "has not taken place", "didn't take a salary"
 * (take with an object), and "the results were not (yet) known" (a passive: nothing was made public).
 */
function toldNotHappening(x: EventScan, i: number): boolean {
  const t = x.toks[i].normal;
  const n = x.toks[i + 1];
  if (/^(take|took|taken)$/.test(t)) return !!n && (n.normal === 'place' || n.tags.has('Determiner'));
  // "did not have a gun", "hasn't had that much clout": a possession told as lacking (not "have to", "have been",
  // nor "doesn't have a deal", where the object tells the happening)
  if (/^(have|has|had)$/.test(t)) return !!n && n.normal !== 'to' && !n.tags.has('Verb') && !n.tags.has('Pronoun') && !eventObject(x, i, x.ctx.sentenceTokens[x.toks[i].sentence][1])
    && (n.tags.has('Determiner') || n.tags.has('Noun') || n.tags.has('Value') || /^(any|much|enough)$/.test(n.normal));
  if (t !== 'known') return false;
  let k = i - 1;
  while (k > 0 && k >= i - 3 && /^(yet|immediately|publicly|officially|not|n't|be|been)$/.test(x.toks[k].normal)) k--;
  return BE_FORMS.test(x.toks[k]?.normal ?? '') || /n't$/.test(x.toks[k]?.normal ?? '') || /^(not)$/.test(x.toks[i - 1]?.normal ?? '');
}

/** "No plea was entered", "no shots were fired": a participle after be whose subject opens with "no". */
function noSubjectPassive(x: EventScan, i: number, lo: number): boolean {
  const t = x.toks[i];
  if (!/(ed|en)$/.test(t.normal) || i - 3 < lo || !/^(was|were|been)$/.test(x.toks[i - 1].normal)) return false;
  let k = i - 2;
  if (x.toks[k].normal === 'been') return false;
  // over the subject's noun and its modifiers ("no formal application")
  while (k > lo && k >= i - 4 && (x.toks[k].tags.has('Noun') || x.toks[k].tags.has('Adjective')) && !x.toks[k].tags.has('Pronoun')) k--;
  return k < i - 2 && x.toks[k].normal === 'no';
}

function matchPhrase(x: EventScan, i: number, hi: number): TriggerHit | null {
  const toks = x.toks;
  for (const first of lemmas(toks[i].normal)) {
    for (const p of PHRASES_BY_FIRST.get(first) ?? []) {
      if (i + p.words.length > hi) continue;
      let ok = true;
      for (let k = 1; k < p.words.length && ok; k++) ok = lemmas(toks[i + k].normal).includes(p.words[k]) && !hasComma(toks[i + k - 1]);
      if (!ok) continue;
      const last = i + p.words.length - 1;
      const type = p.rule ? phraseRule(x, p.rule, p.type, last, hi) : p.type;
      if (type) return { last, type, why: `the phrase "${p.words.join(' ')}" means ${p.type}${p.rule ? `; rule ${p.rule} made it ${type}` : ''}` };
    }
  }
  return null;
}

function phraseRule(x: EventScan, rule: TriggerRule, type: EventType, last: number, hi: number): EventType | null {
  if (rule !== 'takeover') return type;
  const { toks, refs } = x;
  // "took over as coach", "took over from X": a post; "took over Twitter": a company; "took over the town": a place
  for (let k = last + 1; k < hi && k <= last + 4; k++) {
    const w = toks[k];
    if (/^(as|from)$/.test(w.normal) || TITLE_WORDS.test(w.normal) || POST_WORDS.test(w.normal)) return 'personnel';
    const m = refs.mentionAt(k);
    const a = m?.actor ? refs.actor(m.actor) : undefined;
    if (a?.type === 'organization') return 'economic';
    if (a?.type === 'place' || TAKEN_PLACES.test(w.normal)) return 'conflict';
    if (TAKEN_COMPANIES.test(w.normal)) return 'economic';
    if (hasComma(w)) break;
  }
  return type;
}

function matchWord(x: EventScan, i: number, lo: number, hi: number): TriggerHit | null {
  const { toks, refs } = x;
  const t = toks[i];
  const entries = triggersFor(t.normal);
  if (entries.length === 0) return null; // most words: nothing to read around them
  const isVerb = t.tags.has('Verb') || t.tags.has('Gerund') || t.tags.has('PastTense');
  const isNoun = t.tags.has('Noun') && !t.tags.has('Pronoun');
  const p = i > lo ? toks[i - 1] : undefined;
  const n = i + 1 < hi ? toks[i + 1] : undefined;
  // compromise reads "joint exercises", "Monday's hearing" as verbs: a noun phrase before says noun
  const nounContext = !!p && (p.tags.has('Determiner') || p.tags.has('Adjective') || p.tags.has('Possessive') || p.tags.has('Value') || /['’]s$/.test(p.normal))
    && !p.tags.has('Pronoun') || (!!p && NOUN_MODIFIERS.test(p.normal));
  // and "Nejmeh beat Kuwait" as a noun: a name on both sides says verb
  const verbContext = !!p && !!n && !!refs.mentionAt(i - 1) && (!!refs.mentionAt(i + 1) || n.tags.has('ProperNoun') || n.tags.has('Determiner'));
  // "a gunman shot three people": a noun subject, then a counted or determined object, says verb
  const objectContext = !!p && p.tags.has('Noun') && !p.tags.has('Pronoun') && !!n && (n.tags.has('Value') || /^(a|an|the|his|her|their|its|him|them)$/.test(n.normal) || n.tags.has('ProperNoun'))
    && /(ed|en)$|^(shot|hit|struck|killed|left)$/.test(t.normal);
  // "killed one and injured dozens", "24 dead and 200 injured": a participle after "and" or a count
  const participleAfter = !!p && /ed$/.test(t.normal) && (p.normal === 'and' || p.tags.has('Value') || /^\d/.test(p.text) || /^(reported|others)$/.test(p.normal));
  // "Paris hit by a heist", "a town struck by floods": a past form with its agent after "by" is a verb
  const byAgent = n?.normal === 'by' && (/ed$/.test(t.normal) || isIrregularForm(t.normal));
  // a title-case headline ("Driver Charged In Fatal Hit"): its parts of speech are guesses
  const headline = x.headline(t.sentence);
  // the auxiliary of a passive across a negation ("was not charged", "has never been paid")
  let a = i - 1;
  while (a > lo && a >= i - 3 && /^(not|never|n't|been)$/.test(toks[a].normal)) a--;
  const aux = a >= lo ? toks[a] : undefined;
  for (const { entry } of entries) {
    if (entry.rule !== 'figure') {
      // "is due to fly": compromise reads a bare form after "to" as a noun
      const infinitive = p?.normal === 'to' && t.normal === entry.lemma;
      // "was charged with", ", killing one man": compromise may read these as adjective or noun
      const passive = !!aux && /^(was|were|been|be|being|is|are|has|have|had|got|get|gets)$/.test(aux.normal) && (/(ed|en)$/.test(t.normal) || isIrregularForm(t.normal));
      const participle = !!p && hasComma(p) && /ing$/.test(t.normal);
      if (entry.pos === 'verb' && !(isVerb || verbContext || objectContext || participleAfter || infinitive || passive || participle || headline || byAgent)) continue;
      if (entry.pos === 'verb' && p && /^(a|an|the)$/.test(p.normal)) continue;
      // "will face trial on", "after the shooting ,": a noun compromise reads as an adjective, heading its phrase
      const adjectiveNoun = t.tags.has('Adjective') && (t.normal === entry.lemma || t.normal === `${entry.lemma}s`) && !!p && (p.tags.has('Verb') || p.tags.has('Preposition') || p.tags.has('Determiner'))
        && !(n && n.tags.has('Noun') && !n.tags.has('ProperNoun'));
      if (entry.pos === 'noun' && !(isNoun || nounContext || headline || adjectiveNoun)) continue;
    }
    const hit = applyRule(x, entry, i, lo, hi);
    if (hit) return { ...hit, why: `the trigger "${entry.lemma}"${entry.pos ? ` (${entry.pos})` : ''} means ${entry.type}${entry.rule ? `; rule ${entry.rule}${hit.type !== entry.type ? ` made it ${hit.type}` : ' accepted its context'}` : ''}` };
  }
  return null;
}
