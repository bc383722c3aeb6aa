// Happenings for display: the events of an analysis grouped by `happening`, in date order, each with a
// one-line headline ("Bagheri met Shoigu · Moscow · 19 Oct 2021") and mention snippets. Pure data and
// plain text (no Markdown: cards.ts escapes what it shows).
import type { AnalysisIndex } from './query';
import { LineMap } from './text/lines';
import type { Actor, EventType, NewsEvent, Span } from './types';

export interface Happening {
  /** The engine's happening id ("h1"), or the event id of an event that carries none. */
  id: string;
  type: EventType;
  /** Its mentions in text order. The arguments below are its first asserted mention's (the engine shares them). */
  mentions: NewsEvent[];
  participants: string[];
  place?: string;
  date?: string;
  /** The date's words when they name no calendar day ("Monday": no article date). */
  when?: string;
  negated: boolean;
  modality: NonNullable<NewsEvent['modality']>;
}

/** The happenings of an analysis: by date (undated last), ties by first mention. */
export function happeningsOf(events: readonly NewsEvent[]): Happening[] {
  const byId = new Map<string, NewsEvent[]>();
  for (const ev of [...events].sort((a, b) => a.trigger.start - b.trigger.start)) {
    const id = ev.happening ?? ev.id;
    const list = byId.get(id);
    if (list) list.push(ev); else byId.set(id, [ev]);
  }
  const out: Happening[] = [];
  for (const [id, mentions] of byId) {
    // an asserted mention speaks for the happening: "will meet … met" happened
    const lead = mentions.find((m) => !m.negated && (m.modality ?? 'asserted') === 'asserted') ?? mentions[0];
    out.push({
      id, type: lead.type, mentions, participants: lead.participants, place: lead.place, date: lead.date, when: lead.when,
      negated: mentions.every((m) => m.negated), modality: lead.modality ?? 'asserted',
    });
  }
  return out.sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff') || a.mentions[0].trigger.start - b.mentions[0].trigger.start);
}

/** The happening an event belongs to. */
export function happeningOfEvent(events: readonly NewsEvent[], ev: NewsEvent): Happening {
  const id = ev.happening ?? ev.id;
  return happeningsOf(events.filter((e) => (e.happening ?? e.id) === id))[0] ?? happeningsOf([ev])[0];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An ISO date (YYYY, YYYY-MM, YYYY-MM-DD) as "19 Oct 2021", "Oct 2020", "2020"; anything else as given. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  const month = m?.[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || (m[2] && !month)) return iso;
  return [m[3] ? String(Number(m[3])) : undefined, month, m[1]].filter(Boolean).join(' ');
}

const PARTICLES = /^(de|del|della|der|di|da|du|dos|la|le|van|von|bin|ibn|al|el)$/i;
const SUFFIXES = /^(jr\.?|sr\.?|ii|iii|iv)$/i;

/**
 * How a headline names an actor: a person by the one word of the name the article uses alone ("Xi" of
 * "Xi Jinping"), else by surname ("Bagheri", "de la Vega"); others by their shortest proper name ("Russia", "CSTO").
 */
export function shortName(actor: Actor): string {
  if (actor.type === 'person') {
    const words = actor.name.split(/\s+/).filter((w) => !SUFFIXES.test(w));
    if (words.length < 2) return actor.name;
    const alone = actor.aliases.find((a) => words.includes(a));
    if (alone) return alone;
    let k = words.length - 1;
    while (k > 1 && PARTICLES.test(words[k - 1])) k--;
    return words.slice(k).join(' ');
  }
  const proper = actor.aliases.filter((a) => /^\p{Lu}/u.test(a) && !/^(the|a|an|this|that|his|her|its|their)\s/i.test(a) && a.length >= 2 && a.length < actor.name.length);
  return proper.sort((a, b) => a.length - b.length)[0] ?? actor.name;
}

/** Verb forms of the types a headline says as a verb: [past, base]. */
const VERBS: Partial<Record<EventType, [string, string]>> = {
  meeting: ['met', 'meet'], travel: ['traveled', 'travel'], agreement: ['agreed', 'agree'], protest: ['protested', 'protest'],
};

/** "A", "A and B", "A, B and C" (at most four names, then "and N others"). */
export function nameList(names: readonly string[]): string {
  const shown = names.length > 4 ? [...names.slice(0, 3), `${names.length - 3} others`] : names;
  return shown.length < 2 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/**
 * The participants as actors, in the order the text names them: first those named in the sentence of the
 * happening's first mention, by position there ("Bagheri and Shoigu at a meeting"), then the rest by first mention.
 */
export function participantsOf(index: AnalysisIndex, h: Happening): Actor[] {
  const s = h.mentions[0].sentence;
  const key = (id: string): number => {
    const ms = index.mentionsOf(id);
    const inSentence = s && ms.find((m) => m.start >= s.start && m.end <= s.end);
    return inSentence ? inSentence.start : 1e15 + (ms[0]?.start ?? 0);
  };
  return h.participants.map((id) => index.actor(id)).filter((a): a is Actor => !!a).sort((a, b) => key(a.id) - key(b.id));
}

/** The headline's who-did-what: "Bagheri met Shoigu", "Russia and Taliban to meet", "CSTO: exercises", "Economic: embargo". */
export function happeningTitle(index: AnalysisIndex, h: Happening): string {
  const names = participantsOf(index, h).map(shortName);
  const verb = VERBS[h.type];
  const word = nounOf(h);
  if (!names.length) return h.type === 'other' || word === h.type ? capitalized(word) : `${capitalized(h.type)}: ${word}`;
  // one side of a meeting only: no one to have met
  if (!verb || (h.type === 'meeting' && names.length < 2)) return `${nameList(names)}: ${word}`;
  const [past, base] = verb;
  const form = h.negated ? `did not ${base}` : h.modality === 'planned' ? `to ${base}` : h.modality === 'hypothetical' ? `may ${base}` : past;
  // meetings name the other side as an object ("Bagheri met Shoigu"); the rest list everyone first
  if (h.type === 'meeting') return `${names[0]} ${form} ${nameList(names.slice(1))}`;
  return `${nameList(names)} ${form}`;
}

const NOUNS: Partial<Record<EventType, string>> = { meeting: 'meeting', travel: 'trip', agreement: 'agreement', protest: 'protest' };
const capitalized = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** What the headline calls the happening: its first noun-like trigger ("talks", "embargo"), else the type's noun, else its first trigger. */
function nounOf(h: Happening): string {
  const verb = VERBS[h.type];
  const nounLike = (w: string): boolean => !/(ed|ing)$/.test(w) && !(verb && (w === verb[0] || w === verb[1] || w === `${verb[1]}s`));
  const words = h.mentions.map((m) => m.trigger.text.toLowerCase());
  return words.find(nounLike) ?? NOUNS[h.type] ?? words[0];
}

/** Not (yet) a fact: a few words for a label, or undefined when asserted. */
export function happeningStatus(h: Happening): string | undefined {
  if (h.negated) return 'did not happen';
  return h.modality === 'asserted' ? undefined : h.modality;
}

/** The whole one-line label: who did what · where · when. */
export function happeningLabel(index: AnalysisIndex, h: Happening): string {
  const place = index.actor(h.place);
  return [happeningTitle(index, h), place && shortName(place), h.date ? formatDate(h.date) : h.when].filter(Boolean).join(' · ');
}

/** Line numbers (1-based) of offsets in a text. */
export function lineFinder(text: string): (offset: number) => number {
  const lines = new LineMap(text);
  return (offset) => lines.lineOf(offset) + 1;
}

/** The words around a mention, on one line, at most max characters: its sentence, cut around the trigger. */
export function mentionSnippet(text: string, ev: NewsEvent, max = 80): string {
  const s: Span = ev.sentence ?? { start: Math.max(0, ev.trigger.start - max), end: Math.min(text.length, ev.trigger.end + max) };
  const flat = (a: number, b: number): string => text.slice(a, b).replace(/\s+/g, ' ');
  const whole = flat(s.start, s.end).trim();
  if (whole.length <= max) return whole;
  // keep the trigger about a third of the way in
  const before = flat(s.start, ev.trigger.start);
  const room = Math.max(0, Math.floor((max - (ev.trigger.end - ev.trigger.start)) / 3));
  const head = before.length > room ? '…' + before.slice(before.length - room).replace(/^\S*\s/, '') : before.trimStart();
  const rest = flat(ev.trigger.start, s.end);
  const tail = max - head.length;
  return head + (rest.length > tail ? rest.slice(0, tail - 1).replace(/\s\S*$/, '') + '…' : rest.trimEnd());
}
