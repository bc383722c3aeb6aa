// What the event rules read around a trigger: the tokens, who each token refers to, and bounded looks
// to the left and right of a token in its sentence.
import { firstTokenAtOrAfter, type Referents } from '../coref/referents';
import { MARKET_WORDS, NOT_MARKET, TRADING_WORDS } from '../lexicon/event-words';
import type { DocContext } from '../text/document';
import type { Token } from '../text/tagger';

export interface EventScan {
  readonly ctx: DocContext;
  readonly toks: readonly Token[];
  readonly refs: Referents;
  inQuote(i: number): boolean;
  /** Is sentence s a title-case headline ("Woman Killed In Queens Hit-And-Run")? */
  headline(s: number): boolean;
  /** Each country's place actor by the country's name, for group references ("the two countries"). */
  readonly states?: ReadonlyMap<string, string>;
}

/** A title-case headline: most of its longer words capitalized, no full stop at its end. */
export function isHeadline(ctx: DocContext, s: number): boolean {
  const [lo, hi] = ctx.sentenceTokens[s];
  let words = 0;
  let caps = 0;
  for (let k = lo; k < hi; k++) {
    const t = ctx.tokens[k].text;
    if (t.length < 4 || !/^\p{L}/u.test(t)) continue;
    words++;
    if (/^\p{Lu}/u.test(t)) caps++;
  }
  return words >= 3 && caps / words >= 0.75 && hi > lo && !/\.\s*$/.test(ctx.tokens[hi - 1].post);
}

export const hasComma = (t: Token): boolean => /[,;:]/.test(t.post);

/** The first token within max words after i matching re, in the same clause; -1 if none. */
export function objectAt(x: EventScan, i: number, hi: number, max: number, re: RegExp): number {
  for (let k = i + 1; k < hi && k <= i + max; k++) {
    const w = x.toks[k];
    if (re.test(w.normal)) return k;
    if (hasComma(w) || /^(that|which|who|because|after|before|but|while|when|and|if)$/.test(w.normal)) return -1;
  }
  return -1;
}

/** Whether a word matching re stands within radius tokens of i in its sentence (a bounded look, not the whole sentence). */
export function windowHas(x: EventScan, i: number, re: RegExp, radius: number): boolean {
  const [lo, hi] = x.ctx.sentenceTokens[x.toks[i].sentence];
  for (let k = Math.max(lo, i - radius); k < hi && k <= i + radius; k++) if (k !== i && re.test(x.toks[k].normal)) return true;
  return false;
}

export function sentenceWords(x: EventScan, i: number): string[] {
  const [lo, hi] = x.ctx.sentenceTokens[x.toks[i].sentence];
  const out: string[] = [];
  for (let k = lo; k < hi; k++) out.push(x.toks[k].normal);
  return out;
}

export function firstToken(x: EventScan, offset: number): number {
  return firstTokenAtOrAfter(x.toks, offset);
}

/** A market move: a figure after the verb, a market word before or after it, or (strong verbs) a company as subject. */
export function marketMove(x: EventScan, i: number, lo: number, hi: number, strong: boolean): boolean {
  const { toks, refs } = x;
  // "declined to comment", "the death toll rose to 40", "won 12 seats": not markets
  if (toks[i + 1]?.normal === 'to' && i + 2 < hi && toks[i + 2].tags.has('Verb') && !toks[i + 2].tags.has('Value')) return false;
  for (let k = i - 1; k >= lo && k >= i - 8; k--) if (NOT_MARKET.test(toks[k].normal)) return false;
  for (let k = i + 1; k < hi && k <= i + 6 && !hasComma(toks[k - 1]); k++) if (NOT_MARKET.test(toks[k].normal)) return false;
  for (let k = i + 1; k < hi && k <= i + 6; k++) {
    const w = toks[k];
    // a figure, not an ordinal ("gained a break in the second set")
    if ((w.tags.has('Value') && !w.tags.has('Ordinal')) || w.tags.has('Percent') || w.tags.has('Money') || /\d/.test(w.text) || w.normal === 'percent') return true;
    if (k <= i + 4 && TRADING_WORDS.test(w.normal)) return true;
    if (hasComma(w)) break;
  }
  for (let k = i - 1; k >= lo && k >= i - (strong ? 8 : 4); k--) if (MARKET_WORDS.has(toks[k].normal)) return true;
  if (strong) {
    for (let k = i - 1; k >= lo && k >= i - 2; k--) {
      const m = refs.mentionAt(k);
      if (m?.actor && refs.actor(m.actor)?.type === 'organization') return true;
    }
  }
  return false;
}
