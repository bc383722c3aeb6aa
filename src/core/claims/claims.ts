// Direct quotes and reported speech, attributed to actors.
//
// Cues are speech verbs from lexicon/speech.ts ("said", "told", "stressed"…) and "according to". For
// each cue the speaker is read next to it (the subject before the verb, "said X" after it, through an
// apposition or "X of Y"), pronouns and definite descriptions as the coreference stage resolved them (coref/).
// What was said is either the clause after the cue ("X said (that) …"), the clause before it
// ("…, X said."), both around a parenthetical ("…, he said, is …"), or a direct quote next to it.
// Quotes without a cue take the speaker of the quote before them in the same or the previous
// paragraph; short quotes without a cue (scare quotes, titles) are not claims.
import type { SentenceReads } from '../coref/reads';
import { Referents, type CorefView, type MentionIndex } from '../coref/referents';
import type { DocContext } from '../text/document';
import type { DocQuotes } from '../text/quotes';
import { bySentence, type SentenceWork } from '../text/sentence-memo';
import type { PieceCache } from '../text/tagger';
import type { Actor, Claim, ClaimKind, Mention } from '../types';
import { findCues, sentenceCues } from './cues';
import { describeSpeakers, keepDescribed } from './described';
import { labelClaims, SpeakerLabels } from './labels';
import { attributeQuotes } from './quoted';
import { endContent, hasComma, type ClaimScan, type Cue, type PendingClaim } from './scan';

/**
 * The claims, and the speakers known only by a description as actors of their own (claims/described.ts).
 * `reasons`: filled with why each claim has its speaker, by claim id (byline annotate --explain).
 * `reads`: with a document session, what each sentence reads (its cues are kept with their piece).
 */
export function findClaims(ctx: DocContext, docQuotes: DocQuotes, index: MentionIndex, actors: Actor[], reasons?: Map<string, string>, coref?: CorefView, reads?: SentenceReads, memo?: PieceCache): { claims: Claim[]; speakers: Actor[]; labels: Mention[] } {
  const { text, tokens: toks } = ctx;
  const { quotes, quoteOf } = docQuotes;
  const refs = new Referents(ctx, index, actors, coref);
  const candidates = index.withActor.map(([m]) => ({ start: m.start, end: m.end, actor: m.actor!, type: m.type as Actor['type'] }));
  const sc: ClaimScan = { ctx, text, toks, quotes, quoteOf, refs, cues: [], claims: [], candidates, inQuote: (i) => quoteOf[i] >= 0, memo };
  if (reads) bySentence(ctx, reads.pieces, cueWork(sc, reads, coref));
  else findCues(sc);
  cutAtLaterCue(sc);
  const described: Actor[] = [];
  describeSpeakers(sc, described);
  const labels = new SpeakerLabels(sc, actors);
  attributeQuotes(sc, labels);
  labelClaims(sc, labels);
  const claims = keepClaims(sc.claims, reasons);
  return { claims, speakers: keepDescribed(claims, described), labels: labels.mentions };
}

/** What the cues of one sentence add: cues, and the reported claims among them. */
interface SentenceCues { cues: Cue[]; claims: PendingClaim[] }

/**
 * Cues by sentence, kept with the tagged pieces: a cue reads its sentence (and the token before it), the
 * quotes, mentions, actors and links there, the people's genders, and the last cue before it (a "he" goes to
 * the last speaker up to six sentences back): that last cue is the state compared in reading order.
 */
function cueWork(sc: ClaimScan, reads: SentenceReads, coref?: CorefView): SentenceWork<SentenceCues> {
  const genders: unknown[] = [];
  for (const c of coref?.clusters ?? []) if (c.id && c.gender) genders.push(c.id, c.gender);
  return {
    key: 'claims', reach: 2, tokenReach: 8,
    global: JSON.stringify(genders),
    signature: reads.signatures,
    state: (s) => {
      const recent = sc.cues.length ? sc.cues[sc.cues.length - 1] : undefined;
      const actor = recent?.speaker?.actor;
      if (!recent || !actor) return [null];
      const d = s - sc.toks[recent.tok].sentence;
      return [actor, sc.refs.actor(actor)?.type, d <= 10 ? d : 11];
    },
    compute: (s) => {
      const c0 = sc.cues.length, k0 = sc.claims.length;
      sentenceCues(sc, s);
      return [{ cues: sc.cues.slice(c0), claims: sc.claims.slice(k0) }];
    },
    move: (r, chars, tokens) => ({ cues: r.cues.map((c) => moveCue(c, tokens)), claims: r.claims.map((c) => moveClaim(c, chars)) }),
    use: (rs) => { for (const r of rs) { sc.cues.push(...r.cues); sc.claims.push(...r.claims); } },
  };
}

function moveCue(c: Cue, d: number): Cue {
  const out: Cue = { tok: c.tok + d, last: c.last + d, verb: c.verb, speaker: c.speaker && { ...c.speaker, from: c.speaker.from + d, to: c.speaker.to + d } };
  for (const k of Object.keys(c) as Array<keyof Cue>) {
    if (k === 'content') out.content = c.content && [c.content[0] + d, c.content[1] + d];
    else if (!(k in out)) (out as unknown as Record<string, unknown>)[k] = c[k];
  }
  return out;
}

function moveClaim(c: PendingClaim, d: number): PendingClaim {
  const out = { ...c, start: c.start + d, end: c.end + d };
  if (c.cue) out.cue = { start: c.cue.start + d, end: c.cue.end + d, text: c.cue.text };
  return out;
}

/**
 * "X declared …, and the WHO said …": a reported content ends before ", and" + the subject of a later cue
 * inside it, which says something of its own.
 */
function cutAtLaterCue(sc: ClaimScan): void {
  const { toks, cues } = sc;
  for (let n = 0; n < cues.length; n++) {
    const c = cues[n];
    if (!c.content) continue;
    const [a, b] = c.content;
    for (let m = n + 1; m < cues.length && cues[m].tok <= b; m++) {
      const sp = cues[m].speaker;
      if (!sp || sp === c.speaker || sp.from <= a + 1 || sp.to >= cues[m].tok) continue;
      let conj = sp.from - 1;
      if (/^(the|a|an)$/.test(toks[conj].normal)) conj--;
      if (conj <= a || !/^(and|but)$/.test(toks[conj].normal) || !hasComma(toks[conj - 1])) continue;
      endContent(sc, n, conj - 1);
      break;
    }
  }
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
