// What is said around a trigger: who takes part, where, when, and whether it happened (negation,
// modality), read from the words near it in its sentence.
import { CLAUSE_BREAKS, FAILED_TO, FRONTING_PREPS, FUTURE, GOVERNMENT_NOUNS, HYPOTHETICAL, NEGATION, PLACE_MODIFIERS, PLACE_PREPS, PLANNED_ADJ, PLAN_VERBS } from '../lexicon/event-words';
import type { Actor, EventType, Mention } from '../types';
import { groupAt, groupMembers } from './groups';
import { negatedAround } from './negation';
import { firstToken, hasComma, type EventScan } from './scan';

export function negated(x: EventScan, i: number, lo: number): boolean {
  // "failed to sign", "is not expected to sign", "avoided jail": see negation.ts
  if (negatedAround(x, i, lo)) return true;
  for (let k = i - 1; k >= lo && k >= i - 4; k--) {
    const w = x.toks[k];
    if (NEGATION.has(w.normal) || /n't$/.test(w.normal) || w.tags.has('Negative')) return true;
    // "not yet known": compromise tags "yet" as a conjunction
    if (hasComma(w) || (w.tags.has('Conjunction') && w.normal !== 'yet')) break;
  }
  return false;
}

export function modality(x: EventScan, i: number, lo: number): 'asserted' | 'planned' | 'hypothetical' {
  const toks = x.toks;
  const p = i - 1 >= lo ? toks[i - 1] : undefined;
  if (p && PLANNED_ADJ.has(p.normal)) return 'planned';
  // "failed to pay": told as not having happened (negated), not as planned
  if (p?.normal === 'to' && i - 2 >= lo && FAILED_TO.test(toks[i - 2].normal)) return 'asserted';
  // a noun trigger as the subject of a future ("talks will continue"), or of an infinitive ("an agreement to be signed")
  if (toks[i].tags.has('Noun') && /^(will|shall)$/.test(toks[i + 1]?.normal ?? '')) return 'planned';
  if (toks[i].tags.has('Noun') && toks[i + 1]?.normal === 'to' && toks[i + 2]?.normal === 'be' && !!toks[i + 3]?.tags.has('Verb')) return 'planned';
  for (let k = i - 1; k >= lo && k >= i - 5; k--) {
    const w = toks[k];
    if (HYPOTHETICAL.has(w.normal)) return 'hypothetical';
    if (FUTURE.has(w.normal) || PLAN_VERBS.test(w.normal) && toks[k + 1]?.normal === 'to') return 'planned';
    if (w.normal === 'to' && (k === i - 1 || (k === i - 2 && /^(be|hold|have|make)$/.test(toks[i - 1].normal)))) return 'planned';
    // "invited X to attend the meeting": the noun of an infinitive is planned too
    if (w.normal === 'to' && k === i - 3 && toks[i - 2].tags.has('Verb') && toks[i - 1].tags.has('Determiner')) return 'planned';
    if (hasComma(w)) break;
  }
  return 'asserted';
}

/** The preposition governing the mention starting at token `from` ("at the Kharbmaidon training ground"), or undefined. */
export function governingPrep(x: EventScan, from: number, lo: number): string | undefined {
  for (let k = from - 1; k >= lo && k >= from - 4; k--) {
    const w = x.toks[k].normal;
    if (PLACE_PREPS.has(w) || /^(with|between|by|of|for|against|on|among)$/.test(w)) return w;
    if (!PLACE_MODIFIERS.test(w) && !x.toks[k].tags.has('Adjective')) return undefined;
  }
  return undefined;
}

interface Found { actor: Actor; from: number; to: number }

/** The actor mention covering token k, as its token range. */
function actorAt(x: EventScan, k: number): Found | undefined {
  const m = x.refs.mentionAt(k);
  const a = m?.actor ? x.refs.actor(m.actor) : undefined;
  if (!m || !a) return undefined;
  // a mention that starts or ends inside a token (the name tagger splits words Byline keeps whole) still
  // covers token k, so scans that jump past it always move forward
  return { actor: a, from: Math.min(k, firstToken(x, m.start)), to: Math.max(k, firstToken(x, m.end) - 1) };
}

/**
 * The first conjunct of "X, apposition, and Y" or "X and Y" when Y starts at token `from`: skips the
 * apposition and modifiers inside it ("Chief of Staff of the Iranian Armed Forces").
 */
function conjunctBefore(x: EventScan, from: number, lo: number): Found | undefined {
  let and = from - 1;
  // over the title written before the second name ("and Russian Defense Minister Sergei Shoigu")
  while (and > lo && and >= from - 5 && x.toks[and].normal !== 'and' && /^\p{Lu}/u.test(x.toks[and].text) && !hasComma(x.toks[and])) and--;
  if (and < lo || x.toks[and].normal !== 'and') return undefined;
  for (let k = and - 1; k >= lo && k >= and - 14; k--) {
    if (CLAUSE_BREAKS.test(x.toks[k].normal) || x.inQuote(k)) return undefined;
    const f = actorAt(x, k);
    if (!f) continue;
    const prep = governingPrep(x, f.from, lo);
    const inside = prep === 'of' || (prep && PLACE_PREPS.has(prep)) || (f.from > lo && x.toks[f.from - 1].tags.has('Adjective'));
    if (!inside) return f;
    k = f.from;
  }
  return undefined;
}

/** The second conjunct of "X and Y" after X ending at token `to`. */
function conjunctAfter(x: EventScan, to: number, hi: number): Found | undefined {
  if (to + 2 >= hi || x.toks[to + 1].normal !== 'and') return undefined;
  for (let k = to + 2; k < hi && k <= to + 4; k++) {
    const f = actorAt(x, k);
    if (f) return f;
  }
  return undefined;
}

/** A place counts as a participant only where it acts as a state: not after in/at/to, not a travel destination. */
function actsAsParty(x: EventScan, f: Found, lo: number, type: EventType, after: boolean): boolean {
  if (f.actor.type !== 'place') return true;
  const prep = governingPrep(x, f.from, lo);
  if (prep && PLACE_PREPS.has(prep)) return false;
  if (after && type === 'travel') return false;
  return !(f.from > lo && /^(of|the)$/.test(x.toks[f.from - 1].normal) && after);
}

/**
 * Who takes part, read from the trigger's clause: its subject or possessor before it (with a first
 * conjunct, "X and Y met"), its object or with/between/by/of phrase after it ("talks between X and Y").
 */
export function participants(x: EventScan, i: number, last: number, lo: number, hi: number, type: EventType): string[] {
  const out: string[] = [];
  const push = (a: string | null | undefined): void => { if (a && !out.includes(a) && out.length < 4) out.push(a); };
  const { toks, refs } = x;
  for (let k = i - 1; k >= lo && k >= i - 12; k--) {
    const w = toks[k];
    // the dateline ("NAIROBI, Kenya (AP) —") is not the subject
    if (x.inQuote(k) || /[—–]/.test(w.post)) break;
    if (CLAUSE_BREAKS.test(w.normal)) {
      // "Kiprop, who returned": a relative clause's subject is the name before it; so is the subject
      // of a verb after a closed relative clause ("Mwangi, whose party called the protests, accused")
      const relative = /^(who|which)$/.test(w.normal) || (w.normal === 'whose' && commaBetween(x, k, i));
      const ante = relative && k > lo ? actorAt(x, k - 1) : undefined;
      if (ante && actsAsParty(x, ante, lo, type, false)) push(ante.actor.id);
      break;
    }
    const f = actorAt(x, k);
    if (f) {
      if (actsAsParty(x, f, lo, type, false)) {
        push(f.actor.id);
        const c = conjunctBefore(x, f.from, lo);
        if (c && actsAsParty(x, c, lo, type, false)) push(c.actor.id);
        break;
      }
      k = f.from;
      continue;
    }
    if (/^(he|she|it|his|her|its)$/.test(w.normal)) { push(refs.resolvePronoun(k)); break; }
    if (pushGroup(x, k, push)) break;
    const head = GOVERNMENT_NOUNS.test(w.normal) ? headOfGovernment(x, k) : undefined;
    if (head) { push(head); break; }
  }
  for (let k = last + 1; k < hi && k <= last + 8; k++) {
    const w = toks[k];
    if (x.inQuote(k) || (CLAUSE_BREAKS.test(w.normal) && k > last + 1)) break;
    // a noun trigger's of/with/between phrase stops at a comma ("the protests, accused X")
    if (k > last + 1 && hasComma(toks[k - 1]) && !toks[i].tags.has('Verb') && toks[i].tags.has('Noun')) break;
    const f = actorAt(x, k);
    if (f) {
      if (actsAsParty(x, f, lo, type, true)) {
        push(f.actor.id);
        const c = conjunctAfter(x, f.to, hi);
        if (c && actsAsParty(x, c, lo, type, true)) push(c.actor.id);
        break;
      }
      k = f.to;
      continue;
    }
    if (pushGroup(x, k, push)) break;
    if (w.tags.has('Verb') && k > last + 1 && !w.tags.has('Auxiliary')) break;
  }
  const fronted = frontedSubject(x, i, last, lo, hi, type);
  if (fronted) push(fronted);
  const seller = type === 'economic' ? sellerOf(x, i, last, hi) : undefined;
  if (seller) push(seller);
  return seller ? buyingStates(x, out, seller) : out;
}

/**
 * A country sells as a state, and to a state: a person buying from it buys for their own country ("General
 * Bagheri said he would continue the purchase of jets from Russia": Iran buys, Russia sells). A person whose
 * country the article does not name as a place stays the buyer.
 */
function buyingStates(x: EventScan, out: string[], seller: string): string[] {
  const s = x.refs.actor(seller);
  if (s?.type !== 'place' || !x.states) return out;
  const state = (id: string): string => {
    const a = x.refs.actor(id);
    const c = a?.type === 'person' && a.country ? x.states!.get(a.country) : undefined;
    return c && c !== seller ? c : id;
  };
  return [...new Set(out.map(state))];
}

/** Buying words whose "from X" names the other party, the seller ("the purchase of jets, trainers and helicopters from Russia"). */
const BUYING = /^(purchase|purchases|purchased|purchasing|buy|buys|bought|buying|import|imports|imported|importing)$/;

/** The seller of a purchase: the actor after "from" in its clause, over a list of goods (a country sells as a state). */
function sellerOf(x: EventScan, i: number, last: number, hi: number): string | undefined {
  if (!BUYING.test(x.toks[i].normal)) return undefined;
  for (let k = last + 1; k + 1 < hi && k <= last + 16; k++) {
    const w = x.toks[k];
    if (x.inQuote(k) || CLAUSE_BREAKS.test(w.normal) || (w.tags.has('Verb') && !w.tags.has('Auxiliary') && !w.tags.has('Noun'))) return undefined;
    if (w.normal === 'from') return actorAt(x, k + 1)?.actor.id;
  }
  return undefined;
}

/**
 * "During a meeting with experts, the general stressed …", "Upon arriving in Moscow, Bagheri said …": the
 * subject of the main clause after a sentence-opening phrase took part in the phrase's event.
 */
function frontedSubject(x: EventScan, i: number, last: number, lo: number, hi: number, type: EventType): string | undefined {
  const { toks } = x;
  let k = i - 1;
  while (k > lo && k >= i - 3 && (toks[k].tags.has('Determiner') || toks[k].tags.has('Adjective'))) k--;
  if (k !== lo || !(FRONTING_PREPS.test(toks[k].normal) || (type === 'meeting' && toks[k].normal === 'at'))) return undefined;
  let comma = last;
  while (comma < hi && comma <= last + 15 && !hasComma(toks[comma]) && !x.inQuote(comma)) comma++;
  if (comma >= hi || comma > last + 15 || !hasComma(toks[comma])) return undefined;
  for (let j = comma + 1; j < hi && j <= comma + 4 && !x.inQuote(j); j++) {
    const f = actorAt(x, j);
    if (f) return f.actor.type === 'place' ? undefined : f.actor.id;
  }
  return undefined;
}

/** How many sentences around a government word its head is looked for ("the administration of Mr. Raisi"). */
const HEAD_REACH = 4;

/**
 * The person a government word at token k stands for: the one the article names as its head nearby,
 * "the administration of Mr. Raisi", "Raisi's government", "the Biden administration".
 */
function headOfGovernment(x: EventScan, k: number): string | undefined {
  const { toks } = x;
  const s = toks[k].sentence;
  const person = (j: number): string | undefined => {
    const f = j >= 0 && j < toks.length ? actorAt(x, j) : undefined;
    return f?.actor.type === 'person' ? f.actor.id : undefined;
  };
  const ranges = x.ctx.sentenceTokens;
  const from = ranges[Math.max(0, s - HEAD_REACH)][0];
  const to = ranges[Math.min(ranges.length - 1, s + HEAD_REACH)][1];
  for (let j = from; j < to; j++) {
    if (j === k || toks[j].normal !== toks[k].normal) continue;
    const found = (toks[j + 1]?.normal === 'of' ? personAfterTitle(x, j + 2) : undefined) ?? person(j - 1);
    if (found) return found;
  }
  return undefined;
}

/** The person named at token k, over a capitalized title before the name ("Prime Minister Ingrid Solberg", "Mr. Raisi"). */
function personAfterTitle(x: EventScan, k: number): string | undefined {
  for (let j = k; j < x.toks.length && j <= k + 3; j++) {
    const f = actorAt(x, j);
    if (f) return f.actor.type === 'person' ? f.actor.id : undefined;
    if (!/^\p{Lu}/u.test(x.toks[j].text)) return undefined;
  }
  return undefined;
}

/** A group reference at token k ("the two countries", "bilateral"): its two states take part. */
function pushGroup(x: EventScan, k: number, push: (a: string) => void): boolean {
  const g = x.states ? groupAt(x, k) : -1;
  if (g < 0) return false;
  const members = groupMembers(x, g, x.states!);
  members.forEach(push);
  return members.length > 0;
}

/** A place actor after a locative preposition (or a travel's direct object) in the trigger's clause. */
export function placeOf(x: EventScan, i: number, last: number, lo: number, hi: number, type: EventType): string | undefined {
  for (let k = last + 1; k < hi; k++) {
    if (x.inQuote(k) || (k > last + 1 && CLAUSE_BREAKS.test(x.toks[k].normal))) break;
    if (k > last + 1 && hasComma(x.toks[k - 1]) && x.toks[i].tags.has('Noun') && !x.toks[i].tags.has('Verb')) break;
    const f = actorAt(x, k);
    if (!f) continue;
    if (f.actor.type === 'place') {
      const prep = governingPrep(x, f.from, lo);
      if (prep && PLACE_PREPS.has(prep) && !(type === 'travel' && prep === 'from')) return f.actor.id;
      if (!prep && type === 'travel' && f.from <= last + 3) return f.actor.id;
    }
    k = f.to;
  }
  for (let k = i - 1; k >= lo; k--) {
    const w = x.toks[k];
    if (x.inQuote(k) || CLAUSE_BREAKS.test(w.normal)) break;
    const f = actorAt(x, k);
    if (f && f.actor.type === 'place') {
      const prep = governingPrep(x, f.from, lo);
      // "In Moscow, X met Y": a sentence-opening place crosses the comma; others stay in their clause
      if (prep && /^(in|at)$/.test(prep) && (!commaBetween(x, f.to, i) || f.from - 1 === lo)) return f.actor.id;
    }
    if (f) k = f.from;
  }
  return undefined;
}

function commaBetween(x: EventScan, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (hasComma(x.toks[k])) return true;
  return false;
}

/**
 * Dates tied to events: each dated mention of a sentence goes to the nearest event of its sentence
 * in the same clause (no clause word between them). An event no date reaches gets none: the article's
 * date is not stamped on it, and the nearest year of the sentence is not taken. `events` come in token order.
 */
export function attachDates(x: EventScan, events: readonly { tok: number; date?: string; when?: string }[], dates: readonly Mention[]): void {
  for (const d of dates) {
    const dt = firstToken(x, d.start);
    if (dt >= x.toks.length) continue;
    const s = x.toks[dt].sentence;
    let best: { tok: number; date?: string; when?: string } | undefined;
    let dist = Infinity;
    // events come in token order: only those within 40 tokens of the date (was every event for every date)
    let lo = 0, hi = events.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (events[mid].tok < dt - 40) lo = mid + 1; else hi = mid; }
    for (let j = lo; j < events.length && events[j].tok <= dt + 40; j++) {
      const e = events[j];
      if (x.toks[e.tok].sentence !== s) continue;
      const [a, b] = e.tok < dt ? [e.tok, dt] : [dt, e.tok];
      let blocked = false;
      for (let k = a + 1; k < b && !blocked; k++) blocked = CLAUSE_BREAKS.test(x.toks[k].normal) && x.toks[k].normal !== 'as';
      const n = b - a + (e.tok > dt ? 0.5 : 0);
      if (!blocked && n < dist) { dist = n; best = e; }
    }
    // a date that names no calendar day ("on Monday" with no article date) is kept as its words
    if (best && d.value) best.date ??= d.value;
    else if (best) best.when ??= d.text;
  }
}
