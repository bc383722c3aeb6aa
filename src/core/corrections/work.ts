// What the correction ops share while applying: the analysis being corrected, lookups, edit notes.
import type { Actor, Analysis, EntityType, Mention, MentionType, Span } from '../types';
import { resolveAnchor, sameSpan } from './anchor';
import type { Anchor } from './model';

export type CorrectionStatus = 'applied' | 'unchanged' | 'orphaned';

/** The state the ops share while applying. */
export interface Work {
  text: string;
  a: Analysis;
  edits: Map<string, string[]>;
}

export type Outcome = { status: CorrectionStatus; why?: string };
export const APPLIED: Outcome = { status: 'applied' };

const NAMED = new Set<MentionType>(['person', 'organization', 'place']);
export const isNamed = (t: MentionType): t is EntityType => NAMED.has(t);
export const mentionKey = (s: Span): string => `m:${s.start}:${s.end}`;

export function note(w: Work, key: string, what: string): void {
  const list = w.edits.get(key);
  if (!list) w.edits.set(key, [what]);
  else if (!list.includes(what)) list.push(what);
}

/** The mention at exactly this span, else the smallest one covering it. */
export function mentionAt(w: Work, span: Span, withActor = false): Mention | undefined {
  const ok = (m: Mention): boolean => !withActor || !!m.actor;
  const exact = w.a.mentions.find((m) => sameSpan(m, span) && ok(m));
  if (exact) return exact;
  let best: Mention | undefined;
  for (const m of w.a.mentions) {
    if (m.start <= span.start && span.end <= m.end && ok(m) && (!best || m.end - m.start < best.end - best.start)) best = m;
  }
  return best;
}

export function actorOf(w: Work, id: string | undefined): Actor | undefined {
  return id === undefined ? undefined : w.a.actors.find((x) => x.id === id);
}

/** The actor of the mention an anchor points at, after the entity corrections. */
export function actorAtAnchor(w: Work, anchor: Anchor): Actor | undefined {
  const span = resolveAnchor(w.text, anchor);
  return span && actorOf(w, mentionAt(w, span, true)?.actor);
}

export function clipText(s: string, max = 40): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}
