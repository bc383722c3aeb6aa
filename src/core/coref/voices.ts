// The voices of the text itself, outside any quote: its writer or speaker ("I", "me", "my": a column, a
// letter, a speech, an interview's answers), the group they speak for ("we", "us", "our") and whom they
// address ("you", "your"). Each that comes back (twice or more) is one unnamed actor, its pronouns its
// mentions. Read after the claims, like coref/quoted, so claims and events never see these links.
import type { QuoteSpan } from '../text/quotes';
import type { Actor, Mention } from '../types';
import { FIRST_PERSON, overlapTest, romanI } from './quoted';

interface Voice { name: string; words: RegExp }

const VOICES: readonly Voice[] = [
  { name: 'the writer', words: FIRST_PERSON },
  // "US" is the country: "us" is the pronoun only in lower case or opening a sentence
  { name: 'we (the writer’s group)', words: /(?<![\p{L}\p{N}'’-])([Ww]e|us|Us|[Oo]urs|[Oo]ur|[Oo]urselves)(?![\p{L}\p{N}-])/gu },
  { name: 'you (whom the writer addresses)', words: /(?<![\p{L}\p{N}'’-])([Yy]ou|[Yy]our|[Yy]ours|[Yy]ourself|[Yy]ourselves)(?![\p{L}\p{N}-])/gu },
];

export interface Voices {
  /** The pronouns, as mentions of their voice's actor, in text order. */
  refs: Mention[];
  /** One unnamed person per voice heard twice or more (ids v1, v2…). */
  actors: Actor[];
}

/** The I/we/you pronouns outside the quotes (and outside every other mention), one unnamed actor per voice that recurs. */
export function voicesOutsideQuotes(text: string, quotes: readonly QuoteSpan[], mentions: readonly Mention[]): Voices {
  const taken = overlapTest(mentions);
  const quoted = overlapTest(quotes.map((q) => ({ start: q.open, end: q.close })));
  const refs: Mention[] = [];
  const actors: Actor[] = [];
  for (const v of VOICES) {
    const found: Array<{ start: number; end: number }> = [];
    for (const m of text.matchAll(v.words)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (quoted(start, end) || taken(start, end) || romanI(text, m[0], start, end)) continue;
      found.push({ start, end });
    }
    if (found.length < 2) continue;
    const id = `v${actors.length + 1}`;
    actors.push({ id, name: v.name, type: 'person', aliases: [], mentions: found, unnamed: true });
    for (const f of found) refs.push({ ...f, text: text.slice(f.start, f.end), type: 'pronoun', actor: id });
  }
  return { refs: refs.sort((a, b) => a.start - b.start), actors };
}
