// Group references in an event's clause: "the two countries", "both sides", "bilateral talks" stand for
// the two states last named before them. A state counts when named ("Russia") or as the country of a
// person or body named or referred to ("Bagheri", "his": Iran); a city does not stand for its state.
import { GROUP_ADJECTIVES, GROUP_NOUNS } from '../lexicon/event-words';
import type { Actor } from '../types';
import { firstToken, type EventScan } from './scan';

/** How far back the states of a group are looked for. */
const GROUP_SENTENCES = 4;

/** Each country's place actor, by the country's name ("Russia" → the actor "Russian Federation"). */
export function statesOf(actors: readonly Actor[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of actors) {
    if (a.type === 'place' && a.country && (a.name === a.country || a.aliases.includes(a.country))) out.set(a.country, a.id);
  }
  return out;
}

/** The first token of a group reference ending at token k ("the two countries", "bilateral"), else -1. */
export function groupAt(x: EventScan, k: number): number {
  const w = x.toks[k].normal;
  if (GROUP_ADJECTIVES.test(w)) return k;
  return GROUP_NOUNS.test(w) && k > 0 && /^(two|both)$/.test(x.toks[k - 1].normal) ? k - 1 : -1;
}

/** The two states last named before token `from` (at most a few sentences back), or none. */
export function groupMembers(x: EventScan, from: number, states: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  if (!states.size || from <= 0) return out;
  const stop = x.toks[from].sentence - GROUP_SENTENCES;
  for (let k = from - 1; k >= 0 && x.toks[k].sentence >= stop && out.length < 2; k--) {
    const m = x.refs.mentionAt(k);
    const a = m?.actor ? x.refs.actor(m.actor) : undefined;
    if (!m || !a) continue;
    const state = a.country ? states.get(a.country) : undefined;
    if (state && (a.type !== 'place' || state === a.id) && !out.includes(state)) out.push(state);
    k = Math.min(k, firstToken(x, m.start));
  }
  return out.length === 2 ? out : [];
}
