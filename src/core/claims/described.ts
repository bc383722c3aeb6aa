// Speakers known only by a description: "Israeli officials said", "a spokeswoman for the company said",
// "according to a new poll by X", "…, aides said". The speaker phrase the cue found names no actor (or
// names one only inside it: "a Politico reporter" is not Politico), so the claim gets an actor of its own,
// built from the description: one per distinct description in the article ("officials" twice is one).
import { DESCRIBED_ORGANIZATION_HEADS, QUANTIFIER_SUBJECTS } from '../lexicon/claim-words';
import type { Actor, Claim, Span } from '../types';
import { hasComma, isPunct, type ClaimScan, type Cue, type Speaker } from './scan';

const ARTICLES = /^(the|a|an)\s+/i;
const LEADING = /^(that|and|but|as|while|when|because|if|so|whom|which)$/;
const NOT_HEADS = /^(who|which|that|this|these|those|he|she|it|they|we|i|you|one|some|others|many|most|all|both)$/;

/**
 * A described speaker phrase: its words (the actor's name) and the span of its own words up to its head (the
 * mention: "campaign" in "the Clinton campaign", "A spokeswoman" in "A spokeswoman for YouTube", so that the
 * name inside keeps its own mention); null when it is no description (a pronoun, "who", a name, too long).
 */
function describedSpan(sc: ClaimScan, cue: Cue, sp: Speaker): { name: Span; mention: Span } | null {
  const { toks, refs } = sc;
  if (sp.to < sp.from || sp.to - sp.from > 12) return null;
  for (let x = sp.from; x <= sp.to; x++) if (sc.inQuote(x)) return null;
  let from = sp.from, to = sp.to;
  while (from < to && LEADING.test(toks[from].normal)) from++;
  while (to > from && isPunct(toks[to])) to--;
  const h = sp.head !== undefined && sp.head >= from && sp.head <= to ? sp.head : to;
  const head = toks[h];
  if (isPunct(head) || NOT_HEADS.test(head.normal) || head.tags.has('Pronoun') || head.tags.has('Date')) return null;
  // compromise may read the head as a verb ("The Clinton campaign says"): after a determiner or a name it is the noun
  const nounAfter = h > from && (toks[h - 1].tags.has('Determiner') || toks[h - 1].tags.has('ProperNoun') || /['’]s?$/.test(toks[h - 1].text));
  if (!(head.tags.has('Noun') || head.tags.has('Value') || QUANTIFIER_SUBJECTS.has(head.normal) || nounAfter)) return null;
  if (from === h && /^(the|a|an)$/.test(head.normal)) return null;
  // a name is no description ("a meeting in Moscow" read as a speaker phrase): unless its head is outside the name
  if (refs.mentionAt(h)) return null;
  // "nine deaths were confirmed": the subject of a passive is not who spoke
  if (cue.tok > 0 && cue.tok > sp.to && /^(was|were|been|be|being|is|are)$/.test(toks[cue.tok - 1].normal)) return null;
  // "said a spokesman." after the verb: only where the phrase ends its clause ("will declare the winner on …" is an object)
  if (cue.verb && sp.from > cue.last && to + 1 < toks.length && toks[to + 1].sentence === toks[to].sentence && !hasComma(toks[to])) return null;
  let own = from;
  for (let x = from; x < h; x++) if (refs.mentionAt(x)) own = x + 1;
  return { name: { start: toks[from].start, end: toks[to].end }, mention: { start: toks[own].start, end: head.end } };
}

function describedType(sc: ClaimScan, sp: Speaker): Actor['type'] {
  const words = sc.text.slice(sc.toks[sp.from].start, sc.toks[sp.to].end).toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return words.some((w) => DESCRIBED_ORGANIZATION_HEADS.has(w)) && !words.some((w) => /^(spokes\w*|aides?|advisers?|officials?|reporters?|managers?|members?)$/.test(w)) ? 'organization' : 'person';
}

/**
 * Gives every cue whose speaker phrase is a description with no actor (or a `described` phrase, whose
 * head is not the name inside it) an actor of its own, and its reported claim that actor; `out` receives
 * those actors (ids s1, s2… in order of first description).
 */
export function describeSpeakers(sc: ClaimScan, out: Actor[]): void {
  const { text, toks, cues, claims } = sc;
  const byKey = new Map<string, Actor>();
  const claimsByCue = new Map<number, number[]>();
  claims.forEach((c, n) => {
    if (c.kind !== 'reported' || !c.cue) return;
    const list = claimsByCue.get(c.cue.start);
    if (list) list.push(n);
    else claimsByCue.set(c.cue.start, [n]);
  });
  for (let n = 0; n < cues.length; n++) {
    const cue = cues[n];
    const sp = cue.speaker;
    if (!sp || (sp.actor !== null && !sp.described)) continue;
    const span = describedSpan(sc, cue, sp);
    if (!span) continue;
    const name = text.slice(span.name.start, span.name.end).replace(/\s+/g, ' ');
    // "a Democrat" twice is two people; "the campaign" twice is one
    const key = /^(a|an|one|another)\s/i.test(name) ? `${name.toLowerCase()}@${span.mention.start}` : name.toLowerCase().replace(ARTICLES, '');
    // "the ministry" after "Mozambique's health ministry": the short definite form is the same speaker
    let actor = byKey.get(key) ?? (/^the \S+$/i.test(name) ? out.find((a) => a.name.toLowerCase().endsWith(` ${key}`)) : undefined);
    if (!actor) {
      actor = { id: `s${out.length + 1}`, name, type: describedType(sc, sp), aliases: [], mentions: [], unnamed: true };
      byKey.set(key, actor);
      out.push(actor);
    }
    if (!actor.mentions.some((m) => m.start === span.mention.start)) actor.mentions.push(span.mention);
    const was = sp.actor;
    cues[n] = { ...cue, speaker: { ...sp, actor: actor.id } };
    for (const k of claimsByCue.get(toks[cue.tok].start) ?? []) if (claims[k].speaker === was) claims[k] = { ...claims[k], speaker: actor.id };
  }
  for (const a of out) a.mentions.sort((x, y) => x.start - y.start);
}

/** The described speakers some kept claim has (a cue may have found no claim), numbered again s1, s2…; claims renamed to match. */
export function keepDescribed(claims: Claim[], described: readonly Actor[]): Actor[] {
  const used = new Set(claims.map((c) => c.speaker));
  const kept = described.filter((a) => used.has(a.id));
  const rename = new Map<string, string>();
  kept.forEach((a, n) => { rename.set(a.id, `s${n + 1}`); a.id = `s${n + 1}`; });
  for (const c of claims) if (c.speaker && rename.has(c.speaker)) c.speaker = rename.get(c.speaker)!;
  return kept;
}
