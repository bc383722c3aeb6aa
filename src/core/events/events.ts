// Events: typed triggers with participants, place and date.
//
// A trigger is a word of lexicon/triggers.ts found by lemma, with the part of speech compromise gave
// it, outside direct quotes (what a speaker says happened is a claim) and outside names ("Treaty" in
// "Collective Security Treaty Organization"). Negation and modality come from the words before it;
// participants are the actors nearest to it in its sentence; the place is a place after in/at/to.
import type { DocContext } from '../text/document';
import { PHRASES_BY_FIRST, triggersFor, lemmas, type TriggerEntry, type TriggerRule } from '../lexicon/triggers';
import type { DocQuotes } from '../text/quotes';
import { firstTokenAtOrAfter, Referents, type MentionIndex } from '../coref/referents';
import type { Token } from '../text/tagger';
import type { Actor, EventType, Mention, NewsEvent } from '../types';

const PLACE_PREPS = new Set(['in', 'at', 'to', 'into', 'near', 'off', 'outside', 'inside', 'across', 'from', 'toward', 'towards']);
const FUTURE = new Set(['will', "'ll", 'shall', 'would', 'wo', "won't", 'going']);
const HYPOTHETICAL = new Set(['could', 'may', 'might', 'should', 'if', 'unless', "couldn't", "wouldn't"]);
const PLANNED_ADJ = new Set(['planned', 'upcoming', 'proposed', 'scheduled', 'possible', 'future', 'potential', 'expected', 'forthcoming']);
const NEGATION = new Set(['not', 'never', 'no', 'without', "n't", 'neither', 'nor']);
const MARKET_WORDS = new Set([
  'shares', 'share', 'stock', 'stocks', 'price', 'prices', 'index', 'yields', 'yield', 'euro', 'dollar', 'sterling',
  'pound', 'yen', 'yuan', 'currency', 'bonds', 'bond', 'oil', 'gold', 'inflation', 'sales', 'revenue', 'profit',
  'profits', 'exports', 'imports', 'output', 'gdp', 'unemployment', 'market', 'markets', 'futures', 'crude', 'rate',
  'rates', 'economy', 'growth', 'earnings', 'bitcoin', 'nasdaq', 'dow', 'ftse', 'nikkei', 'volumes', 'demand', 'orders',
  'bookings', 'deliveries', 'consumption', 'investment', 'spending', 'confidence', 'valuation', 'assets',
]);
const RATE_WORDS = new Set(['rate', 'rates', 'borrowing']);
// what a company cuts when the cut is news: jobs, spending, its forecast
const CUT_OBJECTS = /^(jobs?|positions?|posts|roles|staff|workforce|workers|employees|headcount|spending|budgets?|prices|costs|output|production|forecasts?|guidance|outlook|taxe?s?|dividend|capacity)$/;
// counts that rise and fall without being markets: casualties, cases, seats, water levels, temperatures
const NOT_MARKET = /^(toll|deaths?|dead|casualties|cases|infections|victims|injured|missing|turnout|temperatures?|water|rivers?|sea|seats|votes|goals|runs|wickets|degrees|metres|meters|feet|inches|centimetres)$/;
const TRADING_WORDS = /^(trading|trade|session|nasdaq|dow|ftse|nikkei|exchange)$/;
const COURT_WORDS = /^(courts?|judges?|justices?|tribunal|bench|panel|magistrates?|jury|appeals?|convictions?|verdict|ruling|sentences?|lawsuits?|case|arbitrator|arbitration|prosecutors?|defendants?|acquittal|injunction)$/;
const LEGAL_FILINGS = /^(lawsuits?|suits?|appeals?|petitions?|complaints?|motions?|charges|case|cases|claims?|injunctions?|challenges?|objections?|indictments?)$/;
const TRADE_WORDS = /^(exports?|imports?|goods|trade|shipments?|products|sales|tariffs?|duties)$/;
const ECONOMIC_MEASURES = /^(tariffs?|duty|duties|levy|levies|quotas?|sanctions|embargo|embargoes|taxe?s?|surcharges?)$/;
const LEGAL_MEASURES = /^(curfews?|lockdowns?|restrictions|emergency|fines?|penalty|penalties|moratorium)$/;
const AID_WORDS = /^(aid|supplies|food|doses|vaccines?|medicines?|medical|tents|relief|blankets|assistance|humanitarian|water|rations|equipment)$/;
const TROOP_WORDS = /^(troops|soldiers|warships?|jets|fighters|forces|tanks|reinforcements|marines|battalions?|paratroopers)$/;
const DISASTER_NOUNS = /^(quake|earthquake|tremor|aftershocks?|storm|hurricane|typhoon|cyclone|tornado|floods?|flooding|landslides?|mudslides?|avalanche|tsunami|eruption|wildfires?|blaze|heatwave|cholera|outbreak|epidemic|disease|crash|accident|collision|derailment)$/;
const CONFLICT_NOUNS = /^(attack|attacks|troops|soldiers|gunmen|militants|rebels|shelling|airstrikes?|bombing|bomb|missiles?|drone|army|forces|insurgents|clashes|fighting)$/;
const LABOUR_WORDS = /^(unions?|workers|employees|staff|nurses|doctors|teachers|drivers|pilots|wages?|pay|walkout|pickets?|picket|miners|dockers|strikers)$/;
const ELECTION_OBJECTS = /^(elections?|votes?|seats?|presidency|race|runoff|run-off|primary|primaries|ballot|mandate|term|majority|polls?|nomination|leadership|referendum|mayoralty|governorship)$/;
const BE_FORMS = /^(was|were|been|be|being|is|are|got|get|gets|has|have|had)$/;
const POST_WORDS = /^(office|post|job|company|club|government|party|cabinet|position|role|team|board|firm|bank|ministry|presidency|parliament|coalition|side)$/;
const TITLE_WORDS = /^(chief|director|minister|coach|manager|president|officer|head|ceo|cfo|chairman|chairwoman|chair|governor|secretary|ambassador|captain|editor|commissioner|envoy|spokesman|spokeswoman|general|judge|adviser|advisor|deputy|interim|acting|executive)$/;
const EVENT_NOUN_AFTER_HOST = new Set(['talks', 'summit', 'meeting', 'conference', 'meetings', 'summits', 'conferences', 'negotiations']);
const RECEIVED_WHO = new Set(['delegation', 'delegations', 'envoy', 'minister', 'president', 'ambassador', 'counterpart', 'leader', 'king', 'premier', 'chancellor', 'secretary']);

const isWordish = (t: Token): boolean => /[\p{L}]/u.test(t.text);
const hasComma = (t: Token): boolean => /[,;:]/.test(t.post);

export function findEvents(ctx: DocContext, docQuotes: DocQuotes, index: MentionIndex, mentions: readonly Mention[], actors: Actor[], articleDate?: string): NewsEvent[] {
  const { text, tokens: toks } = ctx;
  const { quoteOf } = docQuotes;
  const inQuote = (i: number): boolean => quoteOf[i] >= 0;
  const refs = new Referents(ctx, index, actors);
  const dates = mentions.filter((m) => m.type === 'date').sort((a, b) => a.start - b.start);
  const events: NewsEvent[] = [];
  let d = 0;
  // the last token of the trigger a rule matched: "filed a lawsuit", "imposed duties" span verb and object
  let spanTo = 0;

  for (let s = 0; s < ctx.sentences.length; s++) {
    const [lo, hi] = ctx.sentenceTokens[s];
    for (let i = lo; i < hi; i++) {
      if (inQuote(i)) continue;
      const t = toks[i];
      if (!isWordish(t)) continue;
      const m = refs.mentionAt(i);
      if (m && m.type !== 'nominal' && m.type !== 'pronoun') continue;
      // part of a name: a capitalized word inside the sentence tagged as a proper noun
      if (i > lo && /^\p{Lu}/u.test(t.text) && t.tags.has('ProperNoun')) continue;
      let hit = matchPhrase(i, hi);
      if (!hit) {
        const entry = matchWord(i, lo, hi);
        if (entry) hit = { last: entry.last, type: entry.type };
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
    for (const first of lemmas(toks[i].normal)) {
      for (const p of PHRASES_BY_FIRST.get(first) ?? []) {
        if (i + p.words.length > hi) continue;
        let ok = true;
        for (let k = 1; k < p.words.length && ok; k++) ok = lemmas(toks[i + k].normal).includes(p.words[k]) && !hasComma(toks[i + k - 1]);
        if (!ok) continue;
        const last = i + p.words.length - 1;
        const type = p.rule ? phraseRule(p.rule, p.type, last, hi) : p.type;
        if (type) return { last, type };
      }
    }
    return null;
  }

  function phraseRule(rule: TriggerRule, type: EventType, last: number, hi: number): EventType | null {
    if (rule !== 'takeover') return type;
    // "took over as coach", "took over from X": a post; "took over Twitter": a company; "took over the town": a place
    for (let k = last + 1; k < hi && k <= last + 4; k++) {
      const w = toks[k];
      if (/^(as|from)$/.test(w.normal) || TITLE_WORDS.test(w.normal) || POST_WORDS.test(w.normal)) return 'personnel';
      const m = refs.mentionAt(k);
      const a = m?.actor ? refs.actor(m.actor) : undefined;
      if (a?.type === 'organization') return 'economic';
      if (a?.type === 'place' || /^(town|city|village|territory|base|airport|control|region|district|province)$/.test(w.normal)) return 'conflict';
      if (/^(company|firm|business|rival|stake|operator|chain|group|brand)$/.test(w.normal)) return 'economic';
      if (hasComma(w)) break;
    }
    return type;
  }

  function matchWord(i: number, lo: number, hi: number): (TriggerEntry & { last: number }) | null {
    const t = toks[i];
    const entries = triggersFor(t.normal);
    if (entries.length === 0) return null; // most words: nothing to read around them
    const isVerb = t.tags.has('Verb') || t.tags.has('Gerund') || t.tags.has('PastTense');
    const isNoun = t.tags.has('Noun') && !t.tags.has('Pronoun');
    const p = i > lo ? toks[i - 1] : undefined;
    const n = i + 1 < hi ? toks[i + 1] : undefined;
    // compromise reads "joint exercises", "Monday's hearing" as verbs: a noun phrase before says noun
    const nounContext = !!p && (p.tags.has('Determiner') || p.tags.has('Adjective') || p.tags.has('Possessive') || p.tags.has('Value') || /['’]s$/.test(p.normal))
      && !p.tags.has('Pronoun') || (!!p && /^(joint|military|naval|air|annual|further|new|more|bilateral|trilateral)$/.test(p.normal));
    // and "Nejmeh beat Kuwait" as a noun: a name on both sides says verb
    const verbContext = !!p && !!n && !!refs.mentionAt(i - 1) && (!!refs.mentionAt(i + 1) || n.tags.has('ProperNoun') || n.tags.has('Determiner'));
    for (const { entry } of entries) {
      if (entry.rule !== 'figure') {
        // "is due to fly": compromise reads a bare form after "to" as a noun
        const infinitive = p?.normal === 'to' && t.normal === entry.lemma;
        if (entry.pos === 'verb' && !(isVerb || verbContext || infinitive)) continue;
        if (entry.pos === 'verb' && p && /^(a|an|the)$/.test(p.normal)) continue;
        if (entry.pos === 'noun' && !(isNoun || nounContext)) continue;
      }
      spanTo = i;
      const type = applyRule(entry, i, lo, hi);
      if (type) return { ...entry, type, last: spanTo };
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
      case 'figure':
      case 'market':
        return marketMove(i, lo, hi, e.rule === 'market') ? e.type : null;
      case 'cut': {
        // "cut 1,200 jobs", "cut its deposit rate", "slashed its forecast"
        const p = prev(1);
        if (t.normal === e.lemma && t.normal !== 'cut' && p && /^(a|an|the)$/.test(p.normal)) return null;
        for (let k = 1; k <= 5; k++) {
          const w = next(k);
          if (!w) break;
          if (RATE_WORDS.has(w.normal) || CUT_OBJECTS.test(w.normal)) return e.type;
          if (hasComma(w) || (k > 1 && w.tags.has('Verb') && !w.tags.has('Adjective'))) break;
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
        for (let k = 1; k <= 3; k++) if (/^(deal|agreement|bargain|balance|chord|tone|note|compromise|out)$/.test(next(k)?.normal ?? '')) return null;
        if (t.tags.has('Verb') && !/^(struck|strike|strikes|striking)$/.test(t.normal)) return null;
        const p = prev(1)?.normal ?? '';
        if (/^(drone|missile|air|rocket|military|artillery|retaliatory|preemptive|pre-emptive|precision|nuclear)$/.test(p)) return 'conflict';
        if (/^(on|general|national|workers|union|hunger|nationwide|strike)$/.test(p)) return 'protest';
        // "a strong quake struck the coast": the quake is the event
        for (let k = 1; k <= 3; k++) if (DISASTER_NOUNS.test(prev(k)?.normal ?? '')) return 'disaster';
        if (windowHas(i, LABOUR_WORDS, 12) && !windowHas(i, CONFLICT_NOUNS, 12)) return 'protest';
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
      case 'court': {
        const n1 = next(1)?.normal ?? '';
        if (e.lemma === 'rule' && /^(out|over)$/.test(n1)) return null;
        if (e.lemma === 'appeal' && /^(for|to)$/.test(n1) && !windowHas(i, /^(courts?|tribunal|judges?)$/, 6)) return null;
        if (windowHas(i, COURT_WORDS, 25)) return 'legal';
        if (e.lemma === 'rule' && /^(that|against|in|unanimously)$/.test(n1)) return 'legal';
        if (e.lemma !== 'rule' && objectAt(i, hi, 4, /^(convictions?|ruling|verdict|decision|ban|sentences?|law|results?|judgment|veto|acquittal|order)$/) >= 0) return 'legal';
        return null;
      }
      case 'file': {
        const k = objectAt(i, hi, 5, LEGAL_FILINGS);
        if (k >= 0) { spanTo = k; return 'legal'; }
        if (objectAt(i, hi, 3, /^(bankruptcy|insolvency)$/) >= 0) return 'economic';
        return null;
      }
      case 'impose': {
        const k = objectAt(i, hi, 5, /^(tariffs?|duty|duties|levy|levies|quotas?|sanctions|embargo|embargoes|taxe?s?|surcharges?|bans?|curfews?|lockdowns?|restrictions|emergency|fines?|penalty|penalties|moratorium)$/);
        if (k < 0) return null;
        spanTo = k;
        const w = toks[k].normal;
        if (ECONOMIC_MEASURES.test(w)) return 'economic';
        if (/^bans?$/.test(w)) return windowHas(i, TRADE_WORDS, 12) ? 'economic' : 'legal';
        return LEGAL_MEASURES.test(w) ? 'legal' : null;
      }
      case 'ban': {
        // the noun counts with what is banned after it ("a ban on exports"), the verb always
        if (e.pos === 'noun' && next(1)?.normal !== 'on') return null;
        return windowHas(i, TRADE_WORDS, 12) ? 'economic' : 'legal';
      }
      case 'leave': {
        const n = next(1);
        if (!n) return null;
        const n2 = next(2);
        if (n.normal === 'as' && n2 && (TITLE_WORDS.test(n2.normal) || n2.tags.has('Determiner') || n2.tags.has('Possessive'))) return 'personnel';
        if (n.normal === 'for' && next(2) && !/^(good|dead)$/.test(next(2)!.normal)) return 'travel';
        const m = refs.mentionAt(i + 1);
        if (m?.actor && refs.actor(m.actor)?.type === 'place') return 'travel';
        // a person leaves a post ("left the company"); "the result leaves Villarreal on 24 points" is no event
        let person = false;
        for (let k = 1; k <= 8 && !person; k++) {
          const w = prev(k);
          if (!w) break;
          const pm = refs.mentionAt(i - k);
          person = (pm?.type === 'person') || /^(he|she|who)$/.test(w.normal) || (w.tags.has('Actor') && !w.tags.has('ProperNoun'));
        }
        if (person && m?.actor && refs.actor(m.actor)?.type === 'organization') return 'personnel';
        for (let k = 1; k <= 3; k++) {
          const w = next(k);
          if (!w) break;
          if (person && POST_WORDS.test(w.normal)) return 'personnel';
          if (/^(country|capital|city|island)$/.test(w.normal)) return 'travel';
          if (!w.tags.has('Determiner') && !w.tags.has('Adjective') && !w.tags.has('Possessive')) break;
        }
        return null;
      }
      case 'land':
        return /^(in|at|on)$/.test(next(1)?.normal ?? '') ? e.type : null;
      case 'named': {
        const p = prev(1)?.normal ?? '';
        const n1 = next(1)?.normal ?? '';
        if (/^(after|for|by|in|on)$/.test(n1)) return null;
        if (n1 === 'as' && /^(a|an)$/.test(next(2)?.normal ?? '') && /^(suspect|defendant|witness|party)$/.test(next(3)?.normal ?? '')) return null;
        if (BE_FORMS.test(p) || /^(newly|recently|just|also)$/.test(p)) return e.type;
        // "named Mei Lin Tan as interim CFO", "promoted her to"
        let person = false;
        for (let k = 1; k <= 8; k++) {
          const w = next(k);
          if (!w) break;
          const m = refs.mentionAt(i + k);
          if ((m && m.type === 'person') || /^(him|her|them)$/.test(w.normal)) person = true;
          else if (person && (/^(as|to)$/.test(w.normal) || TITLE_WORDS.test(w.normal))) return e.type;
          if (hasComma(w) && !person) break;
        }
        return null;
      }
      case 'replace': {
        if (/^(in|at|with)$/.test(next(1)?.normal ?? '')) return null;
        // "succeeded his father as emir"
        if (objectAt(i, hi, 5, /^as$/) >= 0 || (BE_FORMS.test(prev(1)?.normal ?? '') && next(1)?.normal === 'by')) return e.type;
        for (let k = 1; k <= 4; k++) {
          const w = next(k);
          if (!w) break;
          const m = refs.mentionAt(i + k);
          if ((m && m.type === 'person') || /^(him|her)$/.test(w.normal) || TITLE_WORDS.test(w.normal)) return e.type;
          if (hasComma(w)) break;
        }
        return null;
      }
      case 'win': {
        if (objectAt(i, hi, 5, ELECTION_OBJECTS) >= 0) return 'personnel';
        if (objectAt(i, hi, 5, /^(contracts?|tenders?|orders?|bids?)$/) >= 0) return 'economic';
        return e.type;
      }
      case 'declare': {
        const k = objectAt(i, hi, 4, /^(winner|victory|elected|president|war|bankruptcy|insolvency|default|emergency|curfew|independence|martial|disaster)$/);
        if (k < 0) return null;
        const w = toks[k].normal;
        if (/^(winner|victory|elected|president)$/.test(w)) return 'personnel';
        if (w === 'war') return 'conflict';
        if (/^(bankruptcy|insolvency|default)$/.test(w)) return 'economic';
        if (/^(emergency|disaster)$/.test(w) && windowHas(i, DISASTER_NOUNS, 20)) return 'disaster';
        return /^(curfew|martial|emergency)$/.test(w) ? 'legal' : 'other';
      }
      case 'count': {
        if (objectAt(i, hi, 5, /^(ballots?|votes?)$/) >= 0) return e.type;
        for (let k = 1; k <= 3; k++) if (/^(ballots?|votes?)$/.test(prev(k)?.normal ?? '')) return e.type;
        return null;
      }
      case 'concede':
        return objectAt(i, hi, 3, /^(defeat|elections?|race|victory|seats?|presidency)$/) >= 0 ? e.type : null;
      case 'approve': {
        const re = /^(drugs?|vaccines?|treatments?|medicines?|therapy|therapies|antibiotics?|pills?|jabs?|merger|takeover|acquisition|deal|sale|loan|bailout|budget|bill|law|amendments?|constitution|resolution)$/;
        let k = objectAt(i, hi, 5, re);
        if (k < 0 && BE_FORMS.test(prev(1)?.normal ?? '')) for (let j = 2; j <= 4; j++) if (re.test(prev(j)?.normal ?? '')) k = i - j;
        if (k < 0) return null;
        return /^(merger|takeover|acquisition|deal|sale|loan|bailout|budget)$/.test(toks[k].normal) ? 'economic' : 'other';
      }
      case 'send': {
        // "sent aid", "sent two warships": one event, from the verb to what was sent
        let k = objectAt(i, hi, 6, AID_WORDS);
        if (k >= 0) { spanTo = k; return 'aid'; }
        k = objectAt(i, hi, 6, TROOP_WORDS);
        if (k >= 0) { spanTo = k; return 'military'; }
        return null;
      }
      case 'fly': {
        const k = objectAt(i, hi, 6, AID_WORDS);
        if (k >= 0) { spanTo = k; return 'aid'; }
        const n1 = next(1)?.normal ?? '';
        if (/^(to|into|back|home|from|out|on)$/.test(n1)) return 'travel';
        const m = refs.mentionAt(i + 1);
        if (n1 === 'in' || (m?.actor && refs.actor(m.actor)?.type === 'place')) return 'travel';
        return null;
      }
      case 'outbreak':
        if (next(1)?.normal === 'of' && /^(violence|fighting|war|clashes|hostilities|unrest)$/.test(next(2)?.normal ?? '')) return 'conflict';
        return e.type;
      case 'session':
        if (/^(trading|training|practice|photo|qualifying|jam|study|morning|afternoon|evening|overnight|previous|listening|brainstorming|q&a)$/.test(prev(1)?.normal ?? '')) return null;
        if (windowHas(i, /^(shares|stocks|index|trading|traders|investors|futures)$/, 15)) return null;
        return e.type;
      case 'retreat':
        if (windowHas(i, /^(troops|forces|army|soldiers|rebels|militants|fighters)$/, 12)) return 'military';
        if (windowHas(i, /^(shares|stocks|index|prices|markets?)$/, 8)) return null;
        return e.type;
      case 'kill':
        if (windowHas(i, DISASTER_NOUNS, 15) && !windowHas(i, CONFLICT_NOUNS, 15)) return 'disaster';
        return e.type;
      case 'landslide':
        if (prev(1)?.normal === 'a' && prev(2)?.normal === 'by' || windowHas(i, /^(election|elections|vote|votes|won|wins|win|victory|poll|polls|voters)$/, 10)) return null;
        return e.type;
      case 'dismiss': {
        if (objectAt(i, hi, 4, LEGAL_FILINGS) >= 0) return 'legal';
        if (objectAt(i, hi, 4, /^(allegations?|accusations?|criticism|reports?|concerns?|suggestions?|claims?|rumou?rs)$/) >= 0) return 'criticism';
        return e.type;
      }
      case 'talks':
        // "she talks about", "Kiprop talks to": the verb
        if (t.tags.has('Verb') && /^(to|about|with|of)$/.test(next(1)?.normal ?? '')
          && (/^(he|she|it|who)$/.test(prev(1)?.normal ?? '') || refs.mentionAt(i - 1)?.type === 'person')) return null;
        return defaultRule(e, i, hi);
      default:
        return defaultRule(e, i, hi);
    }
  }

  /** A noun trigger needs to be the head, not a modifier of another noun ("trial lawyer", "visit programme"). */
  function defaultRule(e: TriggerEntry, i: number, hi: number): EventType | null {
    const t = toks[i];
    const next = (k: number): Token | undefined => (i + k < hi ? toks[i + k] : undefined);
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

  /** A market move: a figure after the verb, a market word before or after it, or (strong verbs) a company as subject. */
  function marketMove(i: number, lo: number, hi: number, strong: boolean): boolean {
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

  /** The first token within max words after i matching re, in the same clause; -1 if none. */
  function objectAt(i: number, hi: number, max: number, re: RegExp): number {
    for (let k = i + 1; k < hi && k <= i + max; k++) {
      const w = toks[k];
      if (re.test(w.normal)) return k;
      if (hasComma(w) || /^(that|which|who|because|after|before|but|while|when|and|if)$/.test(w.normal)) return -1;
    }
    return -1;
  }

  /** Whether a word matching re stands within radius tokens of i in its sentence (a bounded look, not the whole sentence). */
  function windowHas(i: number, re: RegExp, radius: number): boolean {
    const [lo, hi] = ctx.sentenceTokens[toks[i].sentence];
    for (let k = Math.max(lo, i - radius); k < hi && k <= i + radius; k++) if (k !== i && re.test(toks[k].normal)) return true;
    return false;
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
      if (inQuote(k)) break;
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
      if (inQuote(k)) break;
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
    return firstTokenAtOrAfter(toks, offset);
  }
}
