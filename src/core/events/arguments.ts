// What is said around a trigger: who takes part, where, when, and whether it happened (negation,
// modality), read from the words near it in its sentence.
import { FUTURE, HYPOTHETICAL, NEGATION, PLACE_PREPS, PLANNED_ADJ, PLAN_VERBS } from '../lexicon/event-words';
import type { Mention } from '../types';
import { firstToken, hasComma, type EventScan } from './scan';

export function negated(x: EventScan, i: number, lo: number): boolean {
  for (let k = i - 1; k >= lo && k >= i - 4; k--) {
    const w = x.toks[k];
    if (NEGATION.has(w.normal) || /n't$/.test(w.normal) || w.tags.has('Negative')) return true;
    if (hasComma(w) || w.tags.has('Conjunction')) break;
  }
  return false;
}

export function modality(x: EventScan, i: number, lo: number): 'asserted' | 'planned' | 'hypothetical' {
  const toks = x.toks;
  const p = i - 1 >= lo ? toks[i - 1] : undefined;
  if (p && PLANNED_ADJ.has(p.normal)) return 'planned';
  for (let k = i - 1; k >= lo && k >= i - 5; k--) {
    const w = toks[k];
    if (HYPOTHETICAL.has(w.normal)) return 'hypothetical';
    if (FUTURE.has(w.normal) || PLAN_VERBS.test(w.normal) && toks[k + 1]?.normal === 'to') return 'planned';
    if (w.normal === 'to' && (k === i - 1 || (k === i - 2 && /^(be|hold|have|make)$/.test(toks[i - 1].normal)))) return 'planned';
    if (hasComma(w)) break;
  }
  return 'asserted';
}

/** Actors taking part: the nearest before the trigger (its subject or possessor) and after it (its object). */
export function participants(x: EventScan, i: number, last: number, lo: number, hi: number): string[] {
  const out: string[] = [];
  const push = (a: string | null | undefined): void => { if (a && !out.includes(a) && out.length < 4) out.push(a); };
  const { toks, refs } = x;
  for (let k = i - 1; k >= lo && k >= i - 12; k--) {
    if (x.inQuote(k)) break;
    const w = toks[k];
    const m = refs.mentionAt(k);
    if (m && m.actor) {
      const a = refs.actor(m.actor);
      const before = firstToken(x, m.start) - 1;
      const locative = before >= lo && PLACE_PREPS.has(toks[before].normal);
      if (a && !(a.type === 'place' && locative)) { push(a.id); break; }
      k = Math.max(lo, before + 1);
      continue;
    }
    if (/^(he|she|it|his|her|its)$/.test(w.normal)) { push(refs.resolvePronoun(k)); break; }
  }
  for (let k = last + 1; k < hi && k <= last + 8; k++) {
    if (x.inQuote(k)) break;
    const m = refs.mentionAt(k);
    if (m && m.actor) {
      const a = refs.actor(m.actor);
      const before = firstToken(x, m.start) - 1;
      const locative = before >= lo && PLACE_PREPS.has(toks[before].normal) && toks[before].normal !== 'with';
      if (a && a.type !== 'place') { push(a.id); break; }
      if (a && a.type === 'place' && !locative) { push(a.id); break; }
      k = firstToken(x, m.end);
    }
    if (toks[k] && toks[k].tags.has('Verb') && k > last + 1) break;
  }
  return out;
}

/** The place actor after in/at/to… following the trigger, else after in/at before it. */
export function placeOf(x: EventScan, i: number, lo: number, hi: number): string | undefined {
  const { toks, refs } = x;
  for (let k = i + 1; k < hi; k++) {
    const m = refs.mentionAt(k);
    if (m && m.actor && refs.actor(m.actor)?.type === 'place') {
      const before = firstToken(x, m.start) - 1;
      if (before >= lo && PLACE_PREPS.has(toks[before].normal)) return m.actor;
    }
  }
  for (let k = i - 1; k >= lo; k--) {
    const m = refs.mentionAt(k);
    if (m && m.actor && refs.actor(m.actor)?.type === 'place') {
      const before = firstToken(x, m.start) - 1;
      if (before >= lo && /^(in|at)$/.test(toks[before].normal)) return m.actor;
    }
  }
  return undefined;
}

/**
 * The date of an event in sentence [start, end): its nearest dated mention, else the article's date.
 * `dates` is sorted by start; `from` is where to begin looking (the first date not before the sentence).
 */
export function dateOf(dates: readonly Mention[], from: number, end: number, at: number, articleDate?: string): string | undefined {
  let date: string | undefined;
  let best = Infinity;
  for (let k = from; k < dates.length && dates[k].start < end; k++) {
    const dist = Math.abs(dates[k].start - at);
    if (dates[k].value && dist < best) { best = dist; date = dates[k].value; }
  }
  return date ?? articleDate;
}
