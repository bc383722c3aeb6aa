// The trained name tagger in the pipeline: refineNames takes the rule-based mentions and returns the
// final people, organizations and places, each with a reason saying who decided it.
import type { EntityResult } from '../entities/entities';
import type { EntityType, Mention } from '../types';
import { NameCache, type LineSpan } from './cache';
import { dynamicFeatures, NS, ND, WORD_FEATURES, type DocSeen } from './features';
import { addEmissions, addFeatures, decodeWeights, legal, NL, spansOf, viterbi, type NerType, type Weights } from './model';
import { NER_WEIGHTS } from './model/weights';
import { readLines, type LineEntry, type RuleSpan } from './read';
import { definedAcronyms, sureReason, type DefinedAcronym } from './sure';
import { lexiconTag } from './gazetteer';
import { ownString, ownStrings } from '../text/own';
import { isTitleWord, POST_NOMINALS } from '../lexicon/titles';
import { isKnownPlace } from '../lexicon/places';

export interface TaggedSpan {
  start: number;
  end: number;
  type: NerType;
  /** Who decided: the rules and the tagger agree, the rules kept (the tagger was not sure enough), or the tagger. */
  reason: string;
}

let shipped: Weights | undefined;

/** The shipped weights, decoded once (the first analysis pays for it). */
export function nerWeights(): Weights {
  if (!shipped) {
    const bytes = Buffer.from(NER_WEIGHTS, 'base64');
    shipped = decodeWeights(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }
  return shipped;
}

/**
 * How much better, in model score, the tagger's reading of a stretch must be than the rules' for it to
 * replace them. Tuned on CoNLL dev and WikiGold together with the project's own articles (see the README's model card).
 */
export const RULE_MARGIN: Margins = { add: 1, drop: 6, change: 4 };

const NO_MARGIN: Margins = { add: 0, drop: 0, change: 0 };

/** Margins by what the tagger would do to the rules' reading: add a name, drop one, or change its span or type. */
export interface Margins {
  add: number;
  drop: number;
  change: number;
}

/**
 * The spans of a text, one Viterbi pass per line, given the rules' mentions as features. With a cache, a line
 * whose decoding inputs are unchanged (its text, the rules' tags and spans on it with their sure reasons, the
 * document's memory of its words, the margins) is not decoded again; consistent() still sees the whole text.
 */
export function tagDoc(w: Weights, text: string, rules: RuleSpan[], margin: Margins | 'tagger' = RULE_MARGIN, cache?: NameCache): TaggedSpan[] {
  const r = readLines(text, rules, cache);
  const out: TaggedSpan[] = [];
  const sorted = [...rules].sort((a, b) => a.start - b.start);
  const defined = definedAcronyms(text);
  const marginKey = margin === 'tagger' ? 'tagger' : `${margin.add},${margin.drop},${margin.change}`;
  let next = 0;
  r.lines.forEach((l, k) => {
    const e = r.entries[k];
    const base = r.tokens[l.first].start - e.read.tokens[0].start;
    // the rules' mentions on this line (lines come in order)
    while (next < sorted.length && sorted[next].end <= r.tokens[l.first].start) next++;
    let upto = next;
    while (upto < sorted.length && sorted[upto].start < r.tokens[l.last - 1].end) upto++;
    const onLine = sorted.slice(next, upto);
    // 'tagger': the model alone decides (the rules are only its features), for measurement
    const why = margin === 'tagger' ? [] : sureReasons(text, e, onLine, base, defined, !!cache);
    const ruled = r.rule.slice(l.first, l.last);
    const key = cache && lineKey(e, ruled, r.seen, onLine, why, base, marginKey);
    let found = key === undefined ? undefined : cache!.decoded.get(key);
    if (!found) {
      found = decodeLine(w, r, k, ruled, onLine, why, margin, base);
      if (key !== undefined) cache!.decoded.set(key, found);
    }
    for (const s of found) out.push({ start: s.start + base, end: s.end + base, type: s.type as NerType, reason: s.reason });
  });
  return consistent(text, out);
}

/**
 * The sure reasons of the rules' spans on one line. sureReason reads at most 300 characters around a span and
 * asks whether the article defines an acronym: with `memo`, the reasons are kept with the line and reused while
 * its spans, the 300 characters either side of them and those answers are unchanged (an edit elsewhere moves
 * the line without changing them).
 */
function sureReasons(text: string, e: LineEntry, onLine: RuleSpan[], base: number, defined: DefinedAcronym, memo: boolean): Array<string | undefined> {
  if (!memo) return onLine.map((s) => sureReason(text, s, defined));
  const lineEnd = base + e.text.length;
  let lo = base, hi = lineEnd, spans = '';
  for (const s of onLine) {
    spans += `${s.start - base},${s.end - base},${s.type};`;
    lo = Math.min(lo, s.start);
    hi = Math.max(hi, s.end);
  }
  // near the start of the text the windows are cut short, and the dateline test reads the position; the text
  // before and after is compared where it stands (no copy of it is made unless it is kept)
  const at = lo <= 300 ? lo : -1;
  const before = text.slice(Math.max(0, lo - 300), base), after = text.slice(lineEnd, hi + 300);
  const m = e.sure;
  if (m && m.spans === spans && m.at === at && m.before === before && m.after === after && m.asked.every(([name, v]) => defined(name) === v)) return m.why;
  const asked: Array<[string, boolean]> = [];
  const ask: DefinedAcronym = (name) => { const v = defined(name); asked.push([name, v]); return v; };
  const why = onLine.map((s) => sureReason(text, s, ask));
  e.sure = { spans, at, before: ownString(before), after: ownString(after), asked, why: ownStrings(why) };
  return why;
}

/** Everything a line's decoding reads, as one string (the line's entry stands for its text). */
function lineKey(e: LineEntry, ruled: number[], seen: DocSeen, onLine: RuleSpan[], why: Array<string | undefined>, base: number, margin: string): string {
  let d = '';
  for (const l of e.feats.lower) d += (seen.lower.has(l) ? 1 : 0) + (seen.cap.has(l) ? 2 : 0);
  let labels = '';
  for (const y of ruled) labels += String.fromCharCode(y + 1);
  let spans = '';
  onLine.forEach((s, i) => { spans += `${s.start - base},${s.end - base},${s.type},${why[i] ?? ''}\u0002`; });
  return `${e.id}\u0001${labels}\u0001${d}\u0001${spans}\u0001${margin}`;
}

/** The names of line k, offsets relative to the line. */
function decodeLine(w: Weights, r: ReturnType<typeof readLines>, k: number, ruled: number[], onLine: RuleSpan[], why: Array<string | undefined>, margin: Margins | 'tagger', base: number): LineSpan[] {
  const l = r.lines[k], e = r.entries[k];
  const n = l.last - l.first;
  const scores = lineScores(w, e, dynamicFeatures(e.feats, r.seen, ruled), n);
  const tagger = viterbi(w, scores, n);
  const sure = margin === 'tagger' ? [] : sureTokens(r, onLine, why, l.first, l.last, tagger);
  // headlines, capitals and tables are where the rules are weakest: the tagger decides there
  const prose = !(l.caps || l.title || l.table);
  const reasons = splice(w, scores, tagger, ruled, prose && margin !== 'tagger' ? margin : NO_MARGIN, sure);
  const out: LineSpan[] = [];
  for (const s of spansOf(tagger)) {
    // "Every Glide", "This Week": a capitalized function word at a sentence start is not part of a name
    let a = s.a;
    while (a < s.b - 1 && r.tokens[l.first + a].sentStart && functionWord(r.tokens[l.first + a].text.toLowerCase())) a++;
    const post = s.b - a >= 3 ? r.tokens[l.first + s.b - 1].text : '';
    if (POST_NOMINALS.has(post)) {
      const reason = `${reasons[s.a]}; “${post}” after it marks a person (post-nominal letters, not part of the name)`;
      out.push({ start: r.tokens[l.first + a].start - base, end: r.tokens[l.first + s.b - 2].end - base, type: 'PER', reason });
    } else out.push({ start: r.tokens[l.first + a].start - base, end: r.tokens[l.first + s.b - 1].end - base, type: s.type, reason: reasons[s.a] });
  }
  return out;
}

/** "The" is left alone: CoNLL writes it inside some names ("The Hague"). */
const functionWord = (lower: string): boolean => lower !== 'the' && /Determiner|Pronoun|QuestionWord/.test(lexiconTag(lower));

/** A line's emission scores: the static part kept with the line (per weights table), plus the dynamic part. */
function lineScores(w: Weights, e: LineEntry, dyn: Uint32Array, n: number): Float32Array {
  e.scores ??= new WeakMap();
  let stat = e.scores.get(w);
  if (!stat) {
    stat = new Float32Array(n * NL);
    const feats = e.feats.stat;
    for (let i = 0; i < n; i++) {
      // the word's own features come first: their sum is the word's, then the context's are added to it
      stat.set(wordScores(w, e.read.tokens[i].text, feats, i * NS), i * NL);
      addFeatures(w, feats, i * NS + WORD_FEATURES, (i + 1) * NS, stat, i * NL);
    }
    e.scores.set(w, stat);
  }
  return addEmissions(w, dyn, ND, n, Float32Array.from(stat));
}

/**
 * The float32 sum of a word's own features (the first WORD_FEATURES of its static ones, at `at` in `feats`),
 * kept per word and weights table: the same additions in the same order, so the scores are bit-identical.
 */
let wordSums = new WeakMap<Weights, Map<string, Float32Array>>();
let wordSumCount = 0;
function wordScores(w: Weights, word: string, feats: Uint32Array, at: number): Float32Array {
  let m = wordSums.get(w);
  if (!m) wordSums.set(w, (m = new Map()));
  let s = m.get(word);
  if (s) return s;
  s = new Float32Array(NL);
  addFeatures(w, feats, at, at + WORD_FEATURES, s, 0);
  // bounded like the features' word cache: about 150 bytes a word
  if (++wordSumCount > 50_000) { wordSums = new WeakMap(); wordSumCount = 0; wordSums.set(w, (m = new Map())); }
  m.set(word, s);
  return s;
}

/**
 * Where the tagger and the rules disagree, keeps the rules' labels unless the tagger's reading of that stretch
 * scores at least `margin` higher. Rewrites `labels` in place; returns the reason for each token.
 */
function splice(w: Weights, scores: Float32Array, labels: number[], ruled: number[], margin: Margins, sure: Array<string | undefined>): string[] {
  const n = labels.length;
  const why: string[] = labels.map((y, i) => (y && y === ruled[i] ? 'rules and tagger agree' : ''));
  if (ruled.some((y, i) => y < 0 || !legal(i ? ruled[i - 1] : -1, y)) || !legal(n ? ruled[n - 1] : 0, -1)) {
    return why.map((x) => x || 'tagger');
  }
  for (let a = 0; a < n; a++) {
    if (labels[a] === ruled[a]) continue;
    let b = a;
    while (b < n && labels[b] !== ruled[b]) b++;
    const gain = stretchScore(w, scores, labels, a, b) - stretchScore(w, scores, ruled, a, b);
    let kind: keyof Margins = 'change';
    if (ruled.slice(a, b).every((y) => y === 0)) kind = 'add';
    else if (labels.slice(a, b).every((y) => y === 0 || y > 12)) kind = 'drop';
    const sureWhy = sure.slice(a, b).find((x) => x);
    const keepRules = !!sureWhy || gain < margin[kind];
    for (let k = a; k < b; k++) {
      if (keepRules) labels[k] = ruled[k];
      why[k] = sureWhy ? sureWhy : keepRules ? `rules kept (tagger would ${kind}, ahead by ${gain.toFixed(1)} only)` : `tagger over rules (${kind}, ahead by ${gain.toFixed(1)})`;
    }
    a = b - 1;
  }
  return why.map((x) => x || 'tagger');
}

/**
 * For tokens [first, last), the reason the rules are sure of the mention over each token, if they are and the
 * tagger does not read a longer name around it ("Bank of England" holds the sure place "England").
 */
function sureTokens(r: ReturnType<typeof readLines>, rules: RuleSpan[], reasons: Array<string | undefined>, first: number, last: number, tagger: number[]): Array<string | undefined> {
  const n = last - first;
  const out: Array<string | undefined> = new Array(n).fill(undefined);
  const sure: Array<{ ra: number; rb: number; why: string }> = [];
  // rules come sorted by start: one pass over the tokens
  let k = first;
  for (const [i, s] of rules.entries()) {
    const why = reasons[i];
    if (!why) continue;
    while (k < last && r.tokens[k].end <= s.start) k++;
    let j = k;
    while (j < last && r.tokens[j].start < s.end) j++;
    if (j > k) sure.push({ ra: k - first, rb: j - first, why });
  }
  if (!sure.length) return out;
  // the tagger's span over each token, and how many sure tokens lie before each token
  const around = new Int32Array(n).fill(-1);
  const spans = spansOf(tagger);
  spans.forEach((s, i) => { for (let t = s.a; t < s.b; t++) around[t] = i; });
  const sureBefore = new Int32Array(n + 1);
  const isSure = new Uint8Array(n);
  for (const x of sure) for (let t = x.ra; t < x.rb; t++) isSure[t] = 1;
  for (let t = 0; t < n; t++) sureBefore[t + 1] = sureBefore[t] + isSure[t];
  for (const x of sure) {
    // a longer name read around a sure one stands, unless it starts with a known place ("U.S. Federal
    // Reserve"), swallows a second sure name, or starts with a title or form of address ("Mayor Darnell Hughes")
    const t = around[x.ra] >= 0 ? spans[around[x.ra]] : undefined;
    const longer = t !== undefined && t.a <= x.ra && t.b >= x.rb && (t.a < x.ra || t.b > x.rb);
    if (longer) {
      const placeFirst = x.why.includes('known place') && t.a === x.ra;
      const headLast = x.why.includes('organization named by') && t.b > x.rb;
      const second = sureBefore[t.b] - sureBefore[t.a] > x.rb - x.ra;
      if (!placeFirst && !headLast && !second && !isTitleWord(r.tokens[first + t.a].text.toLowerCase().replace(/\.$/, ''))) continue;
    }
    for (let t2 = x.ra; t2 < x.rb; t2++) out[t2] = x.why;
  }
  return out;
}

/** Emission and transition score of labels over tokens [a, b), with the moves into and out of the stretch. */
function stretchScore(w: Weights, scores: Float32Array, y: number[], a: number, b: number): number {
  let s = 0;
  for (let i = a; i < b; i++) s += scores[i * NL + y[i]];
  for (let i = a; i <= b; i++) {
    const p = i > 0 ? y[i - 1] : -1, q = i < y.length ? y[i] : -1;
    s += p < 0 ? (q < 0 ? 0 : w.start[q]) : q < 0 ? w.end[p] : w.trans[p * NL + q];
  }
  return s;
}

/**
 * A name typed once is that type everywhere in the article: each written form takes its majority type; then a
 * one-word name that is part of a longer name of the article takes that name's type.
 */
function consistent(text: string, spans: TaggedSpan[]): TaggedSpan[] {
  return shortForms(text, byMajority(text, spans));
}

/** Each written form takes its majority type. */
function byMajority(text: string, spans: TaggedSpan[]): TaggedSpan[] {
  const votes = new Map<string, Map<NerType, number>>();
  for (const s of spans) {
    const key = text.slice(s.start, s.end);
    const v = votes.get(key) ?? new Map<NerType, number>();
    v.set(s.type, (v.get(s.type) ?? 0) + 1);
    votes.set(key, v);
  }
  return spans.map((s) => {
    const v = votes.get(text.slice(s.start, s.end))!;
    let best = s.type;
    for (const [t, n] of v) if (n > (v.get(best) ?? 0)) best = t;
    return best === s.type ? s : { ...s, type: best, reason: `${s.reason}; typed as the same name elsewhere` };
  });
}

/**
 * "Galois" after "Évariste Galois", "Halvorsen" after "Halvorsen Medical": a one-word name that is the last word
 * of a person's name or the first word of an organization's name elsewhere in the article is that person or
 * organization: a name read as an organization becomes the person, one read as a person the organization, unless
 * the rules are sure of its type or the longer names disagree. Places are left alone.
 */
function shortForms(text: string, spans: TaggedSpan[]): TaggedSpan[] {
  const typeOf = new Map<string, NerType | null>();
  const note = (word: string, type: NerType): void => {
    const had = typeOf.get(word);
    typeOf.set(word, had === undefined || had === type ? type : null);
  };
  for (const s of spans) {
    const words = text.slice(s.start, s.end).split(/\s+/);
    if (words.length < 2) continue;
    if (s.type === 'PER') note(words[words.length - 1], 'PER');
    else if (s.type === 'ORG' && !isKnownPlace(words[0].toLowerCase()) && !/Place|City|Country|Region/.test(lexiconTag(words[0].toLowerCase()))) note(words[0], 'ORG');
  }
  if (!typeOf.size) return spans;
  return spans.map((s) => {
    const word = text.slice(s.start, s.end);
    const t = typeOf.get(word);
    // a place stays one ("Alabama" beside "Alabama Power", "Washington" beside "George Washington")
    if (!t || s.type !== (t === 'PER' ? 'ORG' : 'PER') || /\s/.test(word) || s.reason.startsWith('rules:')) return s;
    return { ...s, type: t, reason: `${s.reason}; part of a longer name of the article (${t === 'PER' ? 'a person’s last name' : 'an organization’s first word'})` };
  });
}

const RULE_TYPE: Record<string, RuleSpan['type'] | undefined> = { person: 'PER', organization: 'ORG', place: 'LOC' };
const ENTITY_TYPE: Record<string, EntityType | undefined> = { PER: 'person', ORG: 'organization', LOC: 'place' };
/**
 * The final person/organization/place mentions of a document, from its text and the rule-based result:
 * each with a reason (by mention start) saying who decided it; the rules' titles are kept.
 */
/** A pronoun with its verb ("I'm", "I've", "We'll", "It's"): capitalized, and no name (the tagger read some as one). */
const PRONOUN_CONTRACTION = /^(I|you|we|they|he|she|it)['’](m|ve|ll|d|re|s)$/i;

/** Last words of institutions' names: two of them joined by "and" are two organizations. */
const INSTITUTION_HEAD = /^(University|College|School|Library|Institute|Museum|Hospital|Academy|Bank|Company|Corporation|Foundation|Association|Society|Ministry|Department|Agency)$/;

/**
 * "the British Library and Columbia University", "Harvard Law School and Ridgeview High School": two
 * organizations the tagger read as one, each side ending with an institution's head word ("Marks and
 * Spencer", "Department of Health and Human Services" stay whole).
 */
function splitCoordinated(text: string, start: number, end: number): Array<[number, number]> {
  const m = /^(.*\S)\s+and\s+([A-Z].*)$/.exec(text.slice(start, end));
  if (!m) return [[start, end]];
  const last = (x: string): string => x.split(/\s+/).pop() ?? '';
  if (!INSTITUTION_HEAD.test(last(m[1])) || !INSTITUTION_HEAD.test(last(m[2]))) return [[start, end]];
  const right = end - m[2].length;
  return [[start, start + m[1].length], [right, end]];
}

export function refineNames(text: string, ruleResult: EntityResult, cache = new NameCache()): EntityResult {
  const w = nerWeights();
  cache.startRun(w);
  const rules: RuleSpan[] = [];
  for (const m of ruleResult.mentions) { const t = RULE_TYPE[m.type]; if (t) rules.push({ start: m.start, end: m.end, type: t }); }
  const mentions: Mention[] = [];
  const reasons = new Map<number, string>();
  for (const s of tagDoc(w, text, rules, RULE_MARGIN, cache)) {
    const type = ENTITY_TYPE[s.type];
    if (!type || PRONOUN_CONTRACTION.test(text.slice(s.start, s.end))) continue;
    // where the rules' mention stands, their own reason says what they read (kept only with `explain`)
    const rule = ruleResult.reasons?.get(s.start);
    const why = rule && s.reason.startsWith('rules') ? `${s.reason}: ${rule}` : s.reason;
    const parts = type === 'organization' ? splitCoordinated(text, s.start, s.end) : [[s.start, s.end] as [number, number]];
    for (const [start, end] of parts) {
      mentions.push({ start, end, text: text.slice(start, end), type });
      reasons.set(start, parts.length > 1 ? `${why}; two institutions joined by "and", split` : why);
    }
  }
  return { mentions, titles: ruleResult.titles, reasons };
}
