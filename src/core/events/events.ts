// Events: typed triggers with participants, place and date.
//
// A trigger is a word of lexicon/triggers.ts found by lemma, with the part of speech compromise gave
// it, outside direct quotes (what a speaker says happened is a claim) and outside names ("Treaty" in
// "Collective Security Treaty Organization"). Negation and modality come from the words before it;
// participants are the actors nearest to it in its sentence; the place is a place after in/at/to.
import type { SentenceReads } from '../coref/reads';
import { Referents, type CorefView, type MentionIndex } from '../coref/referents';
import { NAMED_HAPPENINGS } from '../lexicon/event-words';
import type { DocContext } from '../text/document';
import type { DocQuotes } from '../text/quotes';
import { bySentence, type SentenceWork } from '../text/sentence-memo';
import type { Token } from '../text/tagger';
import type { Actor, Mention, NewsEvent } from '../types';
import { attachDates, modality, negated, participants, placeOf } from './arguments';
import { statesOf } from './groups';
import { matchTrigger } from './match';
import { triggersFor } from '../lexicon/triggers';
import { isHeadline, type EventScan } from './scan';

const isWordish = (t: Token): boolean => /[\p{L}]/u.test(t.text);

/**
 * `reasons`: filled with why each event has its type, by event id (byline annotate --explain). `reads`: with a
 * document session, what each sentence reads (its events are kept with their piece).
 */
export function findEvents(ctx: DocContext, docQuotes: DocQuotes, index: MentionIndex, mentions: readonly Mention[], actors: Actor[], reasons?: Map<string, string>, coref?: CorefView, reads?: SentenceReads): NewsEvent[] {
  const { tokens: toks } = ctx;
  const { quoteOf } = docQuotes;
  const headlines = new Map<number, boolean>();
  const headline = (s: number): boolean => {
    let h = headlines.get(s);
    if (h === undefined) headlines.set(s, (h = isHeadline(ctx, s)));
    return h;
  };
  const x: EventScan = { ctx, toks, refs: new Referents(ctx, index, actors, coref), inQuote: (i) => quoteOf[i] >= 0, headline, states: statesOf(actors) };
  const dates = mentions.filter((m) => m.type === 'date').sort((a, b) => a.start - b.start);
  const found = reads
    ? bySentence(ctx, reads.pieces, eventWork(x, reads))
    : ctx.sentences.map((_, s) => sentenceEvents(x, s));
  const events: NewsEvent[] = [];
  const at: { tok: number; date?: string; when?: string }[] = [];
  const whys: string[] = [];
  for (const list of found) {
    for (const f of list) {
      events.push(f.event);
      at.push({ tok: f.tok });
      whys.push(f.why);
    }
  }
  attachDates(x, at, dates);
  events.forEach((e, n) => {
    e.id = `e${n + 1}`;
    if (at[n].date) e.date = at[n].date;
    else if (at[n].when) e.when = at[n].when;
    reasons?.set(e.id, whys[n]);
  });
  return events;
}

/** An event of one sentence, before dates and ids: its trigger's token and why it has its type. */
interface FoundEvent { event: NewsEvent; tok: number; why: string }

/** The events of sentence s (read from s and a few sentences around it: see eventWork). */
function sentenceEvents(x: EventScan, s: number): FoundEvent[] {
  const { ctx, toks } = x;
  const out: FoundEvent[] = [];
  const [lo, hi] = ctx.sentenceTokens[s];
  const sentence = ctx.sentences[s];
  for (let i = lo; i < hi; i++) {
    if (!triggerCandidate(x, i, lo)) continue;
    const hit = matchTrigger(x, i, lo, hi);
    if (!hit) continue;
    const start = toks[i].start;
    const end = toks[hit.last].end;
    const ev: NewsEvent = {
      id: '', type: hit.type, trigger: { start, end, text: ctx.text.slice(start, end) }, participants: participants(x, i, hit.last, lo, hi, hit.type),
      sentence: { start: sentence.start, end: sentence.end },
    };
    const place = placeOf(x, i, hit.last, lo, hi, hit.type);
    if (place) ev.place = place;
    if (hit.negated || negated(x, i, lo)) ev.negated = true;
    ev.modality = modality(x, i, lo);
    out.push({ event: ev, tok: i, why: hit.why });
    i = hit.last;
  }
  return out;
}

/**
 * Events by sentence, kept with the tagged pieces: the rules read the tokens of a sentence and of up to four
 * sentences around it (a government's head, a group's states), the quotes, mentions, actors and links there,
 * and the country actors of the document.
 */
function eventWork(x: EventScan, reads: SentenceReads): SentenceWork<FoundEvent> {
  return {
    key: 'events', reach: 5, tokenReach: 8,
    global: JSON.stringify([...(x.states ?? [])]),
    signature: reads.signatures,
    compute: (s) => sentenceEvents(x, s),
    move: (f, chars, tokens) => ({ event: moveEvent(f.event, chars), tok: f.tok + tokens, why: f.why }),
  };
}

function moveEvent(e: NewsEvent, d: number): NewsEvent {
  const out: NewsEvent = {
    id: '', type: e.type, trigger: { start: e.trigger.start + d, end: e.trigger.end + d, text: e.trigger.text }, participants: [...e.participants],
    sentence: { start: e.sentence!.start + d, end: e.sentence!.end + d },
  };
  if (e.place) out.place = e.place;
  if (e.negated) out.negated = true;
  out.modality = e.modality;
  return out;
}

/** Can token i start a trigger? Not inside a quote, not punctuation, not part of a name. */
function triggerCandidate(x: EventScan, i: number, lo: number): boolean {
  if (x.inQuote(i)) return false;
  const t = x.toks[i];
  if (!isWordish(t)) return false;
  // a happening's own name ("the Oscars", "a DUI") is a trigger even where it reads as a name
  if (NAMED_HAPPENINGS.test(t.normal)) return true;
  const m = x.refs.mentionAt(i);
  if (m && m.type !== 'nominal' && m.type !== 'pronoun') return headlineTriggerInName(x, i, m);
  // part of a name: a capitalized word inside the sentence tagged as a proper noun (in a title-case
  // headline every word is capitalized: there only a name mention says so)
  return !(i > lo && /^\p{Lu}/u.test(t.text) && t.tags.has('ProperNoun') && !x.headline(t.sentence));
}

/**
 * A title-case headline runs names and verbs together ("Actress Jane Doe Dies at 91", "Two Dead in
 * Shooting"): a trigger word the tagger took into a name still counts there when it ends a person's
 * name (names of people hold no event words) or stands alone as the whole "name".
 */
function headlineTriggerInName(x: EventScan, i: number, m: Mention): boolean {
  const t = x.toks[i];
  if (!x.headline(t.sentence) || triggersFor(t.normal).length === 0) return false;
  const alone = m.start === t.start && m.end === t.end;
  return alone || (m.type === 'person' && m.end === t.end && m.start < t.start);
}
