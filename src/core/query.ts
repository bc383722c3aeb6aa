// Read-only lookups over one Analysis: what is at an offset, an actor's mentions, claims and events.
import type { Actor, Analysis, Claim, Mention, NewsEvent } from './types';

export interface AnalysisIndex {
  analysis: Analysis;
  actor(id: string | null | undefined): Actor | undefined;
  /** The innermost mention covering offset (start <= offset < end, or offset == end as a fallback). */
  mentionAt(offset: number): Mention | undefined;
  eventAt(offset: number): NewsEvent | undefined;
  claimAt(offset: number): Claim | undefined;
  /** Every mention of an actor (named, nominal, pronoun), in text order. */
  mentionsOf(actorId: string): Mention[];
  /** Where the actor is first named (its first nominal or pronoun mention when it is never named). */
  firstNamed(actorId: string): Mention | undefined;
  claimsBy(actorId: string): Claim[];
  eventsWith(actorId: string): NewsEvent[];
}

function firstCovering<T extends { start: number; end: number }>(items: T[], offset: number): T | undefined {
  // items sorted by start: binary search the last start <= offset, then look back for a cover
  let lo = 0, hi = items.length - 1, at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start <= offset) { at = mid; lo = mid + 1; } else hi = mid - 1;
  }
  let best: T | undefined;
  for (let i = at; i >= 0 && i > at - 64; i--) {
    const it = items[i];
    if (it.start <= offset && offset < it.end && (!best || it.end - it.start < best.end - best.start)) best = it;
  }
  if (best) return best;
  // the cursor right after a word still belongs to it
  for (let i = at; i >= 0 && i > at - 8; i--) if (items[i].end === offset) return items[i];
  return undefined;
}

export function indexAnalysis(analysis: Analysis): AnalysisIndex {
  const actors = new Map(analysis.actors.map((a) => [a.id, a]));
  const mentions = [...analysis.mentions].sort((a, b) => a.start - b.start);
  const triggers = analysis.events.map((e) => ({ start: e.trigger.start, end: e.trigger.end, event: e })).sort((a, b) => a.start - b.start);
  const claims = [...analysis.claims].sort((a, b) => a.start - b.start);
  const byActor = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (!m.actor) continue;
    let list = byActor.get(m.actor);
    if (!list) byActor.set(m.actor, (list = []));
    list.push(m);
  }
  return {
    analysis,
    actor: (id) => (id ? actors.get(id) : undefined),
    mentionAt: (o) => firstCovering(mentions, o),
    eventAt: (o) => firstCovering(triggers, o)?.event,
    claimAt: (o) => firstCovering(claims, o),
    mentionsOf: (id) => byActor.get(id) ?? [],
    firstNamed: (id) => {
      const ms = byActor.get(id) ?? [];
      return ms.find((m) => m.type !== 'nominal' && m.type !== 'pronoun') ?? ms[0];
    },
    claimsBy: (id) => claims.filter((c) => c.speaker === id),
    eventsWith: (id) => analysis.events.filter((e) => e.participants.includes(id) || e.place === id),
  };
}
