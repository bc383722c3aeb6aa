// Events: typed triggers with participants, place and date.
//
// A trigger is a word of lexicon/triggers.ts found by lemma, with the part of speech compromise gave
// it, outside direct quotes (what a speaker says happened is a claim) and outside names ("Treaty" in
// "Collective Security Treaty Organization"). Negation and modality come from the words before it;
// participants are the actors nearest to it in its sentence; the place is a place after in/at/to.
import type { DocContext } from './document';
import { TRIGGER_PHRASES, triggersFor, lemmas, type TriggerEntry } from './lexicon/triggers';
import { findQuotes } from './quotes';
import { Referents } from './referents';
import type { Token } from './tagger';
import type { Actor, EventType, Mention, NewsEvent } from './types';

const PLACE_PREPS = new Set(['in', 'at', 'to', 'into', 'near', 'off', 'outside', 'inside', 'across', 'from', 'toward', 'towards']);
const FUTURE = new Set(['will', "'ll", 'shall', 'would', 'wo', "won't", 'going']);
const HYPOTHETICAL = new Set(['could', 'may', 'might', 'should', 'if', 'unless', "couldn't", "wouldn't"]);
const PLANNED_ADJ = new Set(['planned', 'upcoming', 'proposed', 'scheduled', 'possible', 'future', 'potential', 'expected', 'forthcoming']);
const NEGATION = new Set(['not', 'never', 'no', 'without', "n't", 'neither', 'nor']);
const MARKET_WORDS = new Set([
  'shares', 'share', 'stock', 'stocks', 'price', 'prices', 'index', 'yields', 'yield', 'euro', 'dollar', 'sterling',
  'pound', 'yen', 'yuan', 'currency', 'bonds', 'bond', 'oil', 'gold', 'inflation', 'sales', 'revenue', 'profit',
  'profits', 'exports', 'imports', 'output', 'gdp', 'unemployment', 'market', 'markets', 'futures', 'crude', 'rate',
  'rates', 'economy', 'growth', 'earnings', 'bitcoin', 'nasdaq', 'dow', 'ftse', 'nikkei',
]);
const RATE_WORDS = new Set(['rate', 'rates', 'borrowing']);
const EVENT_NOUN_AFTER_HOST = new Set(['talks', 'summit', 'meeting', 'conference', 'meetings', 'summits', 'conferences', 'negotiations']);
const RECEIVED_WHO = new Set(['delegation', 'delegations', 'envoy', 'minister', 'president', 'ambassador', 'counterpart', 'leader', 'king', 'premier', 'chancellor', 'secretary']);

const isWordish = (t: Token): boolean => /[\p{L}]/u.test(t.text);
const hasComma = (t: Token): boolean => /[,;:]/.test(t.post);

export function findEvents(ctx: DocContext, mentions: Mention[], actors: Actor[], articleDate?: string): NewsEvent[] {
  const { text, tokens: toks } = ctx;
  const quotes = findQuotes(text, ctx.paragraphs);
  const inQuote = new Uint8Array(toks.length);
  {
    let q = 0;
    for (let i = 0; i < toks.length; i++) {
      while (q < quotes.length && quotes[q].close <= toks[i].start) q++;
      for (let k = q; k < quotes.length && k < q + 2; k++) if (quotes[k].open < toks[i].start && toks[i].start < quotes[k].close) inQuote[i] = 1;
    }
  }
  const refs = new Referents(ctx, mentions, actors);
  const dates = mentions.filter((m) => m.type === 'date').sort((a, b) => a.start - b.start);
  const events: NewsEvent[] = [];
  let d = 0;

  for (let s = 0; s < ctx.sentences.length; s++) {
    const [lo, hi] = ctx.sentenceTokens[s];
    for (let i = lo; i < hi; i++) {
      if (inQuote[i]) continue;
      const t = toks[i];
      if (!isWordish(t)) continue;
      const m = refs.mentionAt(i);
      if (m && m.type !== 'nominal' && m.type !== 'pronoun') continue;
      // part of a name: a capitalized word inside the sentence tagged as a proper noun
      if (i > lo && /^\p{Lu}/u.test(t.text) && t.tags.has('ProperNoun')) continue;
      let hit = matchPhrase(i, hi);
      if (!hit) {
        const entry = matchWord(i, lo, hi);
        if (entry) hit = { last: i, type: entry.type };
      }
      if (!hit) continue;
      const start = t.start;
      const end = toks[hit.last].end;
      const ev: NewsEvent = {
        id: '', type: hit.type, trigger: { start, end, text: text.slice(start, end) }, participants: participants(i, hit.last, lo, hi),
        sentence: { start: ctx.sentences[s].start, end: ctx.sentences[s].end },
      };
      const place = placeOf(i, lo, hi);
      if (place) ev.place = place;
      // the nearest date of the sentence, else the article's
      while (d < dates.length && dates[d].end <= ctx.sentences[s].start) d++;
      let date: string | undefined;
      let best = Infinity;
      for (let k = d; k < dates.length && dates[k].start < ctx.sentences[s].end; k++) {
        const dist = Math.abs(dates[k].start - start);
        if (dates[k].value && dist < best) { best = dist; date = dates[k].value; }
      }
      date ??= articleDate;
      if (date) ev.date = date;
      const neg = negated(i, lo);
      if (neg) ev.negated = true;
      ev.modality = modality(i, lo);
      events.push(ev);
      i = hit.last;
    }
  }
  events.forEach((e, n) => { e.id = `e${n + 1}`; });
  return events;

  function matchPhrase(i: number, hi: number): { last: number; type: EventType } | null {
    const first = lemmas(toks[i].normal);
    for (const p of TRIGGER_PHRASES) {
      if (!first.includes(p.words[0]) || i + p.words.length > hi) continue;
      let ok = true;
      for (let k = 1; k < p.words.length && ok; k++) ok = lemmas(toks[i + k].normal).includes(p.words[k]) && !hasComma(toks[i + k - 1]);
      if (ok) return { last: i + p.words.length - 1, type: p.type };
    }
    return null;
  }

  function matchWord(i: number, lo: number, hi: number): TriggerEntry | null {
    const t = toks[i];
    const isVerb = t.tags.has('Verb') || t.tags.has('Gerund') || t.tags.has('PastTense');
    const isNoun = t.tags.has('Noun') && !t.tags.has('Pronoun');
    const p = i > lo ? toks[i - 1] : undefined;
    const n = i + 1 < hi ? toks[i + 1] : undefined;
    // compromise reads "joint exercises", "Monday's hearing" as verbs: a noun phrase before says noun
    const nounContext = !!p && (p.tags.has('Determiner') || p.tags.has('Adjective') || p.tags.has('Possessive') || p.tags.has('Value') || /['’]s$/.test(p.normal))
      && !p.tags.has('Pronoun') || (!!p && /^(joint|military|naval|air|annual|further|new|more|bilateral|trilateral)$/.test(p.normal));
    // and "Nejmeh beat Kuwait" as a noun: a name on both sides says verb
    const verbContext = !!p && !!n && !!refs.mentionAt(i - 1) && (!!refs.mentionAt(i + 1) || n.tags.has('ProperNoun') || n.tags.has('Determiner'));
    for (const { entry } of triggersFor(t.normal)) {
      if (entry.rule !== 'figure') {
        if (entry.pos === 'verb' && !(isVerb || verbContext)) continue;
        if (entry.pos === 'verb' && p && /^(a|an|the)$/.test(p.normal)) continue;
        if (entry.pos === 'noun' && !(isNoun || nounContext)) continue;
      }
      const type = applyRule(entry, i, lo, hi);
      if (type) return { ...entry, type };
    }
    return null;
  }

  function applyRule(e: TriggerEntry, i: number, lo: number, hi: number): EventType | null {
    const t = toks[i];
    const next = (k: number): Token | undefined => (i + k < hi ? toks[i + k] : undefined);
    const prev = (k: number): Token | undefined => (i - k >= lo ? toks[i - k] : undefined);
    // "March" the month, "Hurricane Delia": names, not events
    if (t.tags.has('Date') || t.tags.has('Month')) return null;
    switch (e.rule) {
      case 'figure': {
        for (let k = 1; k <= 6; k++) {
          const w = next(k);
          if (!w) break;
          if (w.tags.has('Value') || w.tags.has('Percent') || w.tags.has('Money') || /\d/.test(w.text) || w.normal === 'percent') return e.type;
          if (hasComma(w)) break;
        }
        for (let k = 1; k <= 4; k++) {
          const w = prev(k);
          if (!w) break;
          if (MARKET_WORDS.has(w.normal)) return e.type;
        }
        return null;
      }
      case 'rates': {
        // "lower rates would help": an adjective, unless a subject or an auxiliary stands before it
        const p = prev(1);
        if (t.normal === e.lemma && t.normal !== 'cut' && !(p && (/^(to|will|would|could|may|might|not|did|should|must|can)$/.test(p.normal) || p.tags.has('Noun')))) return null;
        for (let k = 1; k <= 4; k++) {
          const w = next(k);
          if (!w) break;
          if (RATE_WORDS.has(w.normal)) return e.type;
          if (hasComma(w) || w.tags.has('Verb')) break;
        }
        return null;
      }
      case 'fire': {
        const p = prev(1);
        if (p && /^(was|were|been|be|being|is|are|got|get)$/.test(p.normal)) return 'personnel';
        for (let k = 1; k <= 3; k++) {
          const w = next(k);
          if (!w) break;
          const m = refs.mentionAt(i + k);
          if ((m && m.type === 'person') || /^(him|her|them)$/.test(w.normal) || (w.tags.has('Actor') && !w.tags.has('ProperNoun'))) return 'personnel';
          if (!w.tags.has('Determiner') && !w.tags.has('Adjective') && !w.tags.has('Possessive')) break;
        }
        return 'conflict';
      }
      case 'strike': {
        for (let k = 1; k <= 3; k++) if (/^(deal|agreement|bargain|balance|chord|tone|note|compromise)$/.test(next(k)?.normal ?? '')) return null;
        if (t.tags.has('Verb') && !/^(struck|strike|strikes|striking)$/.test(t.normal)) return null;
        const p = prev(1)?.normal ?? '';
        if (/^(on|general|national|workers|union|hunger)$/.test(p)) return 'protest';
        return 'conflict';
      }
      case 'receive': {
        for (let k = 1; k <= 4; k++) {
          const w = next(k);
          if (!w) break;
          const m = refs.mentionAt(i + k);
          if (m && m.type === 'person') return e.type;
          if (RECEIVED_WHO.has(w.normal)) return e.type;
          if (k === 1 && w.tags.has('ProperNoun') && /^\p{Lu}/u.test(w.text) && !(m && m.type !== 'nominal' && m.type !== 'pronoun')) return e.type;
          if (hasComma(w)) break;
        }
        return null;
      }
      case 'block': {
        const words = sentenceWords(i);
        if (words.some((w) => /^(protest|protests|protesters|demonstrators|demonstration|rally)$/.test(w))) return 'protest';
        if (words.some((w) => /^(court|judge|judges|ruling)$/.test(w))) return 'legal';
        return 'other';
      }
      case 'decision': {
        const words = sentenceWords(i);
        if (words.some((w) => /^(rate|rates|markets|inflation|bank|bank's|policy)$/.test(w))) return 'economic';
        if (prev(1)?.normal === 'rate') return 'economic';
        return e.type;
      }
      case 'host': {
        for (let k = 1; k <= 4; k++) if (EVENT_NOUN_AFTER_HOST.has(next(k)?.normal ?? '')) return null;
        return e.type;
      }
      case 'object': {
        const n = next(1);
        if (!n || n.normal === 'that' || n.tags.has('Pronoun') && /^(he|she|they|we|i)$/.test(n.normal)) return null;
        if (t.tags.has('Verb') && (n.tags.has('Verb') || n.tags.has('Preposition') && n.normal !== 'about')) return null;
        return e.type;
      }
      default:
        // a noun trigger needs to be the head, not a modifier of another noun ("trial lawyer", "visit programme")
        if (e.lemma === 'agree') {
          // "agreed to revisit …": the agreeing is not the event, what follows is
          for (let k = 1; k <= 4; k++) if (next(k)?.normal === 'to' && next(k + 1)?.tags.has('Verb')) return null;
        }
        if (e.pos === 'noun' && next(1)?.tags.has('Noun') && !hasComma(t) && !/^(of|in|on)$/.test(next(1)!.normal)
          && !next(1)!.tags.has('Date') && !next(1)!.tags.has('Pronoun') && !next(1)!.tags.has('Verb')) {
          // "talks" and "exercises" are often followed by their own modifiers, which compromise tags as nouns
          if (!/s$/.test(t.normal)) return null;
        }
        return e.type;
    }
  }

  function sentenceWords(i: number): string[] {
    const [lo, hi] = ctx.sentenceTokens[toks[i].sentence];
    const out: string[] = [];
    for (let k = lo; k < hi; k++) out.push(toks[k].normal);
    return out;
  }

  function negated(i: number, lo: number): boolean {
    for (let k = i - 1; k >= lo && k >= i - 4; k--) {
      const w = toks[k];
      if (NEGATION.has(w.normal) || /n't$/.test(w.normal) || w.tags.has('Negative')) return true;
      if (hasComma(w) || w.tags.has('Conjunction')) break;
    }
    return false;
  }

  function modality(i: number, lo: number): 'asserted' | 'planned' | 'hypothetical' {
    const p = i - 1 >= lo ? toks[i - 1] : undefined;
    if (p && PLANNED_ADJ.has(p.normal)) return 'planned';
    for (let k = i - 1; k >= lo && k >= i - 5; k--) {
      const w = toks[k];
      if (HYPOTHETICAL.has(w.normal)) return 'hypothetical';
      if (FUTURE.has(w.normal) || /^(plan|plans|planned|planning|expected|due|set|scheduled|intends|intend|aims|aim|going|agreed|agree)$/.test(w.normal) && toks[k + 1]?.normal === 'to') return 'planned';
      if (w.normal === 'to' && (k === i - 1 || (k === i - 2 && /^(be|hold|have|make)$/.test(toks[i - 1].normal)))) return 'planned';
      if (hasComma(w)) break;
    }
    return 'asserted';
  }

  /** Actors taking part: the nearest before the trigger (its subject or possessor) and after it (its object). */
  function participants(i: number, last: number, lo: number, hi: number): string[] {
    const out: string[] = [];
    const push = (a: string | null | undefined): void => { if (a && !out.includes(a) && out.length < 4) out.push(a); };
    for (let k = i - 1; k >= lo && k >= i - 12; k--) {
      if (inQuote[k]) break;
      const w = toks[k];
      const m = refs.mentionAt(k);
      if (m && m.actor) {
        const a = refs.actor(m.actor);
        const before = firstToken(m.start) - 1;
        const locative = before >= lo && PLACE_PREPS.has(toks[before].normal);
        if (a && !(a.type === 'place' && locative)) { push(a.id); break; }
        k = Math.max(lo, before + 1);
        continue;
      }
      if (/^(he|she|it|his|her|its)$/.test(w.normal)) { push(refs.resolvePronoun(k)); break; }
    }
    for (let k = last + 1; k < hi && k <= last + 8; k++) {
      if (inQuote[k]) break;
      const m = refs.mentionAt(k);
      if (m && m.actor) {
        const a = refs.actor(m.actor);
        const before = firstToken(m.start) - 1;
        const locative = before >= lo && PLACE_PREPS.has(toks[before].normal) && toks[before].normal !== 'with';
        if (a && a.type !== 'place') { push(a.id); break; }
        if (a && a.type === 'place' && !locative) { push(a.id); break; }
        k = firstToken(m.end);
      }
      if (toks[k] && toks[k].tags.has('Verb') && k > last + 1) break;
    }
    return out;
  }

  function placeOf(i: number, lo: number, hi: number): string | undefined {
    for (let k = i + 1; k < hi; k++) {
      const m = refs.mentionAt(k);
      if (m && m.actor && refs.actor(m.actor)?.type === 'place') {
        const before = firstToken(m.start) - 1;
        if (before >= lo && PLACE_PREPS.has(toks[before].normal)) return m.actor;
      }
    }
    for (let k = i - 1; k >= lo; k--) {
      const m = refs.mentionAt(k);
      if (m && m.actor && refs.actor(m.actor)?.type === 'place') {
        const before = firstToken(m.start) - 1;
        if (before >= lo && /^(in|at)$/.test(toks[before].normal)) return m.actor;
      }
    }
    return undefined;
  }

  function firstToken(offset: number): number {
    let a = 0;
    let b = toks.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (toks[mid].start < offset) a = mid + 1;
      else b = mid;
    }
    return a;
  }
}
