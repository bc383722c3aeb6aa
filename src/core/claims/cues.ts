// Speech cues: a speech verb of lexicon/speech.ts or "according to", with its speaker and either the
// reported clause after or before it, or the quote next to it.
import { BETWEEN_SUBJECT_AND_VERB, BODY_HEADS, NEGATIONS, PRONOUNS } from '../lexicon/claim-words';
import { firstTokenAtOrAfter } from '../coref/referents';
import { SPEECH_NOUNS, speechVerb, type SpeechVerb } from '../lexicon/speech';
import { clauseAt, isClause, skipAdjuncts, subjectPronoun } from './clauses';
import type { Token } from '../text/tagger';
import { addCue, contentUntilEnd, endContent, hasComma, isNounish, isPunct, tail, trimRange, wholeQuote, type ClaimScan, type Cue, type Speaker } from './scan';
import { mentionSpeaker, sentenceSubject, subjectAfter, subjectAt, subjectBefore } from './speakers';

/** What opens the question after "asked" ("asked whether", "asked about", "asked how"). */
const ASKED_OPENERS = /^(whether|if|about|what|why|how|who|whom|which|when|where)$/;
/** Every speech cue of the document (a speech verb, "according to"), with its speaker and what was said. */
export function findCues(sc: ClaimScan): void {
  for (let s = 0; s < sc.ctx.sentences.length; s++) sentenceCues(sc, s);
}

/** The speech cues of sentence s, added to sc (a cue may look at the last cue before it: see claims.ts). */
export function sentenceCues(sc: ClaimScan, s: number): void {
  const { ctx, toks, inQuote } = sc;
  {
    const [lo, hi] = ctx.sentenceTokens[s];
    for (let i = lo; i < hi; i++) {
      if (inQuote(i)) continue;
      const t = toks[i];
      // "according to X"
      if (t.normal === 'according' && i + 1 < hi && toks[i + 1].normal === 'to') {
        handleAccording(sc, i, lo, hi);
        i++;
        continue;
      }
      // "Bloomberg reportedly is weighing a run": the sentence is reported by sources it does not name
      if (t.normal === 'reportedly' || t.normal === 'allegedly') { hearsayCue(sc, i, lo, hi); continue; }
      const prev = i > lo ? toks[i - 1] : undefined;
      // "pointed out (that) …": the phrase is a verb of saying; "out" stands for it, the cue spans both words
      const pointOut = t.normal === 'out' && !!prev && /^point(s|ed)?$/.test(prev.normal) && !inQuote(i - 1);
      const verb = pointOut ? POINT_OUT : speechVerb(t.normal);
      // "She noted clients …": compromise may tag the verb an adjective; right after a subject it is the verb
      const afterSubject = !!prev && /^\p{Ll}/u.test(t.text) && !sc.refs.mentionAt(i) && (PRONOUNS.has(prev.normal) || (!!sc.refs.mentionAt(i - 1) && !/['’]s$/.test(prev.normal)));
      // "her warning that …", "the claims of …": after a determiner or a possessive the word is a noun
      const nounish = !!prev && (prev.tags.has('Determiner') || prev.tags.has('Possessive') || /^(his|her|their|its)$/.test(prev.normal));
      if ((!t.tags.has('Verb') || nounish) && (!afterSubject || nounish) && SPEECH_NOUNS.has(t.normal) && nounCue(sc, i, lo, hi)) continue;
      if (!verb || (verb.needsVerbTag && !t.tags.has('Verb') && !afterSubject)) continue;
      if (prev && (prev.normal === 'to' || NEGATIONS.has(prev.normal) || /n't$/.test(prev.normal) || (i - 2 >= lo && NEGATIONS.has(toks[i - 2].normal)))) continue;
      if (prev && (prev.normal === 'be' || prev.normal === 'been' || prev.normal === 'being')) continue;
      const before = sc.cues.length;
      handleVerb(sc, i, verb, lo, hi);
      if (pointOut) widenCue(sc, before, i);
    }
  }
}

/** "X reportedly …", "X allegedly …": the sentence is a reported claim with no speaker named (not when it is a quote). */
function hearsayCue(sc: ClaimScan, i: number, lo: number, hi: number): void {
  if (hi - lo < 4 || wholeQuote(sc, lo, hi - 1) >= 0) return;
  const content = contentUntilEnd(sc, lo, hi);
  addCue(sc, { tok: i, last: i, speaker: null, content, why: '"reportedly": said by sources not named' });
}

const POINT_OUT: SpeechVerb = { lemma: 'point out', kind: 'assert', forms: [] };

/** The cues added from index `from` on at token i ("out") start one token earlier ("pointed out"). */
function widenCue(sc: ClaimScan, from: number, i: number): void {
  const { toks, text } = sc;
  const start = toks[i - 1].start;
  for (let n = from; n < sc.cues.length; n++) if (sc.cues[n].tok === i) sc.cues[n].tok = i - 1;
  for (const c of sc.claims) if (c.cue && c.cue.start === toks[i].start) c.cue = { start, end: c.cue.end, text: text.slice(start, c.cue.end) };
}

/** A speech verb at token i: a participle after a comma, a second verb of the subject, or a verb with its subject. */
export function handleVerb(sc: ClaimScan, i: number, verb: SpeechVerb, lo: number, hi: number): void {
  const { toks, inQuote } = sc;
  const t = toks[i];
  // "Kasich is telling a crowd that …", "Trump's questioning whether …": a progressive is the main verb
  // "is once again questioning …": adverbs between the auxiliary and the participle
  let aux = i - 1;
  while (aux > lo && i - aux <= 3 && BETWEEN_SUBJECT_AND_VERB.has(toks[aux].normal) && !/^(is|are|was|were|been)$/.test(toks[aux].normal)) aux--;
  const progressive = aux >= lo && /^(is|are|was|were|'s|’s|been)$/.test(toks[aux].normal.replace(/^\w+(['’]s)$/, '$1'));
  if ((t.tags.has('Gerund') || /ing$/.test(t.normal)) && !progressive) return participleCue(sc, i, verb, lo, hi);
  let c = i - 1;
  while (c > lo && BETWEEN_SUBJECT_AND_VERB.has(toks[c].normal)) c--;
  if (c > lo && /^(and|but|then)$/.test(toks[c].normal) && !inQuote(c)) return conjoinedCue(sc, i, c, verb, lo, hi);
  subjectCue(sc, i, verb, lo, hi);
}

/** "…, saying (that) …": the subject of the main clause speaks. */
function participleCue(sc: ClaimScan, i: number, verb: SpeechVerb, lo: number, hi: number): void {
  const { toks, cues } = sc;
  // "…, saying …", "… by saying …", "… while saying …"; "with 30 percent saying …": the quantity speaks
  const byWhile = i > lo + 1 && /^(by|while)$/.test(toks[i - 1].normal);
  // "…, calling them liars and vowing to …": a second participle joined by "and"
  const andSecond = i > lo + 1 && toks[i - 1].normal === 'and' && !sc.inQuote(i - 1) && afterCommaParticiple(sc, i - 1, lo);
  const withSubject = byWhile || andSecond || (i > lo && hasComma(toks[i - 1])) ? null : withSaying(sc, i, lo);
  if (!(i > lo && hasComma(toks[i - 1])) && !byWhile && !andSecond && !withSubject) return;
  const last = cues.length ? cues[cues.length - 1] : undefined;
  const speaker = withSubject ?? (last && last.tok >= lo && last.speaker?.actor ? last.speaker : sentenceSubject(sc, lo, i));
  if (!speaker) return;
  const k = skipAdjuncts(sc, i + 1, hi);
  const start = toks[k]?.normal === 'that' ? k + 1 : k;
  const why = '"…, saying …": the subject of the sentence (or of the cue before) speaks';
  let content: [number, number] | undefined;
  if (start < hi && (toks[k]?.normal === 'that' || clauseAt(sc, start, hi))) content = contentUntilEnd(sc, start, hi);
  // "…, vowing to repeal the law", "…, citing low growth", "…, calling Trump a fascist"
  else if (verb.infinitive && toks[k]?.normal === 'to' && k + 2 < hi && toks[k + 1].tags.has('Verb') && !sc.inQuote(k)) content = contentUntilEnd(sc, k + 1, hi);
  else if (verb.object && filingObjectOk(verb, toks[k]) && k < hi - 1 && !sc.inQuote(k) && !toks[k].tags.has('Preposition')) content = contentUntilEnd(sc, k, hi);
  if (!content) return;
  const cue: Cue = { tok: i, last: i, verb, speaker, content: stopAtNextParticiple(sc, content), why };
  attachFollowingQuote(sc, cue, i, hi);
  if (verb.lemma === 'describe' && cue.quote !== undefined) delete cue.content;
  addCue(sc, cue);
}

/** A participle after a comma earlier in the sentence, before token `to` ("…, calling them liars and …"). */
function afterCommaParticiple(sc: ClaimScan, to: number, lo: number): boolean {
  const { toks } = sc;
  for (let x = to - 1; x > lo && to - x <= 20; x--) {
    if (toks[x].tags.has('Gerund') && hasComma(toks[x - 1])) return true;
    if (finiteVerb(toks[x])) return false;
  }
  return false;
}

/** "calling them liars and vowing to …": the first participle's content ends before "and" + the second. */
function stopAtNextParticiple(sc: ClaimScan, [a, b]: [number, number]): [number, number] {
  const { toks } = sc;
  for (let x = a + 1; x < b; x++) {
    if (toks[x].normal === 'and' && !sc.inQuote(x) && /ing$/.test(toks[x + 1].normal) && speechVerb(toks[x + 1].normal)) return [a, x - 1];
  }
  return [a, b];
}

/**
 * A noun of saying at token i ("his warning that …", "Pence's call for a special prosecutor", "attacks on
 * X"): what follows "that" or its preposition was said; the possessor before it, if any, said it.
 */
function nounCue(sc: ClaimScan, i: number, lo: number, hi: number): boolean {
  const { toks, inQuote, refs } = sc;
  const k = i + 1;
  if (k >= hi - 1 || inQuote(k) || hasComma(toks[i]) || toks[i].tags.has('ProperNoun')) return false;
  const next = toks[k].normal;
  let content: [number, number] | undefined;
  if (next === 'that' && clauseAt(sc, k + 1, hi)) content = contentUntilEnd(sc, k + 1, hi);
  else if (next === 'to' && SPEECH_NOUNS.get(toks[i].normal)!.test('to')) {
    if (toks[k + 1].tags.has('Verb') && !toks[k + 1].tags.has('Noun')) content = contentUntilEnd(sc, k + 1, hi);
  } else if (SPEECH_NOUNS.get(toks[i].normal)!.test(next) && !inQuote(k + 1)) {
    let b = k + 1;
    while (b + 1 < hi && !hasComma(toks[b]) && !inQuote(b + 1) && !finiteVerb(toks[b + 1])) b++;
    content = [k + 1, b];
  }
  if (!content || content[1] < content[0] + 1) return false;
  // the possessor: "his warning", "Pence's call", "her persistent criticism"
  let p = i - 1;
  if (p > lo && toks[p].tags.has('Adjective') && !refs.mentionAt(p)) p--;
  let speaker: Speaker | null = null;
  if (p >= lo && !inQuote(p)) {
    if (/^(his|her|their|its)$/.test(toks[p].normal)) speaker = { actor: refs.resolvePronoun(p), from: p, to: p };
    else if (/['’]s?$/.test(toks[p].text) && refs.mentionAt(p)) speaker = mentionSpeaker(sc, p, lo);
  }
  addCue(sc, { tok: i, last: i, speaker, content, why: '"his warning that …": a noun of saying, said by its possessor' });
  return true;
}

/** "with three in 10 saying …": the speaker between "with" and the participle. */
function withSaying(sc: ClaimScan, i: number, lo: number): Speaker | null {
  const { toks, inQuote } = sc;
  let w = i - 1;
  while (w > lo && i - w <= 8 && toks[w].normal !== 'with' && !hasComma(toks[w]) && !inQuote(w) && !finiteVerb(toks[w])) w--;
  if (w < lo || toks[w].normal !== 'with' || w >= i - 1) return null;
  return subjectAt(sc, i - 1, w + 1);
}

/** "… and said (that) …" (the conjunction at token c): the subject of the first verb speaks again. */
function conjoinedCue(sc: ClaimScan, i: number, c: number, verb: SpeechVerb, lo: number, hi: number): void {
  const { toks, cues } = sc;
  const last = cues.length ? cues[cues.length - 1] : undefined;
  const speaker = last && last.verb && toks[last.tok].sentence === toks[i].sentence ? last.speaker : sentenceSubject(sc, lo, c);
  if (speaker) {
    const cue: Cue = { tok: i, last: i, verb, speaker, why: '"… and said …": the subject of the first verb speaks again' };
    if (!forward(sc, cue, i, hi)) attachFollowingQuote(sc, cue, i, hi);
    addCue(sc, cue);
  }
}

/** "X said …", "…, X said", "said X": the speaker before or after the verb, then what was said. */
function subjectCue(sc: ClaimScan, i: number, verb: SpeechVerb, lo: number, hi: number): void {
  const { toks, quoteOf } = sc;
  if (verb.lemma === 'ask' && askedQuestion(sc, i, lo, hi)) return;
  const speaker = subjectBefore(sc, i, lo) ?? describedSpeakerLast(sc, i, lo, hi);
  let after: Speaker | null = null;
  if (!speaker) after = subjectAfter(sc, i, hi);
  const sp = speaker ?? after;
  if (!sp) return;
  let subjStart = speaker ? speaker.from : i;
  // "…, the Guardian reported": the article belongs to the subject, so the comma before it still counts
  while (speaker && subjStart - 1 >= lo && /^(the|a|an)$/.test(toks[subjStart - 1].normal) && !sc.inQuote(subjStart - 1)) subjStart--;
  const afterEnd = after ? after.to + 1 : i + 1;
  const cue: Cue = { tok: i, last: i, verb, speaker: sp, why: speaker ? 'the subject before the speech verb' : 'the name after the speech verb ("said X")' };
  // what stands before the speaker in the sentence: "…, X said" / "“…,” X said"
  const beforeEnd = subjStart - 1;
  const precededByComma = beforeEnd >= lo && (hasComma(toks[beforeEnd]) || /[”"»’']/.test(tail(toks[beforeEnd])) || /[”"»]/.test(toks[subjStart].pre));
  // “…,” X said … : the quote just before is what was said, whatever follows the verb
  if (precededByComma && quoteOf[beforeEnd] >= 0 && wholeQuote(sc, lo, beforeEnd) >= 0) {
    cue.quote = quoteOf[beforeEnd];
    addCue(sc, cue);
    return;
  }
  // “…?” X said. / “…!” X said.: the quote ended its own sentence with ? or !
  if (speaker && subjStart === lo && hi - i <= 4 && endsInQuestionQuote(sc, lo)) {
    cue.quote = quoteOf[lo - 1];
    addCue(sc, cue);
    return;
  }
  // "As the Times reported, …": what was said follows the comma
  const asAt = subjStart - 1;
  const asOpens = asAt >= lo && toks[asAt].normal === 'as' && (asAt === lo || hasComma(toks[asAt - 1]) || /^(but|and|yet|so)$/.test(toks[asAt - 1].normal));
  if (speaker && asOpens && hasComma(toks[i]) && i + 2 < hi && !sc.inQuote(i + 1)) {
    cue.content = contentUntilEnd(sc, i + 1, hi);
    addCue(sc, cue);
    return;
  }
  // forward first: "X said (that) …", "X told reporters …", "X said: “…”"
  // ("…, Melanie said yes": the clause before is what was said, not the object)
  if (!after && forward(sc, cue, i, hi, !precededByComma)) { addCue(sc, cue); return; }
  if (precededByComma && contentBefore(sc, cue, i, beforeEnd, afterEnd, lo, hi)) return;
  if (after) {
    // "said X" with nothing before it: a quote may still be just before ("“…” said X")
    const q = beforeEnd >= lo ? quoteOf[beforeEnd] : -1;
    if (q >= 0) cue.quote = q;
    addCue(sc, cue);
    return;
  }
  attachFollowingQuote(sc, cue, i, hi);
  addCue(sc, cue);
}

/**
 * "(When) asked (by X) whether / about / how …, Y said": the question is a claim of whoever asked it (the
 * asker named after "by", else no one named). False when the words are not that construction.
 */
function askedQuestion(sc: ClaimScan, i: number, lo: number, hi: number): boolean {
  const { toks, inQuote } = sc;
  if (toks[i].normal !== 'asked') return false;
  const before = i > lo ? toks[i - 1] : undefined;
  if (before && !/^(when|after|before|once|if|while|being|was|were)$/.test(before.normal) && !hasComma(before)) return false;
  let k = i + 1;
  let speaker: Speaker | null = null;
  if (k < hi && toks[k].normal === 'by') {
    let e = k + 1;
    while (e + 1 < hi && !ASKED_OPENERS.test(toks[e + 1].normal) && !hasComma(toks[e]) && e < k + 6) e++;
    speaker = subjectAt(sc, e, k + 1) ?? { actor: null, from: k + 1, to: e };
    k = e + 1;
  }
  k = skipAdjuncts(sc, k, hi);
  if (k >= hi - 1 || inQuote(k) || !ASKED_OPENERS.test(toks[k].normal)) return false;
  let b = k;
  while (b + 1 < hi && !hasComma(toks[b]) && !inQuote(b + 1)) b++;
  addCue(sc, { tok: i, last: i, verb: speechVerb('asked'), speaker, content: [k, b], why: '"asked whether …": the question, asked by the one named after "by"' });
  return true;
}

/**
 * "…, sources said." / "…, attorneys for the family said.": a described or collective speaker between a
 * comma and a cue that ends the sentence; kept as a speaker phrase with no actor.
 */
function describedSpeakerLast(sc: ClaimScan, i: number, lo: number, hi: number): Speaker | null {
  const { toks, inQuote } = sc;
  if (i + 1 < hi && !(i + 2 >= hi && toks[i + 1].tags.has('Date'))) return null;
  let x = i - 1;
  while (x > lo && i - x <= 6 && !hasComma(toks[x - 1]) && !inQuote(x)) x--;
  if (x <= lo || x >= i || !hasComma(toks[x - 1]) || inQuote(x)) return null;
  for (let k = x; k < i; k++) if (toks[k].tags.has('Verb') || isPunct(toks[k])) return null;
  return { actor: null, from: x, to: i - 1 };
}

/** The token before the sentence at `lo` closes a quote with ? or ! in the same paragraph. */
function endsInQuestionQuote(sc: ClaimScan, lo: number): boolean {
  const { ctx, toks, quoteOf, text } = sc;
  if (lo < 1 || quoteOf[lo - 1] < 0) return false;
  if (ctx.sentences[toks[lo - 1].sentence].paragraph !== ctx.sentences[toks[lo].sentence].paragraph) return false;
  return /[?!]\s*$/.test(text.slice(toks[lo - 1].start, sc.quotes[quoteOf[lo - 1]].close).replace(/[”"»’']/g, ''));
}

/** "…, X said": what was said is before the speaker (a quote, or a clause); false when nothing is left there. */
function contentBefore(sc: ClaimScan, cue: Cue, i: number, beforeEnd: number, afterEnd: number, lo: number, hi: number): boolean {
  const { toks, quoteOf, cues, inQuote } = sc;
  let a = lo;
  // not across an earlier cue of this sentence; but "The minister announced a budget, officials said": the
  // earlier cue's content ran over this speaker and cue, so it ends at the comma, and what the later speaker
  // said is the whole clause, the earlier cue with it
  for (let n = cues.length - 1; n >= 0 && cues[n].tok >= lo; n--) {
    const c = cues[n];
    if (c.tok >= beforeEnd) continue;
    if (c.content && c.content[0] < beforeEnd && c.content[1] >= i - 1 && !inQuote(c.content[0]) && !inQuote(c.content[1])) endContent(sc, n, beforeEnd);
    else a = Math.max(a, (c.content ? c.content[1] : c.last) + 1);
  }
  if (a > beforeEnd) return false;
  const q = wholeQuote(sc, a, beforeEnd);
  const lastQ = quoteOf[beforeEnd];
  if (q >= 0) cue.quote = q;
  else {
    if (lastQ >= 0) cue.quote = lastQ;
    // parenthetical: "…, he said, is becoming …"; not an apposition ("…, said Jane Roe, a pollster.")
    const beforeClause = isClause(sc, a, beforeEnd);
    const afterOpen = afterEnd < hi - 1 && hasComma(toks[afterEnd - 1]) && !inQuote(afterEnd) && !toks[afterEnd].tags.has('Gerund');
    // "His sister, he says, plans to leave …": a subject before the cue, its verb after it
    const paren = afterOpen && (isClause(sc, afterEnd, hi - 1) || (!beforeClause && predicateAt(sc, afterEnd, hi)));
    const b = paren ? hi - 1 : beforeEnd;
    if (cue.verb!.kind !== 'quote' && b > a && (paren || beforeClause)) cue.content = trimRange(sc, a, b);
    if (!cue.content && cue.quote === undefined) attachFollowingQuote(sc, cue, i, hi);
  }
  addCue(sc, cue);
  return true;
}

/** Content or a quote after the cue; false when nothing that was said follows it. */
export function forward(sc: ClaimScan, cue: Cue, i: number, hi: number, sayObjectOk = true): boolean {
  const { toks, quoteOf, refs, inQuote } = sc;
  const t = toks[i];
  const verb = cue.verb!;
  let k = i + 1;
  if (k >= hi) return false;
  if (/[:,]/.test(t.post) && inQuote(k)) { cue.quote = quoteOf[k]; return true; }
  if (/:/.test(t.post)) {
    if (verb.kind !== 'quote') cue.content = contentUntilEnd(sc, k, hi);
    return true;
  }
  if (hasComma(t)) {
    // "Rubio says, he is staying in the race": a clause right after the comma (not "…, he says, is …": the parenthetical)
    if (!sayObjectOk || verb.kind === 'quote' || inQuote(k) || !subjectPronoun(toks[k]) || !clauseAt(sc, k, hi)) return false;
    cue.content = contentUntilEnd(sc, k, hi);
    return true;
  }
  if (verb.kind === 'tell' && !inQuote(k)) {
    // the addressee: "told reporters", "told The Associated Press", "warned lawmakers"
    let x = k;
    while (x < hi && x < k + 6 && !inQuote(x) && (isNounish(toks[x]) || toks[x].tags.has('Determiner') || toks[x].tags.has('Pronoun') || !!refs.mentionAt(x))
      && toks[x].normal !== 'that' && !toks[x].tags.has('Verb')) {
      x++;
      if (hasComma(toks[x - 1]) || /:/.test(toks[x - 1].post)) break;
      // "told reporters inflation had peaked": the addressee ends where a clause starts
      if (toks[x - 1].tags.has('Noun') && !toks[x - 1].tags.has('ProperNoun') && x < hi && toks[x].tags.has('Noun') && clauseAt(sc, x, hi)) break;
      // "told the AP his firm worked …", "told the National Post he’s …": a pronoun or possessive opens the clause
      if (x < hi && (subjectPronoun(toks[x]) || /^(his|her|their|its|our|my)$/.test(toks[x].normal)) && clauseAt(sc, x, hi)) break;
    }
    // "told reporters the firm worked …": the addressee ran into the clause's subject; the clause starts at its determiner
    if (x > k + 1 && x < hi && !clauseAt(sc, x, hi) && finiteVerb(toks[x])) {
      for (let y = k + 1; y < x; y++) {
        if ((toks[y].tags.has('Determiner') || /^(his|her|their|its|our|my)$/.test(toks[y].normal) || subjectPronoun(toks[y])) && clauseAt(sc, y, hi)) { x = y; break; }
      }
    }
    k = x;
    // "told The Post and Courier newspaper of Charleston on Saturday that …": the "that" further on
    for (let y = k; y < hi - 1 && y < k + 12 && !inQuote(y) && !finiteVerb(toks[y]); y++) {
      if (toks[y].normal === 'that' && y > k) { k = y; break; }
    }
  }
  k = skipAdjuncts(sc, k, hi);
  if (k >= hi) return false;
  k = thatAfterAdjunct(sc, k, hi);
  if (/[:,]/.test(toks[k - 1].post) && inQuote(k)) { cue.quote = quoteOf[k]; return true; }
  if (toks[k].normal === 'that' && k + 1 < hi) {
    const q = wholeQuote(sc, k + 1, hi - 1);
    if (q >= 0) cue.quote = q;
    else {
      cue.content = contentUntilEnd(sc, k + 1, hi);
      attachFollowingQuote(sc, cue, i, hi);
    }
    return true;
  }
  if (inQuote(k) && toks[k].pre.length > 0) {
    cue.quote = quoteOf[k];
    // "said “it gets me mad” every time he thinks …": a partial quote inside a reported clause
    if (verb.kind !== 'quote' && wordsAfterQuote(sc, k, hi) >= 3) cue.content = contentUntilEnd(sc, k, hi);
    return true;
  }
  // "vowed to repeal the law", "promised to build a wall"
  if (verb.infinitive && toks[k].normal === 'to' && k + 2 < hi && toks[k + 1].tags.has('Verb') && !inQuote(k)) {
    cue.content = contentUntilEnd(sc, k + 1, hi);
    attachFollowingQuote(sc, cue, i, hi);
    return true;
  }
  // "said if elected he would …", "said whether …": a conditional or indirect question is what was said
  const opener = verb.kind !== 'quote' && /^(if|whether)$/.test(toks[k].normal) && clauseAt(sc, k + 1, hi);
  if (verb.kind !== 'quote' && (opener || clauseAt(sc, k, hi))) {
    cue.content = beforeOuterCue(sc, contentUntilEnd(sc, k, hi));
    if (!cue.content) return true;
    attachFollowingQuote(sc, cue, i, hi);
    return true;
  }
  // "a letter that he said was drafted by the firm": the relative clause goes on after the cue
  if (relativeBefore(sc, cue, i) && finiteVerb(toks[k])) {
    let b = k;
    while (b + 1 < hi && !hasComma(toks[b]) && !inQuote(b + 1)) b++;
    cue.content = [k, b];
    return true;
  }
  // "called for a ban", "cited his record", "accused X of …", "said no to the war", "said the same":
  // the object is what was said
  const sayObject = verb.lemma === 'say' && sayObjectOk && !hasComma(toks[k - 1]) && !toks[k].tags.has('Gerund');
  if (((verb.object && filingObjectOk(verb, toks[k])) || sayObject) && k < hi - 1 && !inQuote(k)) {
    cue.content = beforeOuterCue(sc, contentUntilEnd(sc, k, hi));
    if (!cue.content) return true;
    attachFollowingQuote(sc, cue, i, hi);
    // "described Japan as “a trusted partner”": the quote is the claim, not a second reported one
    if (verb.lemma === 'describe' && cue.quote !== undefined) delete cue.content;
    return true;
  }
  return false;
}

/** A filing verb's object is what was said only when it is a sum of money ("reported $9 million"; not a count: "reported 37 cases") or a gerund ("reported raising …"). */
function filingObjectOk(verb: SpeechVerb, tok: Token | undefined): boolean {
  if (!verb.filingObject) return true;
  if (!tok) return false;
  return /^[$€£]\d/.test(tok.text) || /[$€£]$/.test(tok.pre ?? '') || tok.tags.has('Money') || tok.tags.has('Gerund');
}

/** "Ruiz, who wrote the letter, said …": what was said ends before the main clause's speech verb. */
// An object alone before it ("Baltic Freight, which reported results, said …") is no claim: undefined.
function beforeOuterCue(sc: ClaimScan, [a, b]: [number, number]): [number, number] | undefined {
  const { toks, inQuote } = sc;
  for (let x = a; x < b; x++) {
    if (hasComma(toks[x]) && !inQuote(x + 1) && speechVerb(toks[x + 1].normal) && !/ing$/.test(toks[x + 1].normal)) return isClause(sc, a, x) ? [a, x] : undefined;
  }
  return [a, b];
}

/** A predicate starts at token k ("plans to leave", "is the soil", "will not run"): a finite verb, maybe after an adverb. */
function predicateAt(sc: ClaimScan, k: number, hi: number): boolean {
  const { toks } = sc;
  const t = k < hi && toks[k].tags.has('Adverb') && !hasComma(toks[k]) ? k + 1 : k;
  if (t >= hi || sc.refs.mentionAt(t)) return false;
  const w = toks[t];
  // compromise reads a bare "runs" or "plans" as a plural noun; an apposition opens with a determiner or a name
  return finiteVerb(w) || (/^\p{Ll}{2,}s$/u.test(w.text) && !w.tags.has('Pronoun'));
}

const finiteVerb = (t: Token): boolean => (t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Infinitive')) || t.tags.has('Modal') || t.tags.has('Copula') || t.tags.has('Auxiliary');

/** The cue's subject follows a relative pronoun ("which critics said was …", "what she said is …"). */
function relativeBefore(sc: ClaimScan, cue: Cue, i: number): boolean {
  const { toks } = sc;
  const from = cue.speaker && cue.speaker.to < i ? cue.speaker.from : -1;
  let r = from - 1;
  if (r >= 0 && /^(the|a|an)$/.test(toks[r].normal)) r--;
  return r >= 0 && /^(which|that|what|whom|who)$/.test(toks[r].normal) && !hasComma(toks[r]);
}

/** Word tokens after the quote that starts at token k, up to the end of the sentence. */
function wordsAfterQuote(sc: ClaimScan, k: number, hi: number): number {
  const { toks, quoteOf } = sc;
  const q = quoteOf[k];
  let n = 0;
  for (let x = k + 1; x < hi; x++) if (quoteOf[x] !== q && !isPunct(toks[x])) n++;
  return n;
}

/** "said at a stop in Toledo, Ohio, that …": the "that" after an adjunct that ends in a comma. */
function thatAfterAdjunct(sc: ClaimScan, k: number, hi: number): number {
  const { toks, inQuote } = sc;
  for (let x = k; x < hi - 1 && x < k + 12 && !inQuote(x); x++) {
    if (toks[x].normal === 'that' && x > k && hasComma(toks[x - 1])) return x;
    if (toks[x].tags.has('Verb') && !toks[x].tags.has('Gerund')) return k;
  }
  return k;
}

/** A partial quote later in the same sentence ("described Japan as “a trusted partner”"). */
export function attachFollowingQuote(sc: ClaimScan, cue: Cue, i: number, hi: number): void {
  const { quoteOf, inQuote } = sc;
  for (let x = i + 1; x < hi && x < i + 25; x++) if (inQuote(x)) { cue.quote = quoteOf[x]; return; }
}

/** A mention ending at `pos` that owns what follows ("Fox News’s Ed Henry"), with a name still to come before token `end`. */
function possessed(sc: ClaimScan, pos: number, end: number): boolean {
  const { text, toks, refs } = sc;
  if (!/^['’]s?\s/.test(text.slice(pos, pos + 3)) && !/['’]s$/.test(text.slice(pos - 2, pos))) return false;
  for (let x = firstTokenAtOrAfter(toks, pos); x <= end && x < toks.length; x++) if (refs.mentionAt(x) && toks[x].start >= pos) return true;
  return false;
}

/**
 * "according to a new poll by X", "according to an ABC News poll", "according to F.A.A. records": the source
 * is the document or the people around the name (x: its first token), a described speaker; null when the name
 * itself is the source ("according to the KCNA news agency", "according to Clinton aide Huma Abedin").
 */
function sourceDocument(sc: ClaimScan, k: number, x: number, end: number): Speaker | null {
  const { toks, refs } = sc;
  const m = refs.mentionAt(x)!;
  if (refs.actor(m.actor)?.type === 'place' && x === k) return null;
  let first = x;
  if (first - 1 >= k && /^(the|a|an)$/.test(toks[first - 1].normal)) first--;
  // a noun and a preposition before the name: "a poll by", "records from", "an analysis of … by"
  for (let y = k; y < first - 1; y++) {
    const t = toks[y];
    // "a statement from the ministry" is the ministry's own voice
    if (/^(statement|statements|release|remarks|comments|spokesm[ae]n|spokeswom[ae]n|spokesperson)$/.test(t.normal)) return null;
    if (t.tags.has('Noun') && !t.tags.has('ProperNoun') && !t.tags.has('Pronoun') && !refs.mentionAt(y) && /^(by|from|of|for|at|with)$/.test(toks[y + 1].normal)) {
      return { actor: null, from: k, to: Math.min(end, firstTokenAtOrAfter(toks, m.end) - 1), described: true, head: y };
    }
  }
  // a common noun after the name: "an ABC News poll", "F.A.A. records", "the Sanders aide"
  const e = firstTokenAtOrAfter(toks, m.end);
  if (e > end || e >= toks.length) return null;
  let h = e - 1;
  while (h + 1 <= end && isNounish(toks[h + 1]) && !toks[h + 1].tags.has('ProperNoun') && !refs.mentionAt(h + 1) && !toks[h + 1].tags.has('Pronoun') && !hasComma(toks[h])) h++;
  if (h < e || !toks[h].tags.has('Noun') || BODY_HEADS.has(toks[h].normal)) return null;
  for (let y = h + 1; y <= end; y++) if (refs.actor(refs.mentionAt(y)?.actor)?.type === 'person') return null;
  return { actor: null, from: k, to: h, described: true, head: h };
}

export function handleAccording(sc: ClaimScan, i: number, lo: number, hi: number): void {
  const { toks, quoteOf, refs, cues } = sc;
  // the source: a name, or a description, up to a comma or the end of the sentence
  const k = i + 2;
  if (k >= hi) return;
  let speaker: Speaker | null = null;
  let end = k;
  while (end < hi - 1 && !hasComma(toks[end]) && end < k + 12) end++;
  for (let x = k; x <= end; x++) {
    const m = refs.mentionAt(x);
    // "according to Fox News’s Ed Henry": the possessor is not the source
    if (m && possessed(sc, m.end, end)) { x = firstTokenAtOrAfter(toks, m.end) - 1; continue; }
    if (m) { speaker = sourceDocument(sc, k, x, end) ?? mentionSpeaker(sc, x, k); break; }
  }
  if (!speaker) {
    let head = k;
    while (head < end && isNounish(toks[head + 1])) head++;
    const actor = toks[k].tags.has('Determiner') || toks[k].normal === 'police' ? refs.resolveDescription(k, head) : null;
    speaker = { actor, from: k, to: head };
  }
  const cue: Cue = { tok: i, last: i + 1, speaker, why: '"according to X"' };
  if (i === lo || (i > lo && quoteOf[i - 1] >= 0 && !hasComma(toks[i - 1]))) {
    // "According to X, …"
    if (end + 1 < hi) {
      const q = wholeQuote(sc, end + 1, hi - 1);
      if (q >= 0) cue.quote = q;
      else cue.content = contentUntilEnd(sc, end + 1, hi);
    }
    addCue(sc, cue);
    return;
  }
  // "…, according to X": only a source when the sentence already has its own speech cue
  for (let n = cues.length - 1; n >= 0 && cues[n].tok >= lo; n--) if (cues[n].verb) return;
  const b = i - 1;
  if (b < lo) return;
  const q = wholeQuote(sc, lo, b);
  if (q >= 0) cue.quote = q;
  else {
    if (quoteOf[b] >= 0) cue.quote = quoteOf[b];
    cue.content = trimRange(sc, lo, end + 1 < hi ? hi - 1 : b);
  }
  addCue(sc, cue);
}
