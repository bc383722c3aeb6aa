// Verbs the lexicon lacks that still tell a happening: a passive ("was evacuated", "were stranded",
// "the indictment was unsealed"): something was done to someone or something, told as a fact. Typed
// `other`: the word says something happened, not what kind of thing. Stance, thought, being and
// speech are left out (speech acts are claims); active verbs and infinitives stay with the lexicon
// (a plain verb is too often manner or purpose: "tends to worsen", "pushed for closer ties").
import { LIGHT_VERBS, NOT_ACTOR_VERBS, NOT_DEED_VERBS, NOT_HAPPENINGS } from '../lexicon/event-words';
import { isIrregularForm, triggersFor } from '../lexicon/triggers';
import { speechVerb } from '../lexicon/speech';
import type { TriggerHit } from './match';
import { hasComma, type EventScan } from './scan';

/** The auxiliary of a passive: a form of be or get (not have: "had relied" is a perfect, not a passive). */
const PASSIVE_AUX = /^(was|were|is|are|be|been|being|get|gets|got|gotten)$/;

/** A word that is no deed here: capitalized, an auxiliary, or a listed non-happening. */
function notDeed(x: EventScan, i: number): boolean {
  const t = x.toks[i];
  if (!/^\p{Ll}/u.test(t.text) || t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Copula')) return true;
  const w = t.normal;
  return NOT_HAPPENINGS.test(w) || NOT_ACTOR_VERBS.test(w) || NOT_DEED_VERBS.test(w) || LIGHT_VERBS.test(w) || !!speechVerb(w);
}

/** "was evacuated", "were not stranded", "has been closed", "was later found": a participle after be or get. */
function passive(x: EventScan, i: number, lo: number, hi: number): boolean {
  const t = x.toks[i];
  // a participle compromise reads as a verb: "was tired", "was drunk" (adjectives) are states
  if (!(/(ed|en)$/.test(t.normal) || isIrregularForm(t.normal)) || !t.tags.has('Verb')) return false;
  // "was scheduled to", "were told that": a verb opening a clause tells a plan or a report
  const n = i + 1 < hi ? x.toks[i + 1] : undefined;
  if (n && (/^(that|whether|about)$/.test(n.normal) || n.normal === 'to' && !!x.toks[i + 2]?.tags.has('Verb'))) return false;
  let k = i - 1;
  while (k > lo && k >= i - 3 && (x.toks[k].tags.has('Adverb') || x.toks[k].normal === 'been' || /n't$/.test(x.toks[k].normal)) && !hasComma(x.toks[k])) k--;
  return k >= lo && k < i && PASSIVE_AUX.test(x.toks[k].normal) && !hasComma(x.toks[k]);
}

/** Subjects a deed verb may follow: a personal or relative pronoun ("he sprayed", "who shot"). */
const DEED_SUBJECTS = /^(he|she|they|we|i|who|police|officers|authorities)$/;
/** Verbs of evidence and naming, no deed even with an object ("data showed a rise", "officials branded it"). */
const NOT_DEED_WITH_OBJECT = /^(showed|shown|indicated|suggested|matched|reflected|mirrored|signalled|signaled|branded|labelled|labeled|termed|nicknamed)$/;
/** The auxiliary of an active perfect ("has entered", "have placed"). */
const PERFECT_AUX = /^(has|have|had|'ve|'s)$/;

/** A direct object opening right after token i: a determiner, possessive, number, name or reflexive. */
function objectAfter(x: EventScan, i: number, hi: number): boolean {
  if (i + 1 >= hi || hasComma(x.toks[i])) return false;
  const n = x.toks[i + 1];
  // a quoted object is a name or a phrase ("entered \"a new stage\""), not a thing done to
  if (/["“'‘]/.test(n.pre)) return false;
  if (/^(that|this|these|those|what|which|to|it|there|here|up|out|off|back|down|over|away)$/.test(n.normal)) return false;
  if (/^(a|an|the|his|her|their|its|our|my|your|two|three|four|five|six|seven|eight|nine|ten|himself|herself|themselves|itself)$/.test(n.normal)) return true;
  return n.tags.has('Value') || /^\d/.test(n.text) || (n.tags.has('ProperNoun') && !n.tags.has('Date'));
}

/**
 * A transitive deed the lexicon lacks: a past or perfect verb with a doer before it and its object after
 * ("who shot three co-workers", "he sprayed 13 bullets", "the team has placed Bush on the list",
 * "has entered the clinic"). Told as a fact, typed other; a verb with no object stays out ("had relied on").
 */
export function matchDeedVerb(x: EventScan, i: number, lo: number, hi: number): TriggerHit | null {
  const t = x.toks[i];
  if (i <= lo || triggersFor(t.normal).length > 0 || notDeed(x, i) || NOT_DEED_WITH_OBJECT.test(t.normal) || !t.tags.has('Verb') || !(t.tags.has('PastTense') || t.tags.has('Participle')) || !/ed$|en$/.test(t.normal) && !isIrregularForm(t.normal)) return null;
  if (!objectAfter(x, i, hi)) return null;
  let k = i - 1;
  while (k > lo && k >= i - 2 && x.toks[k].tags.has('Adverb') && !/^(not|never)$/.test(x.toks[k].normal) && !hasComma(x.toks[k])) k--;
  const p = x.toks[k];
  if (hasComma(p)) return null;
  const perfect = PERFECT_AUX.test(p.normal) && !/^(has|have|had)$/.test(x.toks[i + 1]?.normal ?? '');
  // a noun doer ("prosecutors showed the footage"), or the second verb of a pair ("found her and executed two")
  const nounDoer = p.tags.has('Noun') && !p.tags.has('Date') && !p.tags.has('Pronoun') && /^\p{Ll}/u.test(p.text);
  if (!perfect && !DEED_SUBJECTS.test(p.normal) && !nounDoer && p.normal !== 'and') return null;
  return { last: i, type: 'other', why: perfect ? 'a perfect verb with its object ("has entered the clinic"): a deed done' : `a past verb after "${p.text}" with its object: who did what` };
}

/** Words before a gerund that make it a deed told in passing ("after completing a program", "for violating her probation"). */
const GERUND_OPENERS = /^(after|before|for|by|on|upon|while|without|from|is|are|was|were|been|be|and)$/;

/**
 * A gerund the lexicon lacks with its object, after a preposition or be ("after completing a 30-day
 * program", "for leaving another facility", "guards who were transporting him"): a deed, typed other.
 */
export function matchGerundDeed(x: EventScan, i: number, lo: number, hi: number): TriggerHit | null {
  const t = x.toks[i];
  if (i <= lo || !/ing$/.test(t.normal) || !(t.tags.has('Gerund') || t.tags.has('Verb')) || triggersFor(t.normal).length > 0 || notDeed(x, i)) return null;
  if (NOT_DEED_WITH_OBJECT.test(t.normal) || /^(including|according|following|regarding|concerning|considering|during|pending|having|being|making|taking|giving|getting|going|doing|saying|seeking|using|allowing|leading|causing|involving|affecting|containing|featuring|carrying|bringing|showing|wearing|monitoring|watching|ignoring|tracking|weighing|eyeing)$/.test(t.normal)) return null;
  const p = x.toks[i - 1];
  if (hasComma(p) || !GERUND_OPENERS.test(p.normal) || !objectAfter(x, i, hi)) return null;
  return { last: i, type: 'other', why: `a gerund after "${p.text}" with its object: a deed told in passing` };
}

/** The object of the verb at i is itself a happening the lexicon knows ("to implement an arms deal"): that noun tells it. */
export function eventObject(x: EventScan, i: number, hi: number): boolean {
  for (let k = i + 1; k < hi && k <= i + 4; k++) {
    const w = x.toks[k];
    if (triggersFor(w.normal).some((e) => e.entry.pos === 'noun')) return true;
    if (hasComma(w) || /^(of|to|in|at|with|for|and)$/.test(w.normal)) return false;
  }
  return false;
}

/**
 * "to" and a bare verb the lexicon lacks with its object ("checked in to begin a 90-day stay", "hired a
 * lawyer to handle her case"): a deed meant or done, typed other (its modality comes from the words before).
 */
export function matchInfinitiveDeed(x: EventScan, i: number, lo: number, hi: number): TriggerHit | null {
  const t = x.toks[i];
  if (i - 1 <= lo || x.toks[i - 1].normal !== 'to' || !t.tags.has('Infinitive') || triggersFor(t.normal).length > 0 || notDeed(x, i)) return null;
  if (NOT_DEED_WITH_OBJECT.test(t.normal) || /^(use|keep|help|allow|let|ensure|make|include|reflect|show|become|remain|stay|learn|see|hear|read|watch|consider|discuss|address|avoid|protect|improve|increase|reduce|boost|support|find|seek|get|have|put|pay|meet|reach|cover|provide)$/.test(t.normal)) return null;
  if (!objectAfter(x, i, hi) || eventObject(x, i, hi)) return null;
  return { last: i, type: 'other', why: 'a verb after "to" with its object: a deed meant or done' };
}

/** A passive verb the lexicon lacks, told as a deed: typed other. */
export function matchPassiveVerb(x: EventScan, i: number, lo: number, hi: number): TriggerHit | null {
  if (i <= lo || notDeed(x, i) || !passive(x, i, lo, hi)) return null;
  return { last: i, type: 'other', why: 'a passive verb ("was evacuated"): something was done' };
}
