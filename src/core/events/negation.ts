// Happenings told as not happening that the lexicon cannot see (ECB+'s NEG_ classes: negation "by
// negative particles (not, neither), other verbs (deny, avoid, be unable) or negated participants"):
// what was avoided or escaped ("avoided jail", "dodged arrest"), what was refused or denied ("refused a
// breath test": the refusal is the trigger, as in ECB+), what was decided against ("chose not
// to pay"), and a participle negated by its prefix ("the guards were unharmed", "for unknown reasons").
// Each is kept as an event and marked negated, not dropped.
import { NOT_HAPPENINGS } from '../lexicon/event-words';
import type { TriggerHit } from './match';
import type { Token } from '../text/tagger';
import { hasComma, type EventScan } from './scan';

/** Verbs whose object did not happen: "avoided jail", "evaded prosecution", "dodging arrest", "prevented an attack". */
export const AVOID_VERBS = /^(avoid|avoids|avoided|avoiding|evade|evades|evaded|evading|dodge|dodges|dodged|dodging|escape|escapes|escaped|escaping|averted|avert|averts|averting|prevent|prevents|prevented|preventing)$/;

/** The avoiding verb right before token i, over a determiner or adjective ("avoided a long jail term"); -1 if none. */
export function avoidedBy(x: EventScan, i: number, lo: number): number {
  for (let k = i - 1; k >= lo && k >= i - 3; k--) {
    const w = x.toks[k];
    if (AVOID_VERBS.test(w.normal)) return k;
    if (hasComma(w) || !(w.tags.has('Determiner') || w.tags.has('Adjective') || w.tags.has('Possessive'))) return -1;
  }
  return -1;
}

/** A noun or gerund after an avoiding verb ("avoided jail", "denied stealing"): a happening that did not happen. */
export function matchAvoided(x: EventScan, i: number, lo: number): TriggerHit | null {
  const t = x.toks[i];
  if (!(t.tags.has('Noun') || t.tags.has('Gerund')) || t.tags.has('Pronoun') || t.tags.has('ProperNoun') || !/^\p{Ll}/u.test(t.text)) return null;
  if (NOT_HAPPENINGS.test(t.normal) || /^(question|questions|reporters|comment|detection|notice)$/.test(t.normal)) return null;
  const k = avoidedBy(x, i, lo);
  // the object ends at its head: "avoided jail for decades", not "avoided the jail term" at "jail"
  const n = x.toks[i + 1];
  if (k < 0 || (n && n.tags.has('Noun') && !hasComma(t))) return null;
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
  if (unParticiple(x.toks[i])) return true;
  // "for lack of evidence", "the absence of a trial": what is lacking did not happen
  if (i - 2 >= lo && x.toks[i - 1].normal === 'of' && /^(lack|absence)$/.test(x.toks[i - 2].normal)) return true;
  if (noOneDidIt(x, i, lo)) return true;
  // "chose not to pay", "decided never to return"
  if (i - 2 >= lo && x.toks[i - 1].normal === 'to' && /^(not|never)$/.test(x.toks[i - 2].normal)) return true;
  return avoidedBy(x, i, lo) >= 0;
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
