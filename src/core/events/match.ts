// Finding a trigger at a token: a phrase of lexicon/triggers.ts ("took over"), else a single word whose
// part of speech fits its entry and whose rule accepts the context.
import { NOUN_MODIFIERS, POST_WORDS, TAKEN_COMPANIES, TAKEN_PLACES, TITLE_WORDS } from '../lexicon/event-words';
import { lemmas, PHRASES_BY_FIRST, triggersFor, type TriggerRule } from '../lexicon/triggers';
import type { EventType } from '../types';
import { applyRule } from './rules';
import { hasComma, type EventScan } from './scan';

export interface TriggerHit {
  /** The trigger's last token. */
  last: number;
  type: EventType;
  /** The lexicon entry or phrase and rule that made it an event of this type. */
  why: string;
}

/** A trigger starting at token i: a phrase first, then a word. */
export function matchTrigger(x: EventScan, i: number, lo: number, hi: number): TriggerHit | null {
  return matchPhrase(x, i, hi) ?? matchWord(x, i, lo, hi);
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
  for (const { entry } of entries) {
    if (entry.rule !== 'figure') {
      // "is due to fly": compromise reads a bare form after "to" as a noun
      const infinitive = p?.normal === 'to' && t.normal === entry.lemma;
      if (entry.pos === 'verb' && !(isVerb || verbContext || infinitive)) continue;
      if (entry.pos === 'verb' && p && /^(a|an|the)$/.test(p.normal)) continue;
      if (entry.pos === 'noun' && !(isNoun || nounContext)) continue;
    }
    const hit = applyRule(x, entry, i, lo, hi);
    if (hit) return { ...hit, why: `the trigger "${entry.lemma}"${entry.pos ? ` (${entry.pos})` : ''} means ${entry.type}${entry.rule ? `; rule ${entry.rule}${hit.type !== entry.type ? ` made it ${hit.type}` : ' accepted its context'}` : ''}` };
  }
  return null;
}
