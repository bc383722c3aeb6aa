// People, organizations and places: runs of proper nouns that compromise tags, one label per name.
import type { DocContext } from './document';
import type { EntityType, Mention } from './types';

function typeOf(tags: ReadonlySet<string>): EntityType | null {
  if (tags.has('Person')) return 'person';
  if (tags.has('Place')) return 'place';
  if (tags.has('Organization')) return 'organization';
  return null;
}

export function findEntities(ctx: DocContext): Mention[] {
  const out: Mention[] = [];
  const toks = ctx.tokens;
  for (let i = 0; i < toks.length; i++) {
    const type = typeOf(toks[i].tags);
    if (!type) continue;
    let j = i;
    while (j + 1 < toks.length && toks[j + 1].sentence === toks[i].sentence && typeOf(toks[j + 1].tags) === type
      && !/[,.;:!?)"”]/.test(toks[j].post)) j++;
    out.push({ start: toks[i].start, end: toks[j].end, text: ctx.text.slice(toks[i].start, toks[j].end), type });
    i = j;
  }
  return out;
}
