// Where what was said starts: adjuncts skipped after a cue, and whether a clause starts at a token.
import { ADVERBIALS, APPROXIMATORS, OPENERS, PP_HEADS, SUBJECT_PRONOUNS } from '../lexicon/claim-words';
import { hasComma, isNounish, type ClaimScan } from './scan';
import type { Token } from '../text/tagger';
/** Skips adverbials and prepositional phrases after a cue ("said in a statement on Monday"). */
export function skipAdjuncts(sc: ClaimScan, k: number, hi: number): number {
  const { toks, inQuote } = sc;
  for (let guard = 0; guard < 6 && k < hi; guard++) {
    const t = toks[k];
    if (t.tags.has('Date') || ADVERBIALS.has(t.normal)) { k++; continue; }
    if (PP_HEADS.has(t.normal) && !/[,:]/.test(t.post) && k + 1 < hi && !toks[k + 1].tags.has('Pronoun') && toks[k + 1].normal !== 'that') {
      let x = k + 1;
      let sawNoun = false;
      while (x < hi && !inQuote(x)) {
        const w = toks[x];
        if (sawNoun && !(w.tags.has('Noun') && !w.tags.has('Pronoun')) && !(w.normal === 'of' || w.tags.has('Possessive'))) break;
        if (w.normal === 'of') { sawNoun = false; x++; continue; }
        if (!(isNounish(w) || w.tags.has('Determiner') || w.tags.has('Date'))) break;
        if (w.tags.has('Noun') || w.tags.has('Date')) sawNoun = true;
        x++;
        if (hasComma(w)) break;
      }
      if (x === k + 1) return k;
      k = x;
      continue;
    }
    break;
  }
  return k;
}

/** "about 1,400 …", "more than …": a number phrase that can be a subject. */
export function approxAt(sc: ClaimScan, k: number, hi: number): boolean {
  const { toks } = sc;
  return APPROXIMATORS.test(toks[k].normal)
    && k + 1 < hi && (toks[k + 1].tags.has('Value') || /^(least|than|to|half)$/.test(toks[k + 1].normal));
}

const stripContraction = (w: string): string => w.replace(/['’](s|re|ll|d|ve|m)$/, '');

/** A subject pronoun, maybe with its auxiliary ("he", "she's", "they'll"). */
export const subjectPronoun = (t: Token): boolean => SUBJECT_PRONOUNS.has(stripContraction(t.normal));

/** Does a clause start at token k (a subject and then a finite verb)? */
export function clauseAt(sc: ClaimScan, k: number, hi: number): boolean {
  const { toks, refs, inQuote } = sc;
  if (k >= hi) return false;
  const t = toks[k];
  if (inQuote(k) && toks[k].pre.length === 0) return false;
  // "she's not planning to …", "they'll": the pronoun carries its auxiliary
  if (subjectPronoun(t) && t.normal !== stripContraction(t.normal)) return true;
  const subjectLike = approxAt(sc, k, hi) || SUBJECT_PRONOUNS.has(t.normal) || t.tags.has('Determiner') || t.tags.has('Noun') || t.tags.has('Value')
    || t.tags.has('Adjective') || !!refs.mentionAt(k) || t.tags.has('Possessive');
  if ((t.tags.has('Preposition') || t.tags.has('Conjunction')) && !approxAt(sc, k, hi)) return false;
  // "lower rates would …": compromise may read the first word as a verb; a modal soon after says clause
  if (!subjectLike) {
    let modal = false;
    for (let x = k + 1; x < hi && x <= k + 3; x++) if (toks[x].tags.has('Modal')) modal = true;
    // "said ending the program could gut …": a gerund phrase as the subject, when a modal follows it
    // "said seeing so many officers was a relief": or a copula or auxiliary, before any comma
    if (t.tags.has('Gerund') && !inQuote(k)) {
      for (let x = k + 2; x < hi && x < k + 24 && !modal; x++) {
        if (toks[x].tags.has('Modal') || ((toks[x].tags.has('Copula') || toks[x].tags.has('Auxiliary')) && !hasComma(toks[x - 1]))) modal = true;
        if (hasComma(toks[x])) break;
      }
    }
    if (!modal) return false;
  }
  // the subject may be long ("the Republican populist movement that’s sweeping the country and boosting …")
  for (let x = k + 1; x < hi && x < k + 32; x++) {
    const w = toks[x];
    if (w.tags.has('Verb') && !w.tags.has('Gerund') && !(w.tags.has('Infinitive') && toks[x - 1].normal === 'to')) return true;
    if (w.tags.has('Modal') || w.tags.has('Copula') || w.tags.has('Auxiliary')) return true;
  }
  return false;
}

/** What comes before "…, X said" must be a clause, not an opener ("Speaking to reporters in Berlin,"). */
export function isClause(sc: ClaimScan, a: number, b: number, depth = 0): boolean {
  const { toks, inQuote } = sc;
  const first = toks[a];
  // "About 270 people have …" is a clause; "Speaking to reporters," is not (a gerund needs a finite verb after it)
  const opener = (first.tags.has('Preposition') && !approxAt(sc, a, b + 1)) || OPENERS.test(first.normal);
  // "In the last step, clerks can …, officials said": a fronted adverbial before the clause
  if (opener && !inQuote(a)) return depth < 2 && clauseAfterComma(sc, a, b, depth);
  if (first.tags.has('Gerund') && !inQuote(a)) return finiteAfter(sc, a + 2, b);
  for (let x = a; x <= b; x++) {
    const w = toks[x];
    if ((w.tags.has('Verb') && !w.tags.has('Gerund') && !w.tags.has('Infinitive')) || w.tags.has('Modal') || w.tags.has('Copula')) return true;
  }
  return false;
}

/** A finite verb (not a gerund, not an infinitive) or a modal among tokens a..b. */
function finiteAfter(sc: ClaimScan, a: number, b: number): boolean {
  const { toks } = sc;
  for (let x = a; x <= b; x++) {
    const w = toks[x];
    if ((w.tags.has('Verb') && !w.tags.has('Gerund') && !w.tags.has('Infinitive')) || w.tags.has('Modal') || w.tags.has('Copula')) return true;
  }
  return false;
}

/** A clause after the first comma inside a..b ("With the issue unresolved, the board has …"). */
function clauseAfterComma(sc: ClaimScan, a: number, b: number, depth: number): boolean {
  const { toks, inQuote } = sc;
  for (let x = a; x < b - 1 && x < a + 12; x++) {
    if (inQuote(x)) return false;
    if (hasComma(toks[x])) return clauseAt(sc, x + 1, b + 1) && isClause(sc, x + 1, b, depth + 1);
  }
  return false;
}
