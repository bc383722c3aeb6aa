// Events: typed triggers with participants, place and date.
import type { DocContext } from './document';
import type { Actor, Mention, NewsEvent } from './types';

export function findEvents(_ctx: DocContext, _mentions: Mention[], _actors: Actor[], _articleDate?: string): NewsEvent[] {
  return [];
}
