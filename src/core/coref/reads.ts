// What claims and events read of one sentence besides its tokens: the quote each token stands in, the
// mention under each token with its actor, and the coreference links over the sentence. Written as a
// signature (offsets relative to the sentence's piece) so that a sentence whose signature is unchanged
// after an edit can keep its results (text/sentence-memo.ts).
import type { DocContext } from '../text/document';
import type { Actor } from '../types';
import type { MentionIndex } from './referents';
import type { Link } from './resolve';

export class SentenceReads {
  private readonly actors: Map<string, Actor>;

  constructor(private readonly ctx: DocContext, private readonly quoteOf: Int32Array, private readonly index: MentionIndex, actors: readonly Actor[], private readonly links: readonly Link[] = []) {
    this.actors = new Map(actors.map((a) => [a.id, a]));
  }

  /** The signature of sentence s; `quotes`: the quote index itself matters (else only whether a token is quoted). */
  signature(s: number, base: number, first: number, quotes = false): string {
    const [lo, hi] = this.ctx.sentenceTokens[s];
    const { mentionOf } = this.index;
    let sig = '';
    let last: unknown;
    for (let i = lo; i < hi; i++) {
      const q = this.quoteOf[i];
      sig += quotes ? `${q},` : q >= 0 ? '1' : '0';
      const m = mentionOf[i];
      if (m === last) continue;
      last = m;
      if (!m) { sig += '|'; continue; }
      const a = m.actor ? this.actors.get(m.actor) : undefined;
      sig += `[${i - first},${m.start - base},${m.end - base},${m.type},${m.actor},${m.text},${a ? `${a.type},${a.country},${a.name}` : ''}]`;
    }
    const { start, end } = this.ctx.sentences[s];
    const ls = this.links;
    // what Referents' lookup can return for a position in the sentence: the last link starting before it, and those starting in it
    let a = 0, b = ls.length;
    while (a < b) { const mid = (a + b) >> 1; if (ls[mid].start < start) a = mid + 1; else b = mid; }
    for (let k = Math.max(0, a - 1); k < ls.length && ls[k].start < end; k++) {
      const l = ls[k];
      if (k < a && l.end <= start) continue; // ends before the sentence: never returned for a position in it
      sig += `<${l.kind},${l.start - base},${l.end - base},${l.actor}>`;
    }
    return sig;
  }
}
