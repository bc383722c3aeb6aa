// Direct quotes and reported speech, attributed to actors.
//
// Cues are speech verbs from lexicon/speech.ts ("said", "told", "stressed"…) and "according to". For
// each cue the speaker is read next to it (the subject before the verb, "said X" after it, through an
// apposition or "X of Y"), resolving pronouns and definite descriptions conservatively (referents.ts).
// What was said is either the clause after the cue ("X said (that) …"), the clause before it
// ("…, X said."), both around a parenthetical ("…, he said, is …"), or a direct quote next to it.
// Quotes without a cue take the speaker of the quote before them in the same or the previous
// paragraph; short quotes without a cue (scare quotes, titles) are not claims.
import type { DocContext } from '../text/document';
import { speechVerb, SPOKESPERSON_NOUNS, type SpeechVerb } from '../lexicon/speech';
import type { DocQuotes, QuoteSpan } from '../text/quotes';
import { firstTokenAtOrAfter, Referents, type MentionIndex } from '../coref/referents';
import type { Token } from '../text/tagger';
import type { Actor, Claim, ClaimKind, TextSpan } from '../types';

interface Speaker {
  actor: string | null;
  /** Token range of the speaker phrase. */
  from: number;
  to: number;
}

interface Cue {
  /** First and last token of the cue ("said"; "according to"). */
  tok: number;
  last: number;
  verb?: SpeechVerb;
  speaker: Speaker | null;
  /** Reported content, as a token range, when the cue has one. */
  content?: [number, number];
  /** The quote the cue attributes, if it is right next to one. */
  quote?: number;
}

// Words that may stand between a subject and its speech verb ("he also said", "she has repeatedly said").
const BETWEEN_SUBJECT_AND_VERB = new Set([
  'also', 'again', 'later', 'then', 'further', 'has', 'had', 'have', 'was', 'is', 'were', 'are', 'will', 'would',
  'once', 'previously', 'earlier', 'recently', 'reportedly', 'repeatedly', 'publicly', 'privately', 'separately',
  'subsequently', 'initially', 'quickly', 'flatly', 'firmly', 'strongly', 'told', 'had', 'did', 'does', 'do', 'never',
  'has', 'just', 'already', 'first', 'last', 'often', 'frequently', 'openly', 'explicitly', 'clearly', 'simply',
]);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'there', 'nobody', 'no', 'everyone', 'nothing', 'none', 'some', 'many', 'most']);
const PP_HEADS = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'via', 'through', 'over', 'with', 'from', 'late', 'early', 'last',
  'earlier', 'later', 'this', 'when', 'while', 'since', 'following', 'ahead', 'afterwards', 'by', 'to',
]);
const ADVERBIALS = new Set([
  'also', 'again', 'today', 'yesterday', 'tonight', 'earlier', 'later', 'repeatedly', 'recently', 'publicly',
  'privately', 'separately', 'then', 'now', 'previously', 'further', 'too', 'however', 'once', 'afterward',
  'afterwards', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'morning',
  'evening', 'night', 'afternoon',
]);
const OF_LIKE = new Set(['of', 'at', 'from', 'with', 'for']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no']);
// Words of a short quote that make it a name or a title rather than speech.
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'in', 'on', 'at', 'to', 'for', 'with', 'or', 'de', 'la', 'le', 'du']);

// compromise keeps some punctuation as tokens of their own (`, "` in tokenized text): read it as trailing
const isPunct = (t: Token): boolean => !/[\p{L}\p{N}]/u.test(t.text);
const tail = (t: Token): string => (isPunct(t) ? t.text + t.post : t.post);
const hasComma = (t: Token): boolean => /[,;]/.test(tail(t));
const isNounish = (t: Token): boolean => t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Possessive') || t.tags.has('Value');

export function findClaims(ctx: DocContext, docQuotes: DocQuotes, index: MentionIndex, actors: Actor[]): Claim[] {
  const { text, tokens: toks } = ctx;
  const { quotes, quoteOf } = docQuotes;
  const quoted = (pos: number): boolean => {
    const i = firstTokenAtOrAfter(toks, pos);
    return i < toks.length && toks[i].start === pos && quoteOf[i] >= 0;
  };
  const refs = new Referents(ctx, index, actors, quoted);
  const inQuote = (i: number): boolean => quoteOf[i] >= 0;

  // --- speakers -----------------------------------------------------------------------------------

  /** The actor of the mention under token j, stepping from "Reed of Kessler Capital" to Reed. */
  const mentionSpeaker = (j: number, lo: number): Speaker | null => {
    const m = refs.mentionAt(j);
    if (!m) return null;
    let from = firstTokenAtOrAfter(toks, m.start);
    if (from > 0 && toks[from - 1].end > m.start) from--;
    let actor = m.actor ?? null;
    let prep = from - 1;
    if (prep >= lo && toks[prep].normal === 'the') prep--;
    if (prep - 1 >= lo && m.type === 'place' && /^(in|at|from|of)$/.test(toks[prep].normal) && !hasComma(toks[prep - 1])) {
      // "The National Hurricane Center in Miami said": the center speaks, not the place
      const head = refs.mentionAt(prep - 1);
      if (head && head.actor && head.type !== 'place') return { actor: head.actor, from: firstTokenAtOrAfter(toks, head.start), to: j };
    }
    if (prep - 1 >= lo && OF_LIKE.has(toks[prep].normal) && !hasComma(toks[prep - 1])) {
      const head = refs.mentionAt(prep - 1);
      const headActor = head ? refs.actor(head.actor) : undefined;
      if (headActor && headActor.type === 'person') return { actor: headActor.id, from: firstTokenAtOrAfter(toks, head!.start), to: j };
      if (!head && !SPOKESPERSON_NOUNS.has(toks[prep - 1].normal) && m.type !== 'organization') {
        // "the governor of Texas": the description, not the place
        const d = description(prep - 1, lo);
        return { actor: d ? d.actor : null, from: d ? d.from : prep - 1, to: j };
      }
    }
    if (m.type === 'date') actor = null;
    // titles and affiliations before the name belong to the speaker phrase: "U.S. Attorney Daniel
    // Whitfield", "Nejmeh coach Adnan Al-Sharqi", "Corvane chief executive Priya Natarajan"
    while (from - 1 >= lo && !hasComma(toks[from - 1]) && !inQuote(from - 1) && !/[”"»’']\s*$/.test(tail(toks[from - 1]))) {
      const w = toks[from - 1];
      const titleish = w.tags.has('Actor') || w.tags.has('ProperNoun') || w.tags.has('Acronym') || (/^\p{Lu}/u.test(w.text) && from - 1 > lo)
        || w.tags.has('Possessive') || /^(chief|executive|senior|deputy|former|acting|vice|general|assistant|head|coach|manager|director)$/.test(w.normal);
      if (!titleish || isPunct(w) || w.tags.has('Verb') || w.tags.has('Pronoun')) break;
      from--;
    }
    return { actor, from, to: j };
  };

  /** A definite description ending at token j ("the Russian Chief of Staff"), resolved. */
  const description = (j: number, lo: number): Speaker | null => {
    if (!toks[j].tags.has('Noun') || toks[j].tags.has('Pronoun')) return null;
    let k = j;
    while (k - 1 >= lo && !hasComma(toks[k - 1]) && !inQuote(k - 1)) {
      const p = toks[k - 1];
      if (p.tags.has('Determiner') || p.tags.has('Possessive') || p.normal === 'his' || p.normal === 'her' || p.normal === 'its' || p.normal === 'their') { k--; break; }
      if (isNounish(p) && !p.tags.has('Pronoun') && !p.tags.has('Verb')) { k--; continue; }
      if (p.normal === 'of' && k - 2 >= lo && isNounish(toks[k - 2])) { k--; continue; }
      break;
    }
    if (j - k > 7) return null;
    // "North Korea's official KCNA news agency": the organization named inside it
    for (let x = j; x >= k; x--) {
      const m = refs.mentionAt(x);
      const a = m ? refs.actor(m.actor) : undefined;
      if (a && a.type === 'organization') return { actor: a.id, from: k, to: j };
    }
    const actor = refs.resolveDescription(k, j);
    if (actor) refs.addRef(k, actor);
    return { actor, from: k, to: j };
  };

  /** The subject of a speech verb at token i, looking left but not past token lo. */
  const subjectBefore = (i: number, lo: number): Speaker | null => {
    let j = i - 1;
    for (;;) {
      while (j >= lo && BETWEEN_SUBJECT_AND_VERB.has(toks[j].normal) && !hasComma(toks[j])) j--;
      // "China on Thursday criticized": a time phrase between subject and verb
      let d = j;
      while (d >= lo && (toks[d].tags.has('Date') || /^(morning|evening|night|afternoon|week|month|year|last|this|early|late)$/.test(toks[d].normal)) && !hasComma(toks[d])) d--;
      if (d < j && d >= lo && /^(on|in|at|during|late|early|last|this)$/.test(toks[d].normal) && !hasComma(toks[d])) { j = d - 1; continue; }
      if (d < j && d >= lo && refs.mentionAt(d) && !hasComma(toks[d])) { j = d; continue; }
      break;
    }
    if (j < lo || inQuote(j) || isPunct(toks[j]) || /[”"»’']\s*$/.test(toks[j].post)) return null;
    if (hasComma(toks[j])) {
      // "X, a lawyer with the Law Society, said": the head before the apposition
      let k = j - 1;
      while (k >= lo && !hasComma(toks[k]) && !inQuote(k) && j - k < 30) k--;
      if (k < lo || inQuote(k)) return null;
      const head = subjectAt(k, lo);
      if (head && head.actor && refs.mentionAt(k)) return { ...head, to: j };
      for (let x = k + 1; x <= j; x++) {
        const m = refs.mentionAt(x);
        const a = m ? refs.actor(m.actor) : undefined;
        if (a && a.type === 'person') return { actor: a.id, from: k + 1, to: j };
      }
      return head ? { ...head, to: j } : null;
    }
    // a relative clause: "Kamau, who was at the scene, said" is handled above; "who said" here
    if (toks[j].normal === 'who' || toks[j].normal === 'which') {
      if (j - 1 >= lo) return subjectAt(j - 1, lo);
      return null;
    }
    return subjectAt(j, lo);
  };

  /** The speaker phrase ending at token j (a name, a pronoun or a description). */
  const subjectAt = (j: number, lo: number): Speaker | null => {
    const t = toks[j];
    const m = refs.mentionAt(j);
    // a pronoun linked to someone of the other gender is read again here
    // (names of unclear gender, "Valery", are common: the speaker just quoted keeps the pronoun)
    const recent = cues.length ? cues[cues.length - 1] : undefined;
    const justQuoted = !!recent && recent.speaker?.actor === m?.actor && toks[j].sentence - toks[recent.tok].sentence <= 2;
    if (m && m.type === 'pronoun' && !justQuoted && refs.genderClash(t.normal, m.actor)) return { actor: refs.resolvePronoun(j), from: j, to: j };
    if (m) return mentionSpeaker(j, lo);
    if (PRONOUNS.has(t.normal)) {
      let actor = refs.resolvePronoun(j);
      if (!actor && (t.normal === 'he' || t.normal === 'she') && recent && recent.speaker?.actor && refs.actor(recent.speaker.actor)?.type === 'person'
        && !refs.genderClash(t.normal, recent.speaker.actor) && toks[j].sentence - toks[recent.tok].sentence <= 6) actor = recent.speaker.actor;
      return { actor, from: j, to: j };
    }
    return description(j, lo);
  };

  /** "said X", "said the company", "said Interior Minister X". */
  const subjectAfter = (i: number, hi: number): Speaker | null => {
    const j = i + 1;
    if (j >= hi || inQuote(j)) return null;
    const t = toks[j];
    if (PRONOUNS.has(t.normal) && (t.normal === 'he' || t.normal === 'she')) return { actor: refs.resolvePronoun(j), from: j, to: j };
    for (let k = j; k < hi && k < j + 5 && !inQuote(k); k++) {
      const m = refs.mentionAt(k);
      if (m && m.type !== 'date') {
        const a = refs.actor(m.actor);
        const end = firstTokenAtOrAfter(toks, m.end) - 1;
        if (!a || a.type !== 'place' || k === j) return { actor: a ? a.id : null, from: j, to: Math.max(end, k) };
      }
      const w = toks[k];
      if (!(w.tags.has('ProperNoun') || w.tags.has('Actor') || /^\p{Lu}/u.test(w.text)) || hasComma(w)) break;
    }
    if (t.normal === 'the' || t.normal === 'a' || t.normal === 'an') {
      let k = j + 1;
      while (k + 1 < hi && isNounish(toks[k + 1]) && !hasComma(toks[k]) && !toks[k + 1].tags.has('Verb')) k++;
      if (k < hi && toks[k].tags.has('Noun')) {
        if (SPOKESPERSON_NOUNS.has(toks[k].normal) && k + 2 < hi && OF_LIKE.has(toks[k + 1].normal)) {
          const m = refs.mentionAt(k + 2) ?? refs.mentionAt(k + 3);
          if (m) return { actor: m.actor ?? null, from: j, to: k + 2 };
        }
        const actor = refs.resolveDescription(j, k);
        return { actor, from: j, to: k };
      }
    }
    return null;
  };

  // --- cues -----------------------------------------------------------------------------------------

  const cues: Cue[] = [];
  const claims: Array<Omit<Claim, 'id'> & { quote?: number }> = [];

  /** Skips adverbials and prepositional phrases after a cue ("said in a statement on Monday"). */
  const skipAdjuncts = (k: number, hi: number): number => {
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
  };

  /** "about 1,400 …", "more than …": a number phrase that can be a subject. */
  const approxAt = (k: number, hi: number): boolean => /^(about|around|nearly|almost|roughly|some|over|under|up|more|fewer|less|at)$/.test(toks[k].normal)
    && k + 1 < hi && (toks[k + 1].tags.has('Value') || /^(least|than|to)$/.test(toks[k + 1].normal));

  /** Does a clause start at token k (a subject and then a finite verb)? */
  const clauseAt = (k: number, hi: number): boolean => {
    if (k >= hi) return false;
    const t = toks[k];
    if (inQuote(k) && toks[k].pre.length === 0) return false;
    const subjectLike = approxAt(k, hi) || SUBJECT_PRONOUNS.has(t.normal) || t.tags.has('Determiner') || t.tags.has('Noun') || t.tags.has('Value')
      || t.tags.has('Adjective') || !!refs.mentionAt(k) || t.tags.has('Possessive');
    if ((t.tags.has('Preposition') || t.tags.has('Conjunction')) && !approxAt(k, hi)) return false;
    // "lower rates would …": compromise may read the first word as a verb; a modal soon after says clause
    if (!subjectLike) {
      let modal = false;
      for (let x = k + 1; x < hi && x <= k + 3; x++) if (toks[x].tags.has('Modal')) modal = true;
      if (!modal) return false;
    }
    for (let x = k + 1; x < hi && x < k + 16; x++) {
      const w = toks[x];
      if (w.tags.has('Verb') && !w.tags.has('Gerund') && !(w.tags.has('Infinitive') && toks[x - 1].normal === 'to')) return true;
      if (w.tags.has('Modal') || w.tags.has('Copula') || w.tags.has('Auxiliary')) return true;
    }
    return false;
  };

  /** What comes before "…, X said" must be a clause, not an opener ("Speaking to reporters in Berlin,"). */
  const isClause = (a: number, b: number): boolean => {
    const first = toks[a];
    if (first.tags.has('Preposition') || first.tags.has('Gerund') || /^(after|when|while|during|upon|asked|speaking|before|as|in|at|on)$/.test(first.normal)) {
      if (!inQuote(a)) return false;
    }
    for (let x = a; x <= b; x++) {
      const w = toks[x];
      if ((w.tags.has('Verb') && !w.tags.has('Gerund') && !w.tags.has('Infinitive')) || w.tags.has('Modal') || w.tags.has('Copula')) return true;
    }
    return false;
  };

  /** Token range [a, b] trimmed of quote-only ends is not a reported claim when it is one quote. */
  const wholeQuote = (a: number, b: number): number => {
    const q = quoteOf[a];
    if (q < 0) return -1;
    for (let x = a; x <= b; x++) if (quoteOf[x] !== q) return -1;
    return q;
  };

  for (let s = 0; s < ctx.sentences.length; s++) {
    const [lo, hi] = ctx.sentenceTokens[s];
    for (let i = lo; i < hi; i++) {
      if (inQuote(i)) continue;
      const t = toks[i];
      // "according to X"
      if (t.normal === 'according' && i + 1 < hi && toks[i + 1].normal === 'to') {
        handleAccording(i, lo, hi);
        i++;
        continue;
      }
      const verb = speechVerb(t.normal);
      if (!verb || (verb.needsVerbTag && !t.tags.has('Verb'))) continue;
      const prev = i > lo ? toks[i - 1] : undefined;
      if (prev && (prev.normal === 'to' || NEGATIONS.has(prev.normal) || /n't$/.test(prev.normal) || (i - 2 >= lo && NEGATIONS.has(toks[i - 2].normal)))) continue;
      if (prev && (prev.normal === 'be' || prev.normal === 'been' || prev.normal === 'being')) continue;
      handleVerb(i, verb, lo, hi);
    }
  }

  /** The first actor named in the sentence before token `to`, skipping a dateline and places after a preposition. */
  function sentenceSubject(lo: number, to: number): Speaker | null {
    for (let x = lo; x < to; x++) {
      if (inQuote(x)) continue;
      if (PRONOUNS.has(toks[x].normal) && x === lo) return { actor: refs.resolvePronoun(x), from: x, to: x };
      const m = refs.mentionAt(x);
      const a = m ? refs.actor(m.actor) : undefined;
      if (!m || !a) continue;
      let end = x;
      while (end + 1 < to && refs.mentionAt(end + 1) === m) end++;
      // "Hillary Clinton’s campaign manager Robby Mook": the possessor is not the subject
      if (/['’]s$/.test(toks[end].normal) || /^['’]s?\b/.test(toks[end].post)) { x = end; continue; }
      const before = x > lo ? toks[x - 1].normal : '';
      const dateline = /^[\s]*[,—–-]/.test(tail(toks[end])) || /[—–]/.test(tail(toks[end]));
      if (a.type === 'place' && (dateline || /^(in|at|to|from|near|of|for|on|with)$/.test(before))) { x = end; continue; }
      return { actor: a.id, from: x, to: end };
    }
    return null;
  }

  function handleVerb(i: number, verb: SpeechVerb, lo: number, hi: number): void {
    const t = toks[i];
    // "…, saying (that) …": the subject of the main clause speaks
    let speaker: Speaker | null;
    if (t.tags.has('Gerund') || /ing$/.test(t.normal)) {
      if (!(i > lo && hasComma(toks[i - 1]))) return;
      const last = cues.length ? cues[cues.length - 1] : undefined;
      speaker = last && last.tok >= lo && last.speaker?.actor ? last.speaker : sentenceSubject(lo, i);
      if (!speaker) return;
      const k = skipAdjuncts(i + 1, hi);
      const start = toks[k]?.normal === 'that' ? k + 1 : k;
      if (start < hi && (toks[k]?.normal === 'that' || clauseAt(start, hi))) {
        const cue: Cue = { tok: i, last: i, verb, speaker, content: contentUntilEnd(start, hi) };
        attachFollowingQuote(cue, i, hi);
        addCue(cue);
      }
      return;
    }
    // "… and said (that) …": the subject of the first verb speaks again
    let c = i - 1;
    while (c > lo && BETWEEN_SUBJECT_AND_VERB.has(toks[c].normal)) c--;
    if (c > lo && /^(and|but|then)$/.test(toks[c].normal) && !inQuote(c)) {
      const last = cues.length ? cues[cues.length - 1] : undefined;
      speaker = last && toks[last.tok].sentence === t.sentence ? last.speaker : sentenceSubject(lo, c);
      if (speaker) {
        const cue: Cue = { tok: i, last: i, verb, speaker };
        if (!forward(cue, i, hi)) attachFollowingQuote(cue, i, hi);
        addCue(cue);
      }
      return;
    }
    speaker = subjectBefore(i, lo);
    let after: Speaker | null = null;
    if (!speaker) after = subjectAfter(i, hi);
    const sp = speaker ?? after;
    if (!sp) return;
    if (sp.actor && speaker) refs.addRef(sp.from, sp.actor);
    const subjStart = speaker ? speaker.from : i;
    const afterEnd = after ? after.to + 1 : i + 1;
    const cue: Cue = { tok: i, last: i, verb, speaker: sp };
    // what stands before the speaker in the sentence: "…, X said" / "“…,” X said"
    const beforeEnd = subjStart - 1;
    const precededByComma = beforeEnd >= lo && (hasComma(toks[beforeEnd]) || /[”"»’']/.test(tail(toks[beforeEnd])) || /[”"»]/.test(toks[subjStart].pre));
    // “…,” X said … : the quote just before is what was said, whatever follows the verb
    if (precededByComma && quoteOf[beforeEnd] >= 0 && wholeQuote(lo, beforeEnd) >= 0) {
      cue.quote = quoteOf[beforeEnd];
      addCue(cue);
      return;
    }
    // forward first: "X said (that) …", "X told reporters …", "X said: “…”"
    if (!after && forward(cue, i, hi)) { addCue(cue); return; }
    if (precededByComma) {
      let a = lo;
      // not across an earlier cue of this sentence
      for (let n = cues.length - 1; n >= 0 && cues[n].tok >= lo; n--) {
        const c = cues[n];
        if (c.tok < beforeEnd) a = Math.max(a, (c.content ? c.content[1] : c.last) + 1);
      }
      if (a <= beforeEnd) {
        const q = wholeQuote(a, beforeEnd);
        const lastQ = quoteOf[beforeEnd];
        if (q >= 0) cue.quote = q;
        else {
          if (lastQ >= 0) cue.quote = lastQ;
          let b = beforeEnd;
          // parenthetical: "…, he said, is becoming …"
          const paren = afterEnd < hi - 1 && hasComma(toks[afterEnd - 1]) && !inQuote(afterEnd);
          if (paren) b = hi - 1;
          if (verb.kind !== 'quote' && b > a && (paren ? isClause(afterEnd, b) : isClause(a, beforeEnd))) cue.content = trimRange(a, b);
          if (!cue.content && cue.quote === undefined) attachFollowingQuote(cue, i, hi);
        }
        addCue(cue);
        return;
      }
    }
    if (after) {
      // "said X" with nothing before it: a quote may still be just before ("“…” said X")
      const q = beforeEnd >= lo ? quoteOf[beforeEnd] : -1;
      if (q >= 0) cue.quote = q;
      addCue(cue);
      return;
    }
    attachFollowingQuote(cue, i, hi);
    addCue(cue);
  }

  /** Content or a quote after the cue; false when nothing that was said follows it. */
  function forward(cue: Cue, i: number, hi: number): boolean {
    const t = toks[i];
    const verb = cue.verb!;
    let k = i + 1;
    if (k >= hi) return false;
    if (/[:,]/.test(t.post) && inQuote(k)) { cue.quote = quoteOf[k]; return true; }
    if (/:/.test(t.post)) {
      if (verb.kind !== 'quote') cue.content = contentUntilEnd(k, hi);
      return true;
    }
    if (hasComma(t)) return false;
    if (verb.kind === 'tell' && !inQuote(k)) {
      // the addressee: "told reporters", "told The Associated Press", "warned lawmakers"
      let x = k;
      while (x < hi && x < k + 6 && !inQuote(x) && (isNounish(toks[x]) || toks[x].tags.has('Determiner') || toks[x].tags.has('Pronoun') || !!refs.mentionAt(x))
        && toks[x].normal !== 'that' && !toks[x].tags.has('Verb')) {
        x++;
        if (hasComma(toks[x - 1]) || /:/.test(toks[x - 1].post)) break;
        // "told reporters inflation had peaked": the addressee ends where a clause starts
        if (toks[x - 1].tags.has('Noun') && !toks[x - 1].tags.has('ProperNoun') && x < hi && toks[x].tags.has('Noun') && clauseAt(x, hi)) break;
      }
      k = x;
    }
    k = skipAdjuncts(k, hi);
    if (k >= hi) return false;
    if (/[:,]/.test(toks[k - 1].post) && inQuote(k)) { cue.quote = quoteOf[k]; return true; }
    if (toks[k].normal === 'that' && k + 1 < hi) {
      const q = wholeQuote(k + 1, hi - 1);
      if (q >= 0) cue.quote = q;
      else {
        cue.content = contentUntilEnd(k + 1, hi);
        attachFollowingQuote(cue, i, hi);
      }
      return true;
    }
    if (inQuote(k) && toks[k].pre.length > 0) { cue.quote = quoteOf[k]; return true; }
    if (verb.kind !== 'quote' && clauseAt(k, hi)) {
      cue.content = contentUntilEnd(k, hi);
      attachFollowingQuote(cue, i, hi);
      return true;
    }
    return false;
  }

  /** A partial quote later in the same sentence ("described Japan as “a trusted partner”"). */
  function attachFollowingQuote(cue: Cue, i: number, hi: number): void {
    for (let x = i + 1; x < hi && x < i + 25; x++) if (inQuote(x)) { cue.quote = quoteOf[x]; return; }
  }

  function handleAccording(i: number, lo: number, hi: number): void {
    // the source: a name, or a description, up to a comma or the end of the sentence
    const k = i + 2;
    if (k >= hi) return;
    let speaker: Speaker | null = null;
    let end = k;
    while (end < hi - 1 && !hasComma(toks[end]) && end < k + 12) end++;
    for (let x = k; x <= end; x++) {
      const m = refs.mentionAt(x);
      if (m) { speaker = mentionSpeaker(x, k); break; }
    }
    if (!speaker) {
      let head = k;
      while (head < end && isNounish(toks[head + 1])) head++;
      const actor = toks[k].tags.has('Determiner') || toks[k].normal === 'police' ? refs.resolveDescription(k, head) : null;
      speaker = { actor, from: k, to: head };
    }
    const cue: Cue = { tok: i, last: i + 1, speaker };
    if (i === lo || (i > lo && quoteOf[i - 1] >= 0 && !hasComma(toks[i - 1]))) {
      // "According to X, …"
      if (end + 1 < hi) {
        const q = wholeQuote(end + 1, hi - 1);
        if (q >= 0) cue.quote = q;
        else cue.content = contentUntilEnd(end + 1, hi);
      }
      addCue(cue);
      return;
    }
    // "…, according to X": only a source when the sentence already has its own speech cue
    for (let n = cues.length - 1; n >= 0 && cues[n].tok >= lo; n--) if (cues[n].verb) return;
    const b = i - 1;
    if (b < lo) return;
    const q = wholeQuote(lo, b);
    if (q >= 0) cue.quote = q;
    else {
      if (quoteOf[b] >= 0) cue.quote = quoteOf[b];
      cue.content = trimRange(lo, end + 1 < hi ? hi - 1 : b);
    }
    addCue(cue);
  }

  function contentUntilEnd(a: number, hi: number): [number, number] {
    let b = hi - 1;
    // stop before a trailing source ("…, according to X")
    for (let x = a + 1; x < hi - 1; x++) {
      if (toks[x].normal === 'according' && toks[x + 1].normal === 'to' && hasComma(toks[x - 1])) { b = x - 1; break; }
    }
    return trimRange(a, b);
  }

  function trimRange(a: number, b: number): [number, number] {
    while (a < b && (toks[a].normal === 'that' || toks[a].tags.has('Conjunction') && toks[a].normal !== 'if')) a++;
    return [a, b];
  }

  function addCue(c: Cue): void {
    cues.push(c);
    if (c.content && c.content[1] - c.content[0] >= 1) {
      const [a, b] = c.content;
      const start = toks[a].start;
      const end = toks[b].end;
      claims.push({ kind: 'reported', start, end, text: text.slice(start, end), speaker: c.speaker?.actor ?? null, cue: cueSpan(c) });
    }
  }

  function cueSpan(c: Cue): TextSpan {
    const start = toks[c.tok].start;
    const end = toks[c.last].end;
    return { start, end, text: text.slice(start, end) };
  }

  // --- quotes -------------------------------------------------------------------------------------

  const cueOfQuote = new Map<number, Cue>();
  for (const c of cues) if (c.quote !== undefined && !cueOfQuote.has(c.quote)) cueOfQuote.set(c.quote, c);

  let lastQuoteSpeaker: { actor: string | null; paragraph: number; end: number } | null = null;
  const paragraphOf = (pos: number): number => {
    const i = Math.min(firstTokenAtOrAfter(toks, pos), toks.length - 1);
    return i >= 0 ? ctx.sentences[toks[i].sentence].paragraph : -1;
  };
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi];
    const cue = cueOfQuote.get(qi);
    const words = countWords(text, q.start, q.end);
    const para = paragraphOf(q.start);
    const inner = text.slice(q.start, q.end);
    const soCalled = /so-called\s*$|so called\s*$/i.test(text.slice(Math.max(0, q.open - 12), q.open));
    let speaker: string | null = null;
    let cueSpanOf: TextSpan | undefined;
    if (cue) {
      if (soCalled) continue;
      if (words <= 3 && !shortQuoteCued(q, cue)) continue;
      speaker = cue.speaker?.actor ?? null;
      cueSpanOf = cueSpan(cue);
    } else {
      if (soCalled || words < 4 || isTitle(inner)) continue;
      // a quote that is not a whole sentence and has no cue is probably a name or a phrase
      const startsSentence = /^[\s]*$/.test(text.slice(sentenceStartOf(q.open), q.open)) || /[.!?:]$/.test(inner) || words >= 8;
      if (!startsSentence) continue;
      // the convention: a quote with no cue continues the speaker of the previous quote nearby
      if (lastQuoteSpeaker && (lastQuoteSpeaker.paragraph === para || lastQuoteSpeaker.paragraph === para - 1) && q.open - lastQuoteSpeaker.end < 2000) {
        speaker = lastQuoteSpeaker.actor;
      }
    }
    claims.push({ kind: 'quote', start: q.start, end: q.end, text: inner, speaker, ...(cueSpanOf ? { cue: cueSpanOf } : {}), quote: qi });
    lastQuoteSpeaker = { actor: speaker, paragraph: paragraphOf(q.close - 1), end: q.close };
  }

  function sentenceStartOf(pos: number): number {
    const i = firstTokenAtOrAfter(toks, pos);
    const s = i < toks.length ? toks[i].sentence : ctx.sentences.length - 1;
    return s >= 0 ? ctx.sentences[s].start : 0;
  }

  /** A one-to-three-word quote is speech only right next to its cue, or as the end of the cued clause. */
  function shortQuoteCued(q: QuoteSpan, cue: Cue): boolean {
    const cuePos = toks[cue.tok].start;
    if (cuePos > q.close) {
      // “Never,” she said.
      return cuePos - q.close < 40;
    }
    // "described the plan as “a historic mistake”", "called the proposal « the bare minimum »"
    if (cue.verb?.kind === 'quote' && /(\bas(\s+an?)?|\bit|\bthem|\bhim|\bher)\s*$/i.test(text.slice(Math.max(0, q.open - 12), q.open))) return true;
    if (cue.verb?.kind === 'quote' && toks[cue.tok].start > q.open - 80) return true;
    // cue before: the quote must end its clause (`described it as “a trusted partner”.`)
    const after = text.slice(q.close, q.close + 2);
    return /^[\s]*[.,;!?]|^\s*$/.test(after) || q.close >= text.length || /[.,;!?]$/.test(text.slice(q.start, q.close - 1).trim());
  }

  // --- results ------------------------------------------------------------------------------------

  // a reported claim that is just a quote already found is dropped; quotes first on ties
  claims.sort((a, b) => a.start - b.start || (a.kind === 'quote' ? -1 : 1));
  const kept: Claim[] = [];
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
  }
  kept.forEach((c, n) => { c.id = `c${n + 1}`; });
  return kept;
}

function countWords(text: string, start: number, end: number): number {
  let n = 0;
  const re = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) n++;
  return n;
}

/** "The Lord of the Rings", "Peace Plan": every significant word capitalized, no sentence punctuation. */
function isTitle(s: string): boolean {
  if (/[.!?,;:]/.test(s)) return false;
  const words = s.split(/\s+/).filter(Boolean);
  if (words.length > 10) return false;
  return words.every((w, k) => /^[\p{Lu}\p{N}]/u.test(w) || (k > 0 && TITLE_SMALL_WORDS.has(w.toLowerCase())));
}
