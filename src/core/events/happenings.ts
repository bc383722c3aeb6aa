// Happenings: event mentions of one real-world happening merged ("met", "the meeting", "talks"), and
// the happening's participants, place and date carried by every mention of it.
//
// A mention joins the latest earlier happening it is compatible with (same type, same negation, no
// clashing date or place, sharing a participant when both name any) when something links them: the
// same trigger word, a definite description ("the meeting", "during the visit"), or a trigger a few
// words away in the same sentence ("an agreement to be signed"). "A meeting", "another visit" open
// a new happening. Mentions too far apart stay apart: news repeats a word for different happenings.
// A happening placed nowhere takes the dateline's place when the story plainly happens there.
import { firstTokenAtOrAfter } from '../coref/referents';
import { WEEKDAYS } from '../lexicon/date-words';
import { CLAUSE_BREAKS, DEFINITE, ECONOMIC_MEASURES, EVENT_KIN, LIGHT_VERBS } from '../lexicon/event-words';
import { lemmas, triggersFor } from '../lexicon/triggers';
import type { DocContext } from '../text/document';
import type { Token } from '../text/tagger';
import type { Actor, EventType, Mention as MentionOf, NewsEvent } from '../types';
import { inferDates } from './happening-dates';

/** How many sentences back a repeated trigger word or a definite description may reach. */
const SAME_WORD_REACH = 10;
const DEFINITE_REACH = 6;
const NEARBY_REACH = 3;
const CANDIDATES = 40;

export interface Mention { ev: NewsEvent; tok: number; sentence: number; lemma: string; definite: boolean; indefinite: boolean; lightObject: boolean; /** the lemma and, for a word the lexicon lacks, its other readings ("checks", "checked": check) */ keys: string[] }

export interface Happening { id: string; mentions: Mention[]; participants: Set<string>; place?: string; date?: string; when?: string; lemmaAt: Map<string, number> }

/** The happenings of a document's events: copies of the events, each with `happening` and the happening's arguments. */
export function findHappenings(ctx: DocContext, events: readonly NewsEvent[], mentions: readonly MentionOf[] = [], actors: readonly Actor[] = []): NewsEvent[] {
  const happenings: Happening[] = [];
  for (const ev of events) {
    const m = describe(ctx, { ...ev, participants: [...ev.participants] });
    // the latest happenings only: a long text does not compare every mention with every other
    const recent = happenings.slice(-CANDIDATES).reverse();
    // the headline's happening is the one the story then tells, "a fire" or not
    const h = (m.indefinite ? undefined : recent.find((c) => links(ctx.tokens, c, m) && compatible(c, m))) ?? recent.find((c) => toldByHeadline(ctx, c, m));
    if (h) add(h, m);
    else {
      const fresh = add({ id: `h${happenings.length + 1}`, mentions: [], participants: new Set(), lemmaAt: new Map() }, m);
      // "the agreement" after "an agreement to be signed", told as done: another instance, between the same parties
      const plan = m.definite && m.ev.participants.length === 0 ? recent.find((c) => links(ctx.tokens, c, m) && compatible(c, m, true)) : undefined;
      for (const p of plan?.participants ?? []) fresh.participants.add(p);
      happenings.push(fresh);
    }
  }
  inferDates(ctx.tokens, happenings, actors);
  const dateline = datelinePlace(ctx, events, mentions);
  const out: NewsEvent[] = [];
  for (const h of happenings) {
    if (!h.place && dateline && h.mentions[0].ev.type !== 'travel') h.place = dateline;
    for (const { ev } of h.mentions) {
      ev.happening = h.id;
      ev.participants = [...h.participants].slice(0, 6);
      if (h.place) ev.place = h.place; else delete ev.place;
      if (h.date) ev.date = h.date; else delete ev.date;
      if (!h.date && h.when) ev.when = h.when; else delete ev.when;
      out.push(ev);
    }
  }
  return out.sort((a, b) => a.trigger.start - b.trigger.start);
}

function describe(ctx: DocContext, ev: NewsEvent): Mention {
  const toks = ctx.tokens;
  const tok = Math.min(firstTokenAtOrAfter(toks, ev.trigger.start), toks.length - 1);
  const known = triggersFor(toks[tok].normal)[0]?.lemma;
  // a phrase by its first word's lemma ("checks into", "checked into": "check into")
  const phrase = ev.trigger.text.includes(' ') ? ev.trigger.text.toLowerCase().split(/\s+/) : undefined;
  const word = phrase ? [known ?? phrase[0], ...phrase.slice(1)].join(' ') : known ?? toks[tok].normal;
  const lemma = EVENT_KIN[word] ?? word;
  // a word the lexicon lacks has no lemma of its own: its readings stand for it ("checks", "checked")
  const keys = known || phrase ? [lemma] : [...new Set([lemma, ...lemmas(word).map((w) => EVENT_KIN[w] ?? w)])];
  let definite = false;
  let indefinite = false;
  // the determiner of a noun trigger, over up to three modifiers ("the two-day bilateral talks")
  for (let k = tok - 1; k >= 0 && k >= tok - 4 && toks[k].sentence === toks[tok].sentence; k--) {
    const w = toks[k].normal;
    if (DEFINITE.test(w) || /['’]s$/.test(w)) { definite = true; break; }
    if (/^(a|an|another|new|second|separate|earlier|previous|next|first)$/.test(w)) { indefinite = true; break; }
    if (!(toks[k].tags.has('Adjective') || toks[k].tags.has('Noun') || toks[k].tags.has('Value'))) break;
  }
  // "the purchase of fighter jets": the of-phrase says which one, it does not point back
  if (definite && toks[tok + 1]?.normal === 'of') definite = false;
  let lightObject = false;
  for (let k = tok - 1; k >= 0 && k >= tok - 4 && toks[k].sentence === toks[tok].sentence && !lightObject; k--) lightObject = LIGHT_VERBS.test(toks[k].normal);
  return { ev, tok, sentence: toks[tok].sentence, lemma, definite, indefinite, lightObject, keys };
}

/**
 * A happening told only in the headline, and the body's first mention of it by the same word ("Fire
 * Destroys Dairy" … "A fire on Tuesday destroyed"): one happening, whatever the body adds to it.
 */
function toldByHeadline(ctx: DocContext, h: Happening, m: Mention): boolean {
  const first = h.mentions[0];
  if (!h.mentions.every((x) => x.sentence === first.sentence) || m.sentence === first.sentence || !headlineSentence(ctx, first.sentence)) return false;
  if (saidAt(h, m) === undefined || !!first.ev.negated !== !!m.ev.negated || m.ev.modality !== 'asserted') return false;
  return !(h.date && m.ev.date && !(h.date.startsWith(m.ev.date) || m.ev.date.startsWith(h.date)));
}

/** A headline: among the first three sentences, and with no full stop at its end. */
function headlineSentence(ctx: DocContext, s: number): boolean {
  if (s > 2) return false;
  const [lo, hi] = ctx.sentenceTokens[s];
  return hi > lo && !/[.!?]["”’']?\s*$/.test(ctx.tokens[hi - 1].text + ctx.tokens[hi - 1].post);
}

/** Something in the text that ties mention m back to happening h. */
function links(toks: readonly Token[], h: Happening, m: Mention): boolean {
  const last = h.mentions[h.mentions.length - 1];
  const gap = m.sentence - last.sentence;
  const said = saidAt(h, m);
  if (said !== undefined && m.sentence - said <= SAME_WORD_REACH) return true;
  // "other" says only that something happened: two such words are one happening only by their word
  if (m.ev.type !== last.ev.type || m.ev.type === 'other') return false;
  if (m.definite && gap <= DEFINITE_REACH) return true;
  // "an agreement to be signed": a noun and the verb of its infinitive; other neighbours are other happenings
  // ("arrested on suspicion of drunk driving", "shot and killed")
  if (gap === 0 && m.tok - last.tok <= 5 && !clauseBetween(toks, last.tok, m.tok) && infinitiveBetween(toks, last.tok, m.tok)) return true;
  // "the agreement was signed": a noun and its own passive verb
  if (gap === 0 && m.tok - last.tok <= 3 && last.ev.type === m.ev.type && onlyAuxBetween(toks, last.tok, m.tok)) return true;
  // the object of a light verb with nothing of its own soon after ("also held talks")
  return m.lightObject && gap <= NEARBY_REACH && !m.ev.place && !m.ev.date && !m.ev.when && m.ev.participants.length === 0 && m.ev.modality === last.ev.modality;
}

/** The latest sentence where happening h was told by m's word or one of its readings. */
function saidAt(h: Happening, m: Mention): number | undefined {
  let at: number | undefined;
  for (const k of m.keys) {
    const s = h.lemmaAt.get(k);
    if (s !== undefined && (at === undefined || s > at)) at = s;
  }
  return at;
}

function onlyAuxBetween(toks: readonly Token[], a: number, b: number): boolean {
  if (b - a < 2) return false;
  for (let k = a + 1; k < b; k++) if (!/^(was|were|is|are|been|has|have|had|being)$/.test(toks[k].normal) && !toks[k].tags.has('Adverb')) return false;
  return true;
}

function infinitiveBetween(toks: readonly Token[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (toks[k].normal === 'to') return true;
  return false;
}

/** A clause word between two triggers of one sentence ("acquisition since it went public"). */
function clauseBetween(toks: readonly Token[], a: number, b: number): boolean {
  for (let k = Math.min(a, b) + 1; k < Math.max(a, b); k++) if (CLAUSE_BREAKS.test(toks[k].normal)) return true;
  return false;
}

function compatible(h: Happening, m: Mention, planDone = false): boolean {
  const first = h.mentions[0].ev;
  const ev = m.ev;
  // a plan only spoken of is not a thing told as done in a later sentence ("an agreement to be signed" … "the agreement was signed")
  if (!planDone && ev.modality === 'asserted' && h.mentions.some((x) => x.ev.modality === 'planned') && !h.mentions.some((x) => x.ev.modality === 'asserted') && m.sentence !== h.mentions[h.mentions.length - 1].sentence) return false;
  // kindred words tell one happening under two types ("killed" conflict, "his death")
  const kin = saidAt(h, m) !== undefined;
  if (!(first.type === ev.type || kin || (m.definite && related(first.type, ev.type))) || !!first.negated !== !!ev.negated) return false;
  // a measure imposed ("the arms embargo", "sanctions") is not the trade it restricts ("the purchase of jets")
  if (!kin && ECONOMIC_MEASURES.test(m.lemma) !== h.mentions.some((x) => ECONOMIC_MEASURES.test(x.lemma))) return false;
  if (h.date && ev.date && !(h.date.startsWith(ev.date) || ev.date.startsWith(h.date))) return false;
  // "on Monday" and "on Tuesday" are different days even when no article date resolves them
  const days = [weekdayOf(h.when), weekdayOf(ev.when)];
  if (days[0] && days[1] && days[0] !== days[1]) return false;
  if (h.place && ev.place && h.place !== ev.place) return false;
  const last = h.mentions[h.mentions.length - 1];
  const near = last.sentence === m.sentence && m.tok - last.tok <= 5;
  // what is only planned is not what already happened ("talks will continue" after talks were held)
  if (!near && first.modality === 'asserted' && ev.modality !== 'asserted') return false;
  if (!(m.definite && ev.participants.length <= 1) && h.participants.size > 0 && ev.participants.length > 0 && !ev.participants.some((p) => h.participants.has(p))) return false;
  return true;
}

/** The weekday a date's words name ("Monday", "on Tuesday night"), if any. */
function weekdayOf(when: string | undefined): string | undefined {
  return when?.toLowerCase().split(/[^a-z]+/).find((w) => WEEKDAYS.includes(w));
}

/** Types one happening is told under ("the deal" for a takeover, "the visit" for a meeting abroad). */
function related(a: EventType, b: EventType): boolean {
  const pair = (p: EventType, q: EventType): boolean => (a === p && b === q) || (a === q && b === p);
  return pair('agreement', 'economic') || pair('meeting', 'travel');
}

function add(h: Happening, m: Mention): Happening {
  h.mentions.push(m);
  for (const k of m.keys) h.lemmaAt.set(k, m.sentence);
  for (const p of m.ev.participants) h.participants.add(p);
  h.place ??= m.ev.place;
  // the more precise date of the two ("2021-10-19" over "2021-10")
  if (m.ev.date && (!h.date || m.ev.date.length > h.date.length)) h.date = m.ev.date;
  h.when ??= m.ev.when;
  return h;
}

/**
 * The dateline's place ("NAIROBI, Kenya (AP) —") when the story plainly happens there: every event
 * placed somewhere other than by travel is placed at a place the dateline names. Else undefined.
 */
function datelinePlace(ctx: DocContext, events: readonly NewsEvent[], mentions: readonly MentionOf[]): string | undefined {
  const dash = /[—–]|\s-\s/.exec(ctx.text.slice(0, 80));
  if (!dash) return undefined;
  const named = mentions.filter((m) => m.type === 'place' && m.actor && m.end <= dash.index).map((m) => m.actor!);
  if (named.length === 0) return undefined;
  const placed = events.filter((e) => e.place && e.type !== 'travel');
  if (placed.length === 0 || !placed.every((e) => named.includes(e.place!))) return undefined;
  return placed[0].place;
}
