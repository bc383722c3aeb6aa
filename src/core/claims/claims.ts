// Direct quotes and reported speech, attributed to actors.
//
// Cues are speech verbs from lexicon/speech.ts ("said", "told", "stressed"…) and "according to". For
// each cue the speaker is read next to it (the subject before the verb, "said X" after it, through an
// apposition or "X of Y"), pronouns and definite descriptions as the coreference stage resolved them (coref/).
// What was said is either the clause after the cue ("X said (that) …"), the clause before it
// ("…, X said."), both around a parenthetical ("…, he said, is …"), or a direct quote next to it.
// Quotes without a cue take the speaker of the quote before them in the same or the previous
// paragraph; short quotes without a cue (scare quotes, titles) are not claims.
import { Referents, type CorefView, type MentionIndex } from '../coref/referents';
import type { DocContext } from '../text/document';
import type { DocQuotes } from '../text/quotes';
import type { Actor, Claim, ClaimKind } from '../types';
import { findCues } from './cues';
import { attributeQuotes } from './quoted';
import type { ClaimScan, PendingClaim } from './scan';

/** `reasons`: filled with why each claim has its speaker, by claim id (byline annotate --explain). */
export function findClaims(ctx: DocContext, docQuotes: DocQuotes, index: MentionIndex, actors: Actor[], reasons?: Map<string, string>, coref?: CorefView): Claim[] {
  const { text, tokens: toks } = ctx;
  const { quotes, quoteOf } = docQuotes;
  const refs = new Referents(ctx, index, actors, coref);
  const candidates = index.withActor.map(([m]) => ({ start: m.start, end: m.end, actor: m.actor!, type: m.type as Actor['type'] }));
  const sc: ClaimScan = { ctx, text, toks, quotes, quoteOf, refs, cues: [], claims: [], candidates, inQuote: (i) => quoteOf[i] >= 0 };
  findCues(sc);
  attributeQuotes(sc);
  return keepClaims(sc.claims, reasons);
}

/** Drops a reported claim that is just a quote already found (quotes first on ties) and numbers the rest. */
function keepClaims(claims: PendingClaim[], reasons?: Map<string, string>): Claim[] {
  // a reported claim that is just a quote already found is dropped; quotes first on ties
  claims.sort((a, b) => a.start - b.start || (a.kind === 'quote' ? -1 : 1));
  const kept: Claim[] = [];
  const whys: string[] = [];
  const quoteSpans = claims.filter((c) => c.kind === 'quote');
  let qp = 0;
  for (const c of claims) {
    if (c.kind === 'reported') {
      while (qp < quoteSpans.length && quoteSpans[qp].end < c.start) qp++;
      let dup = false;
      for (let k = qp; k < quoteSpans.length && quoteSpans[k].start <= c.end; k++) {
        if (quoteSpans[k].start <= c.start + 2 && quoteSpans[k].end >= c.end - 2) dup = true;
      }
      if (dup) continue;
    }
    const claim: Claim = { id: '', kind: c.kind as ClaimKind, start: c.start, end: c.end, text: c.text, speaker: c.speaker };
    if (c.cue) claim.cue = c.cue;
    kept.push(claim);
    whys.push(c.why ?? '');
  }
  kept.forEach((c, n) => { c.id = `c${n + 1}`; reasons?.set(c.id, whys[n]); });
  return kept;
}
