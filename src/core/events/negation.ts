// Happenings told as not happening that the lexicon cannot see (ECB+'s NEG_ classes: negation "by
// negative particles (not, neither), other verbs (deny, avoid, be unable) or negated participants"):
// what was avoided, escaped or lacked ("avoided jail", "dodged arrest", "lacking experience", "no
// evidence of sabotage"), what was refused or denied ("refused a breath test": the refusal is the
// trigger, as in ECB+), what was decided against or is not expected ("chose not to pay", "is not
// expected to sign"), a happening whose own verb undoes it ("the merger never happened", "the attack was
// foiled"), someone's absence ("heard in his absence"), and a participle negated by its prefix ("the
// guards were unharmed", "for unknown reasons").
// Each is kept as an event and marked negated, not dropped.
import { FAILED_TO, NOT_HAPPENINGS } from '../lexicon/event-words';
import type { TriggerHit } from './match';
import type { Token } from '../text/tagger';
import { hasComma, type EventScan } from './scan';

/** Verbs whose object did not happen: "avoided jail", "evaded prosecution", "dodging arrest", "prevented an attack". */
export const AVOID_VERBS = /^(avoid|avoids|avoided|avoiding|evade|evades|evaded|evading|dodge|dodges|dodged|dodging|escape|escapes|escaped|escaping|averted|avert|averts|averting|prevent|prevents|prevented|preventing|lack|lacks|lacked|lacking)$/;

/** Nouns whose "of" phrase did not happen when "no" opens them: "no evidence of sabotage", "no sign of a struggle". */
const NO_TRACE = /^(evidence|sign|signs|indication|indications|trace|traces|hint|report|reports)$/;

/**
 * The avoiding or lacking word before token i, over a determiner or adjective ("avoided a long jail term",
 * "for lack of evidence", "the absence of a trial", "no evidence of foul play"); -1 if none.
 */
export function avoidedBy(x: EventScan, i: number, lo: number): number {
  for (let k = i - 1; k >= lo && k >= i - 3; k--) {
    const w = x.toks[k];
    if (AVOID_VERBS.test(w.normal)) return k;
    if (w.normal === 'of' && k - 1 >= lo) {
      const h = x.toks[k - 1].normal;
      if (/^(lack|absence)$/.test(h) || (NO_TRACE.test(h) && k - 2 >= lo && x.toks[k - 2].normal === 'no')) return k - 1;
    }
    if (hasComma(w) || !(w.tags.has('Determiner') || w.tags.has('Adjective') || w.tags.has('Possessive'))) return -1;
  }
  return -1;
}

/** A noun or gerund after an avoiding verb ("avoided jail", "denied stealing"): a happening that did not happen. */
export function matchAvoided(x: EventScan, i: number, lo: number): TriggerHit | null {
  const t = x.toks[i];
  // a person is no happening ("the absence of a leader", "dodged reporters")
  if (!(t.tags.has('Noun') || t.tags.has('Gerund')) || t.tags.has('Pronoun') || t.tags.has('ProperNoun') || t.tags.has('Actor') || !/^\p{Ll}/u.test(t.text)) return null;
  if (NOT_HAPPENINGS.test(t.normal) || /^(question|questions|reporters|comment|detection|notice)$/.test(t.normal)) return null;
  const k = avoidedBy(x, i, lo);
  // the object ends at its head: "avoided jail for decades", not "avoided the jail term" at "jail"
  const n = x.toks[i + 1];
  if (k < 0 || (n && n.sentence === t.sentence && n.tags.has('Noun') && !hasComma(t))) return null;
  return { last: i, type: 'other', why: `"${x.toks[k].text}" before it: a happening avoided or denied, told as not happening` };
}

/** "unharmed", "unknown", "unlicensed": a participle negated by its prefix (compromise reads some as passive verbs: "is unlicensed"). */
function unParticiple(t: Token): boolean {
  return /^un([a-z]{3,}(ed|en)|known|hurt)$/.test(t.normal) && (t.tags.has('Adjective') || t.tags.has('Verb')) && !/^(under|unit|united|unde|unre)/.test(t.normal);
}

/** "unharmed", "unknown", "unlicensed", "unbeaten": a participle negated by its prefix, said of someone or something. */
export function matchUnParticiple(x: EventScan, i: number, lo: number): TriggerHit | null {
  const t = x.toks[i];
  if (!unParticiple(t)) return null;
  // predicative ("were unharmed", "remain unbeaten") or before "reasons"/"causes" ("for unknown reasons")
  const p = i > lo ? x.toks[i - 1] : undefined;
  const n = x.toks[i + 1];
  const predicative = !!p && /^(is|are|was|were|be|been|being|remain|remains|remained|stay|stays|stayed|left|escaped)$/.test(p.normal);
  if (!predicative && !(n && /^(reasons?|causes?)$/.test(n.normal))) return null;
  return { last: i, type: 'other', why: `"${t.text}": a participle negated by its prefix, told as not happening` };
}

/** Is the event at token i negated by what is around it, beyond a negative word just before it? */
export function negatedAround(x: EventScan, i: number, lo: number): boolean {
  if (unParticiple(x.toks[i]) || noOneDidIt(x, i, lo) || negatedInfinitive(x, i, lo) || undoneAfter(x, i)) return true;
  return avoidedBy(x, i, lo) >= 0;
}

/** Words through which a negation reaches the verb of an infinitive: "is not expected to sign", "wasn't able to reach". */
const RAISING = /^(expected|likely|going|set|due|scheduled|able|allowed|supposed|meant|ready|willing|want|wanted|intend|intends|intended|plan|plans|planned|try|tried)$/;

/**
 * The verb of an infinitive that did not happen: "failed to pay", "chose not to pay", "asked not to be named",
 * "is not expected to sign", "isn't going to veto" (a negation before a word that passes it on).
 */
export function negatedInfinitive(x: EventScan, i: number, lo: number): boolean {
  let k = i - 1;
  if (k > lo && x.toks[k].normal === 'be') k--;
  if (k - 1 < lo || x.toks[k].normal !== 'to') return false;
  const w = x.toks[k - 1].normal;
  if (FAILED_TO.test(w) || /^(not|never)$/.test(w)) return true;
  const n = k - 2 >= lo ? x.toks[k - 2].normal : '';
  if (!RAISING.test(w) || !(n === 'not' || /n't$/.test(n))) return false;
  // "a game he wasn't expected to attend" (and did): a past expectation tells nothing of what happened
  const aux = n === 'not' && k - 3 >= lo ? x.toks[k - 3].normal : n;
  return !(/^(expected|likely)$/.test(w) && /^(was|were|wasn't|weren't)$/.test(aux));
}

/** Verbs that say their subject did not take place once negated ("never happened", "did not occur"). */
const HAPPEN = /^(happen|happens|happened|occur|occurs|occurred|materialize|materialized|materialise|materialised)$/;
/** Passives that undo their subject ("the attack was foiled", "the match was cancelled"). */
const UNDONE = /^(foiled|thwarted|cancelled|canceled|scrapped|averted|prevented|avoided)$/;

/** A noun trigger whose own verb says it did not take place: "the merger never happened", "the plot was foiled". */
function undoneAfter(x: EventScan, i: number): boolean {
  const t = x.toks[i];
  if (!t.tags.has('Noun') || t.tags.has('Verb') || hasComma(t)) return false;
  const hi = x.ctx.sentenceTokens[t.sentence][1];
  let neg = false;
  let passive = false;
  for (let k = i + 1; k < hi && k <= i + 4; k++) {
    const w = x.toks[k].normal;
    if (/^(not|never)$/.test(w) || /n't$/.test(w)) neg = true;
    if (/^(was|were|been|be|is|are)$/.test(w) || /^(wasn't|weren't|isn't|aren't)$/.test(w)) passive = true;
    else if (!/^(not|never|n't|has|have|had|did|does|do|will|would|ever|yet|later|eventually|ultimately|actually|hasn't|haven't|hadn't|didn't|doesn't|won't|wouldn't)$/.test(w)) {
      if (neg) return HAPPEN.test(w) || (/^(take|took|taken)$/.test(w) && x.toks[k + 1]?.normal === 'place');
      return passive && (UNDONE.test(w) || (w === 'called' && x.toks[k + 1]?.normal === 'off'));
    }
    if (hasComma(x.toks[k])) return false;
  }
  return false;
}

/** "in his absence", "the minister's absence": someone was not there, told as not happening (not "absence of": see avoidedBy). */
export function matchAbsence(x: EventScan, i: number, lo: number): TriggerHit | null {
  const t = x.toks[i];
  if (t.normal !== 'absence' || i <= lo || x.toks[i + 1]?.normal === 'of') return null;
  const p = x.toks[i - 1];
  if (!(/^(his|her|their|its|my|our|your)$/.test(p.normal) || /['’]s$/.test(p.text))) return null;
  return { last: i, type: 'other', negated: true, why: `"${p.text} ${t.text}": someone was not there, told as not happening` };
}

/** "Nothing happened", "nobody was hurt", "none were injured": a verb whose subject is no one or nothing. */
function noOneDidIt(x: EventScan, i: number, lo: number): boolean {
  const t = x.toks[i];
  if (!(t.tags.has('Verb') || t.tags.has('Adjective'))) return false;
  for (let k = i - 1; k >= lo && k >= i - 6; k--) {
    const w = x.toks[k];
    if (/^(nothing|nobody|none|noone)$/.test(w.normal) || (w.normal === 'one' && x.toks[k - 1]?.normal === 'no')) return k === lo || !/^(of|with|for|to|about|from)$/.test(x.toks[k - 1].normal);
    if (hasComma(w) || w.tags.has('Noun') && !w.tags.has('Pronoun') || w.tags.has('Conjunction')) return false;
  }
  return false;
}

/** "refused a breath test", "denied the motions", "the request was declined": a refusal, whose matter did not happen. */
const REFUSALS = /^(refuse|refuses|refused|refusing|decline|declines|declined|declining|deny|denies|denied|denying)$/;

/** A refusal of something named after it (not "refused to …", "denied that …"), or a passive refusal; told negated. */
export function matchRefusal(x: EventScan, i: number, lo: number, hi: number): TriggerHit | null {
  const t = x.toks[i];
  if (!REFUSALS.test(t.normal) || !/^\p{Ll}/u.test(t.text)) return null;
  const n = i + 1 < hi ? x.toks[i + 1] : undefined;
  const p = i > lo ? x.toks[i - 1] : undefined;
  const object = !!n && !hasComma(t) && (n.tags.has('Determiner') || n.tags.has('Possessive') || (n.tags.has('Noun') && !n.tags.has('Pronoun'))) && !/^(that|to|it)$/.test(n.normal);
  const passive = !!p && /^(was|were|been|is|are|be)$/.test(p.normal) && /ed$/.test(t.normal);
  if (!object && !passive) return null;
  return { last: i, type: 'other', negated: true, why: `"${t.text}" with what was refused: a happening told as not happening` };
}
