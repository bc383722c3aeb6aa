// Direct quotes and reported speech, attributed to actors.
import type { DocContext } from './document';
import type { Actor, Claim, Mention } from './types';

export function findClaims(_ctx: DocContext, _mentions: Mention[], _actors: Actor[]): Claim[] {
  return [];
}
