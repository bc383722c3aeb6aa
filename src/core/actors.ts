// Merging mentions into actors.
import type { DocContext } from './document';
import type { Actor, Mention } from './types';

export function buildActors(_ctx: DocContext, mentions: Mention[]): Actor[] {
  const byName = new Map<string, Actor>();
  const actors: Actor[] = [];
  for (const m of mentions) {
    if (m.type !== 'person' && m.type !== 'organization' && m.type !== 'place') continue;
    let a = byName.get(m.text);
    if (!a) {
      a = { id: `a${actors.length + 1}`, name: m.text, type: m.type, aliases: [], mentions: [] };
      byName.set(m.text, a);
      actors.push(a);
    }
    a.mentions.push({ start: m.start, end: m.end });
    m.actor = a.id;
  }
  return actors;
}
