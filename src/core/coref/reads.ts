// What claims and events read of one sentence besides its tokens: the quote each token stands in, the
// mention under each token with its actor, and the coreference links over the sentence. Written as a
// signature (offsets relative to the sentence's piece) so that a sentence whose signature is unchanged
// after an edit can keep its results (text/sentence-memo.ts). One per run, shared by claims and events: each
// signature is written once (the finer one claims need, which also covers what events read).
import type { DocContext } from '../text/document';
import type { DocQuotes } from '../text/quotes';
import { Signatures } from '../text/sentence-memo';
import type { PlacedPiece } from '../text/tagger';
import type { Actor } from '../types';
import type { MentionIndex } from './referents';
import type { Link } from './resolve';

export class SentenceReads {
  private readonly actors: Map<string, Actor>;
  /** The signatures of every piece's sentences, built when first asked. */
  readonly signatures: Signatures;

  constructor(private readonly ctx: DocContext, private readonly quotes: DocQuotes, private readonly index: MentionIndex, actors: readonly Actor[], private readonly links: readonly Link[], readonly pieces: readonly PlacedPiece[]) {
    this.actors = new Map(actors.map((a) => [a.id, a]));
    this.signatures = new Signatures(pieces, (s, base, first, out) => this.signature(s, base, first, out));
  }

  /**
   * Appends the signature of sentence s to out: where the quoted runs start, which quote and where it opens
   * and closes, each mention under its tokens with its actor, and the links Referents can return there.
   */
  private signature(s: number, base: number, first: number, out: unknown[]): void {
    const { quotes: spans, quoteOf } = this.quotes;
    const [lo, hi] = this.ctx.sentenceTokens[s];
    const { mentionOf } = this.index;
    let quote = -2;
    let last: unknown = null;
    for (let i = lo; i < hi; i++) {
      const q = quoteOf[i];
      if (q !== quote) {
        out.push('q', i - first, q);
        if (q >= 0) out.push(spans[q].open - base, spans[q].close - base, spans[q].start - base, spans[q].end - base, spans[q].single);
        quote = q;
      }
      const m = mentionOf[i];
      if (m === last) continue;
      last = m;
      if (!m) { out.push('-', i - first); continue; }
      const a = m.actor ? this.actors.get(m.actor) : undefined;
      out.push('m', i - first, m.start - base, m.end - base, m.type, m.actor, m.text, a?.type, a?.country, a?.name);
    }
    const { start, end } = this.ctx.sentences[s];
    const ls = this.links;
    // what Referents' lookup can return for a position in the sentence: the last link starting before it, and those starting in it
    let a = 0, b = ls.length;
    while (a < b) { const mid = (a + b) >> 1; if (ls[mid].start < start) a = mid + 1; else b = mid; }
    for (let k = Math.max(0, a - 1); k < ls.length && ls[k].start < end; k++) {
      const l = ls[k];
      if (k < a && l.end <= start) continue; // ends before the sentence: never returned for a position in it
      out.push('l', l.kind, l.start - base, l.end - base, l.actor);
    }
  }
}
