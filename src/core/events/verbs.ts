// Verbs the lexicon lacks that still tell a happening: a passive ("was evacuated", "were stranded",
// "the indictment was unsealed"): something was done to someone or something, told as a fact. Typed
// `other`: the word says something happened, not what kind of thing. Stance, thought, being and
// speech are left out (speech acts are claims); active verbs and infinitives stay with the lexicon
// (a plain verb is too often manner or purpose: "tends to worsen", "pushed for closer ties").
import { LIGHT_VERBS, NOT_ACTOR_VERBS, NOT_DEED_VERBS, NOT_HAPPENINGS } from '../lexicon/event-words';
import { isIrregularForm } from '../lexicon/triggers';
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

/** A passive verb the lexicon lacks, told as a deed: typed other. */
export function matchPassiveVerb(x: EventScan, i: number, lo: number, hi: number): TriggerHit | null {
  if (i <= lo || notDeed(x, i) || !passive(x, i, lo, hi)) return null;
  return { last: i, type: 'other', why: 'a passive verb ("was evacuated"): something was done' };
}
