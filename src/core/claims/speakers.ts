// Who speaks: the subject before a speech verb, the name after it ("said X"), through appositions,
// "X of Y" and titles, pronouns and descriptions as the coreference stage resolved them (coref/).
import { firstTokenAtOrAfter } from '../coref/referents';
import { APPROXIMATORS, BETWEEN_SUBJECT_AND_VERB, BODY_HEADS, OF_LIKE, OPENERS, PRONOUNS, QUANTIFIER_SUBJECTS, SPEAKER_TITLE_WORDS, TIME_PREPOSITIONS, TIME_WORDS } from '../lexicon/claim-words';
import { SPOKESPERSON_NOUNS, speechVerb } from '../lexicon/speech';
import { hasComma, isNounish, isPunct, tail, type ClaimScan, type Speaker } from './scan';
/** The actor of the mention under token j, stepping from "Reed of Kessler Capital" to Reed. */
export function mentionSpeaker(sc: ClaimScan, j: number, lo: number): Speaker | null {
  const { toks, refs, inQuote } = sc;
  const m = refs.mentionAt(j);
  if (!m) return null;
  let from = firstTokenAtOrAfter(toks, m.start);
  if (from > 0 && toks[from - 1].end > m.start) from--;
  let actor = m.actor ?? null;
  // "Stacy Baker of Columbia, South Carolina": the state belongs to the city before it
  while (m.type === 'place' && from - 1 > lo && hasComma(toks[from - 1]) && refs.mentionAt(from - 1)?.type === 'place') {
    from = firstTokenAtOrAfter(toks, refs.mentionAt(from - 1)!.start);
  }
  let prep = from - 1;
  if (prep >= lo && toks[prep].normal === 'the') prep--;
  if (prep - 1 >= lo && m.type === 'place' && /^(in|at|from|of)$/.test(toks[prep].normal) && !hasComma(toks[prep - 1])) {
    // "The National Hurricane Center in Miami said": the center speaks, not the place
    const head = refs.mentionAt(prep - 1);
    if (head && head.actor && head.type !== 'place') return { actor: head.actor, from: firstTokenAtOrAfter(toks, head.start), to: j };
  }
  if (prep - 1 >= lo && OF_LIKE.has(toks[prep].normal) && !hasComma(toks[prep - 1])) {
    const head = refs.mentionAt(prep - 1);
    // "Half of Vermont Democrats said", "58 percent of Republicans": the quantity speaks, not the group
    const q = toks[prep - 1];
    if (!head && toks[prep].normal === 'of' && (QUANTIFIER_SUBJECTS.has(q.normal) || q.normal === 'percent' || (q.tags.has('Value') && !q.tags.has('Date')))) {
      const d = description(sc, prep - 1, lo);
      return { actor: null, from: d ? d.from : prep - 1, to: j, head: prep - 1 };
    }
    const headActor = head ? refs.actor(head.actor) : undefined;
    if (headActor && headActor.type === 'person') return { actor: headActor.id, from: firstTokenAtOrAfter(toks, head!.start), to: j };
    // "A spokeswoman for YouTube", "officials at the State Department": the people of the body, described
    if (!head && m.type !== 'place') {
      const outer = outerHead(sc, prep + 1, lo);
      if (outer) return { actor: null, from: outer.from, to: j, described: true, head: outer.head };
    }
    if (!head && !SPOKESPERSON_NOUNS.has(toks[prep - 1].normal) && m.type !== 'organization') {
      // "the governor of Texas": the description, not the place
      const d = description(sc, prep - 1, lo);
      return { actor: d ? d.actor : null, from: d ? d.from : prep - 1, to: j };
    }
  }
  if (m.type === 'date') actor = null;
  // "Jeb Bush and Chris Christie say": the first of two coordinated names heads the speaker phrase
  const conj = from - 1;
  if (conj - 1 >= lo && toks[conj].normal === 'and' && !hasComma(toks[conj - 1]) && m.type !== 'place') {
    let p = conj - 1;
    // "Former Maryland Gov. Martin O’Malley (D) and …": a party parenthesis after the first name
    if (/\)/.test(toks[p].post) && !refs.mentionAt(p)) while (p > lo && !/\(/.test(toks[p].pre)) p--;
    if (/\(/.test(toks[p].pre)) p--;
    const first = p >= lo ? refs.mentionAt(p) : undefined;
    const fa = first ? refs.actor(first.actor) : undefined;
    if (first && fa && fa.type === m.type) return mentionSpeaker(sc, p, lo);
  }
  // titles and affiliations before the name belong to the speaker phrase: "U.S. Attorney Daniel
  // Whitfield", "Nejmeh coach Adnan Al-Sharqi", "Corvane chief executive Priya Natarajan"
  while (from - 1 >= lo && !hasComma(toks[from - 1]) && !inQuote(from - 1) && !/[”"»’']\s*$/.test(tail(toks[from - 1]))) {
    const w = toks[from - 1];
    const titleish = w.tags.has('Actor') || w.tags.has('ProperNoun') || w.tags.has('Acronym') || (/^\p{Lu}/u.test(w.text) && from - 1 > lo)
      || w.tags.has('Possessive') || SPEAKER_TITLE_WORDS.test(w.normal);
    if (!titleish || isPunct(w) || w.tags.has('Verb') || w.tags.has('Pronoun')) break;
    from--;
  }
  return { actor, from, to: j };
}

/** A place mention (at `start`) after a preposition inside a longer phrase ("a student in Montana"). */
function placeInPhrase(sc: ClaimScan, start: number, lo: number): boolean {
  const { toks } = sc;
  let p = firstTokenAtOrAfter(toks, start) - 1;
  if (p >= lo && toks[p].normal === 'the') p--;
  return p > lo && /^(in|from|near|to|across|outside|inside|around)$/.test(toks[p].normal) && !hasComma(toks[p - 1]);
}

/** A definite description ending at token j ("the Russian Chief of Staff"), resolved. */
export function description(sc: ClaimScan, j: number, lo: number): Speaker | null {
  const { toks, refs, inQuote } = sc;
  // "The Clinton campaign says": compromise may read the head as a verb; before the cue it is the head noun
  // "Two in three said", "Some said", "58 percent of voters said": poll and crowd quantities speak too
  const quantity = QUANTIFIER_SUBJECTS.has(toks[j].normal) || (toks[j].tags.has('Value') && !toks[j].tags.has('Date') && !/^\d{4}$/.test(toks[j].normal));
  const headNoun = quantity || toks[j].tags.has('Noun') || (j > lo && (toks[j - 1].tags.has('Determiner') || toks[j - 1].tags.has('ProperNoun') || /['’]s$/.test(toks[j - 1].text)) && !!speechVerb(toks[j + 1]?.normal ?? ''));
  if (!headNoun || (toks[j].tags.has('Pronoun') && !quantity)) return null;
  let k = j;
  while (k - 1 >= lo && !hasComma(toks[k - 1]) && !inQuote(k - 1)) {
    const p = toks[k - 1];
    if (p.tags.has('Determiner') || p.tags.has('Possessive') || p.normal === 'his' || p.normal === 'her' || p.normal === 'its' || p.normal === 'their') { k--; break; }
    if (isNounish(p) && !p.tags.has('Pronoun') && !p.tags.has('Verb')) { k--; continue; }
    if (p.normal === 'of' && k - 2 >= lo && isNounish(toks[k - 2])) { k--; continue; }
    // "four in 10": a ratio
    if (p.normal === 'in' && k - 2 >= lo && toks[k - 2].tags.has('Value') && toks[k].tags.has('Value')) { k--; continue; }
    if (APPROXIMATORS.test(p.normal) && toks[k].tags.has('Value')) { k--; continue; }
    break;
  }
  if (j - k > 7) return null;
  // "A fisherman who watched the storm said": the object of a relative clause is not who spoke; its head is
  const rel = relativeBefore(sc, k, lo);
  if (rel > lo) return subjectAt(sc, rel - 1, lo);
  // "a spokeswoman for the Clinton campaign", "officials at the agency": the noun before the preposition heads it
  const outer = outerHead(sc, k, lo);
  if (outer) return { actor: null, from: outer.from, to: j, described: true, head: outer.head };
  const headNamed = !!refs.mentionAt(j);
  // "North Korea's official KCNA news agency": the organization named inside it (the phrase is a description of its own when its head is no name)
  for (let x = j; x >= k; x--) {
    const m = refs.mentionAt(x);
    const a = m ? refs.actor(m.actor) : undefined;
    if (a && a.type === 'organization') return { actor: a.id, from: k, to: j, described: !headNamed && !BODY_HEADS.has(toks[j].normal) };
  }
  const actor = refs.resolveDescription(k, j);
  // "the Sanders campaign", "Trump's campaign manager": a name inside is not the speaker; the phrase is
  if (!headNamed) {
    for (let x = k; x < j; x++) {
      const m = refs.mentionAt(x);
      if (m && m.actor && (actor === null || m.actor === actor) && m.type !== 'date') return { actor: null, from: k, to: j, described: true };
    }
  }
  return { actor, from: k, to: j };
}

/**
 * "a spokesman for [the campaign]", "officials at [the Pentagon]", "members of [the panel]": the first token of
 * a people noun and its determiners before the preposition ahead of token `k`, or null.
 */
function outerHead(sc: ClaimScan, k: number, lo: number): { from: number; head: number } | null {
  const { toks, refs, inQuote } = sc;
  const p = k - 1, n = k - 2;
  if (n < lo || !OUTER_PREPOSITIONS.has(toks[p].normal) || hasComma(toks[n]) || inQuote(n)) return null;
  const head = toks[n];
  if (!head.tags.has('Noun') || head.tags.has('ProperNoun') || head.tags.has('Pronoun') || refs.mentionAt(n)) return null;
  if (!(SPOKESPERSON_NOUNS.has(head.normal) || head.tags.has('Actor') || head.tags.has('Plural'))) return null;
  let f = n;
  while (f - 1 >= lo && !hasComma(toks[f - 1]) && !inQuote(f - 1) && isNounish(toks[f - 1]) && !toks[f - 1].tags.has('Pronoun') && n - f < 4) f--;
  if (f - 1 >= lo && (toks[f - 1].tags.has('Determiner') || /^(his|her|its|their)$/.test(toks[f - 1].normal))) f--;
  return { from: f, head: n };
}

const OUTER_PREPOSITIONS = new Set(['for', 'of', 'at', 'with', 'from']);

/** "Cruz gingerly said", "she wrongly claimed": an -ly adverb between the subject and its verb. */
function mannerAdverb(sc: ClaimScan, j: number): boolean {
  const t = sc.toks[j];
  // not after a modal: "will formally declare the winner" is no claim yet
  const before = j > 0 ? sc.toks[j - 1].normal : '';
  return t.tags.has('Adverb') && /^\p{Ll}{3,}ly$/u.test(t.text) && !sc.refs.mentionAt(j) && !sc.inQuote(j) && !/^(will|would|can|could|may|might|shall|should|must|to)$/.test(before);
}

/** The subject of a speech verb at token i, looking left but not past token lo. */
export function subjectBefore(sc: ClaimScan, i: number, lo: number): Speaker | null {
  const { toks, refs, inQuote } = sc;
  let j = i - 1;
  for (;;) {
    // "pointed out": the cue is read at "out"
    if (j === i - 1 && j > lo && toks[i].normal === 'out' && /^point(s|ed)?$/.test(toks[j].normal)) j--;
    while (j >= lo && (BETWEEN_SUBJECT_AND_VERB.has(toks[j].normal) || mannerAdverb(sc, j)) && !hasComma(toks[j])) j--;
    // "China on Thursday criticized": a time phrase between subject and verb
    let d = j;
    while (d >= lo && (toks[d].tags.has('Date') || TIME_WORDS.test(toks[d].normal)) && !hasComma(toks[d])) d--;
    if (d < j && d >= lo && TIME_PREPOSITIONS.test(toks[d].normal) && !hasComma(toks[d])) { j = d - 1; continue; }
    if (d < j && d >= lo && refs.mentionAt(d) && !hasComma(toks[d])) { j = d; continue; }
    // "Rep. Tim Ryan (D-Ohio) said": a parenthesis between subject and verb
    if (j > lo && /\)/.test(toks[j].post) && !inQuote(j)) {
      let k = j;
      while (k > lo && j - k < 6 && !/\(/.test(toks[k].pre)) k--;
      if (/\(/.test(toks[k].pre) && k > lo) { j = k - 1; continue; }
    }
    break;
  }
  if (j < lo || inQuote(j) || isPunct(toks[j]) || /[”"»’']\s*$/.test(toks[j].post)) return null;
  if (hasComma(toks[j])) {
    // "X, a lawyer with the Law Society, said": the head before the apposition
    let k = j - 1;
    while (k >= lo && !hasComma(toks[k]) && !inQuote(k) && j - k < 30) k--;
    if (k < lo || inQuote(k)) return null;
    let head = subjectAt(sc, k, lo);
    // "Clinton, during a town hall in Columbus, Ohio, said": a place ends an inner segment; the subject is further back
    for (let guard = 0; guard < 4 && refs.mentionAt(k)?.type === 'place'; guard++) {
      let k2 = firstTokenAtOrAfter(toks, refs.mentionAt(k)!.start) - 1;
      while (k2 >= lo && !hasComma(toks[k2]) && !inQuote(k2) && j - k2 < 40) k2--;
      if (k2 < lo || inQuote(k2)) break;
      const h2 = subjectAt(sc, k2, lo);
      if (!h2) break;
      head = h2;
      k = k2;
    }
    // "X, who was a member of Y, a group of …, said": a name inside a relative clause is not the subject
    let segStart = k;
    while (segStart > lo && !hasComma(toks[segStart - 1]) && !inQuote(segStart - 1)) segStart--;
    const relative = /^(who|which|whose)$/.test(toks[k + 1].normal) || (segStart > lo && /^(who|which|whose)$/.test(toks[segStart].normal));
    if (head && head.actor && refs.mentionAt(k) && !relative) return { ...head, to: j };
    if (relative || !head?.actor) {
      const chain = chainHead(sc, k, lo);
      if (chain) return { ...chain, to: j };
    }
    for (let x = k + 1; x <= j; x++) {
      const m = refs.mentionAt(x);
      const a = m ? refs.actor(m.actor) : undefined;
      if (a && a.type === 'person') return { actor: a.id, from: k + 1, to: j };
    }
    return head ? { ...head, to: j } : null;
  }
  // a relative clause: "Kamau, who was at the scene, said" is handled above; "who said" here
  if (toks[j].normal === 'who' || toks[j].normal === 'which') {
    // "those who said …", "23 percent who said …": the relative pronoun stands for a described speaker
    const head = j - 1 >= lo ? subjectAt(sc, j - 1, lo) : null;
    return head ?? (toks[j].normal === 'who' ? { actor: null, from: j, to: j } : null);
  }
  return subjectAt(sc, j, lo);
}

/** The "who"/"which" opening a relative clause with its verb that ends right before token k, else -1. */
function relativeBefore(sc: ClaimScan, k: number, lo: number): number {
  const { toks, inQuote } = sc;
  let verb = false;
  for (let r = k - 1; r >= lo && k - r <= 8 && !hasComma(toks[r]) && !inQuote(r); r--) {
    if (toks[r].normal === 'who' || toks[r].normal === 'which') return verb ? r : -1;
    if (finiteVerbTok(toks[r])) verb = true;
  }
  return -1;
}

/**
 * "Woodrow Reyes, 58, who lives outside Dayton, says", "Ana Ruiz, policy director of Civic Fund, which
 * wrote the letter, said": the name that opens a chain of appositions, ages and relative clauses ending
 * at token `end` (a comma); the first segment that is not an opener must end in that name.
 */
function chainHead(sc: ClaimScan, end: number, lo: number): Speaker | null {
  const { toks, refs, inQuote } = sc;
  const starts: number[] = [];
  let k = end;
  for (let n = 0; n < 5 && k >= lo; n++) {
    let s = k - 1;
    while (s >= lo && !hasComma(toks[s]) && !inQuote(s)) s--;
    if (s >= lo && inQuote(s)) return null;
    starts.unshift(s + 1);
    k = s;
  }
  if (k >= lo) return null;
  for (let n = 0; n < starts.length; n++) {
    const a = starts[n], b = (n + 1 < starts.length ? starts[n + 1] : end + 1) - 1;
    const first = toks[a];
    if ((first.tags.has('Preposition') && !refs.mentionAt(a)) || OPENERS.test(first.normal) || first.tags.has('Date')) continue;
    const m = refs.mentionAt(b);
    const actor = m ? refs.actor(m.actor) : undefined;
    if (!actor || actor.type === 'place') return null;
    for (let x = a; x < b; x++) if (finiteVerbTok(toks[x]) && !refs.mentionAt(x)) return null;
    return mentionSpeaker(sc, b, a);
  }
  return null;
}

const finiteVerbTok = (t: { tags: ReadonlySet<string> }): boolean => (t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Infinitive') && !t.tags.has('PastParticiple')) || t.tags.has('Modal') || t.tags.has('Copula');

/** The speaker phrase ending at token j (a name, a pronoun or a description). */
export function subjectAt(sc: ClaimScan, j: number, lo: number): Speaker | null {
  const { toks, refs, cues } = sc;
  const t = toks[j];
  const m = refs.mentionAt(j);
  const recent = cues.length ? cues[cues.length - 1] : undefined;
  if (m && m.type === 'place' && placeInPhrase(sc, m.start, lo)) {
    // "a young woman who had been an exchange student in Montana asked": the place is not the speaker
    const sp = mentionSpeaker(sc, j, lo);
    return sp && sp.actor !== m.actor ? sp : { actor: null, from: j, to: j };
  }
  if (m) return mentionSpeaker(sc, j, lo);
  if (PRONOUNS.has(t.normal)) {
    let actor = refs.resolvePronoun(j);
    if (!actor && (t.normal === 'he' || t.normal === 'she') && recent && recent.speaker?.actor && refs.actor(recent.speaker.actor)?.type === 'person'
      && !refs.genderClash(t.normal, recent.speaker.actor) && toks[j].sentence - toks[recent.tok].sentence <= 6) actor = recent.speaker.actor;
    return { actor, from: j, to: j };
  }
  return description(sc, j, lo);
}

/** A person named right after token `k` in the same capitalized run (a title and a name), if any. */
function personLater(sc: ClaimScan, k: number, hi: number): { actor: string; to: number } | null {
  const { toks, refs, inQuote } = sc;
  for (let x = k; x < hi && !inQuote(x); x++) {
    const w = toks[x];
    if (!(w.tags.has('ProperNoun') || w.tags.has('Actor') || /^\p{Lu}/u.test(w.text))) return null;
    const m = refs.mentionAt(x);
    const a = m ? refs.actor(m.actor) : undefined;
    if (a && a.type === 'person') return { actor: a.id, to: firstTokenAtOrAfter(toks, m!.end) - 1 };
    if (hasComma(toks[x])) return null;
  }
  return null;
}

/** "said X", "said the company", "said Interior Minister X". */
export function subjectAfter(sc: ClaimScan, i: number, hi: number): Speaker | null {
  const { toks, refs, inQuote } = sc;
  const j = i + 1;
  if (j >= hi || inQuote(j)) return null;
  const t = toks[j];
  if (PRONOUNS.has(t.normal) && (t.normal === 'he' || t.normal === 'she')) return { actor: refs.resolvePronoun(j), from: j, to: j };
  for (let k = j; k < hi && k < j + 5 && !inQuote(k); k++) {
    const m = refs.mentionAt(k);
    if (m && m.type !== 'date') {
      const a = refs.actor(m.actor);
      const end = firstTokenAtOrAfter(toks, m.end) - 1;
      if (!a || a.type !== 'place' || k === j) {
        // "said European Council President Donald Tusk", "said Del. Stacey Plaskett": the person after the title
        const person = a && a.type === 'person' ? null : personLater(sc, end + 1, Math.min(hi, j + 8));
        if (person) return { actor: person.actor, from: j, to: person.to };
        return { actor: a ? a.id : null, from: j, to: Math.max(end, k) };
      }
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
}

/** The first actor named in the sentence before token `to`, skipping a dateline and places after a preposition. */
export function sentenceSubject(sc: ClaimScan, lo: number, to: number): Speaker | null {
  const { toks, refs, inQuote } = sc;
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
    // "The Florida senator sought …": a place inside a description; the description is the subject
    if (a.type === 'place' && before === 'the' && end + 1 < to && isNounish(toks[end + 1]) && !refs.mentionAt(end + 1) && !hasComma(toks[end])) {
      let h = end + 1;
      while (h + 1 < to && isNounish(toks[h + 1]) && !hasComma(toks[h]) && !refs.mentionAt(h + 1) && !toks[h + 1].tags.has('Verb')) h++;
      return { actor: refs.resolveDescription(x - 1, h), from: x - 1, to: h };
    }
    // "WASHINGTON (AP) — …", "Washington (AFP) – …": a dateline with its agency
    const agency = a.type === 'place' && x === lo && end + 1 < to && /\(\s*$/.test(toks[end + 1].pre) && /^\p{Lu}+$/u.test(toks[end + 1].text);
    const dateline = agency || /^[\s]*[,—–-]/.test(tail(toks[end])) || /[—–]/.test(tail(toks[end]));
    if (agency) {
      x = end + 1;
      while (x + 1 < to && !/\)/.test(toks[x].post) && x < end + 4) x++;
      continue;
    }
    if (a.type === 'place' && (dateline || /^(in|at|to|from|near|of|for|on|with)$/.test(before))) { x = end; continue; }
    return { actor: a.id, from: x, to: end };
  }
  return null;
}
