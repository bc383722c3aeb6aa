// People, organizations and places: capitalized runs read from the tagged tokens, cleaned (no titles,
// quotes or possessive ’s), typed by gazetteers, cue words, context and compromise's tags, then made
// consistent over the document (one label per name; a surname alone is the person named in full).
import { isKnownPlace, PLACE_HEADS, STATE_ABBREVIATIONS } from '../lexicon/places';
import { FUNCTION_TAGS, NAME_PARTICLES, RANKS, SPORTS_WORDS, STRONG_FUNCTION_TAGS } from '../lexicon/name-words';
import { ORG_HEADS } from '../lexicon/organizations';
import type { DocContext } from '../text/document';
import type { EntityType, Mention } from '../types';
import { classifyRun } from './classify';
import { hasTag, isTitleish, joined, namey, type Candidate, type Env } from './env';
import { datelines, markCapsSentences, relativeRuns, runs, tableLines } from './runs';
import { spellingKey } from './spelling';
import { lowerKey, wordsOf } from './words';

export { sameSurname, spellingKey } from './spelling';
export { wordsOf, type Word } from './words';
export interface EntityResult {
  mentions: Mention[];
  /** Title or honorific written before a mention, by mention start ("General" for "General Bagheri"). */
  titles: Map<number, string>;
}

const results = new WeakMap<DocContext, EntityResult>();

export function findEntities(ctx: DocContext): Mention[] {
  return entityResult(ctx).mentions;
}

export function entityResult(ctx: DocContext): EntityResult {
  let r = results.get(ctx);
  if (!r) {
    r = computeEntities(ctx);
    results.set(ctx, r);
  }
  return r;
}

/** What computeEntities reads of one piece's words alone, kept with the piece (see PieceEntry.memo). */
interface PieceFacts {
  /** Headline flags of its sentences. */
  caps: boolean[];
  sports: number;
  /** Its distinct lower-case words. */
  lower: string[];
  /** Name runs, word indexes relative to its first word; valid with the word before it and the character after it. */
  runs: Array<[number, number]>;
  prevLower: string | undefined;
  nextChar: string | undefined;
}

function computeEntities(ctx: DocContext): EntityResult {
  const ws = wordsOf(ctx);
  const capsSentence = ctx.sentences.map(() => false);
  const lowerVocabulary = new Set<string>();
  let sportsWords = 0;
  const env: Env = { text: ctx.text, ws, capsSentence, tableLine: new Set(), sports: false, lowerVocabulary, blocked: new Set() };
  let nameRuns: Array<[number, number]>;
  if (!ctx.pieces) {
    markCapsSentences(ctx, ws, 0, ws.length, 0, ctx.sentences.length, capsSentence);
    for (const w of ws) if (SPORTS_WORDS.has(w.lower)) sportsWords++;
    for (const w of ws) if (!w.cap && !w.punct) lowerVocabulary.add(w.lower);
    nameRuns = runs(env, 0, ws.length);
  } else {
    // each piece's sentence flags, sports words, lower-case words and name runs, built once per piece (runs
    // also depend on the word before the piece and the character after it: rebuilt when those changed)
    nameRuns = [];
    let w0 = 0;
    for (const p of ctx.pieces) {
      const s0 = p.sentence, s1 = p.sentence + p.sentences;
      let w1 = w0;
      while (w1 < ws.length && ws[w1].sentence < s1) w1++;
      const prevLower = w0 > 0 ? ws[w0 - 1].lower : undefined;
      const nextChar = ctx.text[ctx.sentences[s1 - 1].end];
      const memo = p.entry.memo.get('entities');
      let facts = memo?.items[0] as PieceFacts | undefined;
      if (!facts) {
        markCapsSentences(ctx, ws, w0, w1, s0, s1, capsSentence);
        let sports = 0;
        const lower = new Set<string>();
        for (let i = w0; i < w1; i++) {
          const w = ws[i];
          if (SPORTS_WORDS.has(w.lower)) sports++;
          if (!w.cap && !w.punct) lower.add(w.lower);
        }
        facts = { caps: capsSentence.slice(s0, s1), sports, lower: [...lower], runs: relativeRuns(env, w0, w1), prevLower, nextChar };
        p.entry.memo.set('entities', { base: p.base, sentence: p.sentence, first: w0, items: [facts] });
      } else {
        for (let k = 0; k < facts.caps.length; k++) capsSentence[s0 + k] = facts.caps[k];
        if (facts.prevLower !== prevLower || facts.nextChar !== nextChar) {
          facts = { ...facts, runs: relativeRuns(env, w0, w1), prevLower, nextChar };
          p.entry.memo.set('entities', { base: p.base, sentence: p.sentence, first: w0, items: [facts] });
        }
      }
      sportsWords += facts.sports;
      for (const x of facts.lower) lowerVocabulary.add(x);
      for (const [a, b] of facts.runs) nameRuns.push([a + w0, b + w0]);
      w0 = w1;
    }
  }
  env.sports = sportsWords >= 3;
  env.tableLine = tableLines(env);
  const cands: Candidate[] = [];
  datelines(env, ctx, cands);
  const dated = new Set<number>();
  for (const c of cands) for (let k = c.a; k < c.b; k++) dated.add(k);
  for (const [a, b] of nameRuns) {
    if (dated.has(a)) { if (b > a + 1 && !dated.has(b - 1)) classifyRun(env, a + 1, b, cands); continue; }
    classifyRun(env, a, b, cands);
  }

  // document-level votes: one label per name; surnames and short forms inherit
  const votes = new Map<string, Map<EntityType, number>>();
  const vote = (key: string, type: EntityType, s: number): void => {
    let v = votes.get(key);
    if (!v) votes.set(key, (v = new Map()));
    v.set(type, (v.get(type) ?? 0) + s);
  };
  const keyOf = (a: number, b: number): string => lowerKey(ws, a, b);
  const surnames = new Set<string>();
  const orgShort = new Set<string>();
  if (env.blocked.size) {
    const kept = cands.filter((c) => !env.blocked.has(keyOf(c.a, c.b)));
    cands.length = 0;
    cands.push(...kept);
  }
  for (const c of cands) if (!c.fixed || !env.sports) vote(keyOf(c.a, c.b), c.type, c.strength);
  for (const c of cands) {
    const n = c.b - c.a;
    if (c.type === 'person' && n >= 2) {
      const lastW = ws[c.b - 1];
      if (!lastW.caps) vote(lastW.lower, 'person', Math.min(c.strength, 2.5));
      const firstW = ws[c.a];
      if (!firstW.caps && !isKnownPlace(firstW.lower) && !NAME_PARTICLES.has(firstW.lower) && !RANKS.has(firstW.lower)) vote(firstW.lower, 'person', Math.min(c.strength, 2.5) / 2);
      let p = c.b - 1;
      while (p - 1 > c.a && NAME_PARTICLES.has(ws[p - 1].lower)) p--;
      if (p < c.b - 1) vote(keyOf(p, c.b), 'person', 2);
      if (n >= 3 && ws[c.b - 2].cap && !ws[c.b - 2].caps) {
        vote(keyOf(c.b - 2, c.b), 'person', 1);
        if (!NAME_PARTICLES.has(ws[c.b - 2].lower)) { vote(ws[c.b - 2].lower, 'person', 1); surnames.add(ws[c.b - 2].lower); }
      }
      if (!lastW.caps) surnames.add(lastW.lower);
    }
    if (c.type === 'organization' && n >= 2) {
      const f = ws[c.a];
      if (!f.caps && f.tags.has('ProperNoun') && !hasTag(f, 'Adjective', ...FUNCTION_TAGS) && !isTitleish(f) && !isKnownPlace(f.lower)
        && !ORG_HEADS.has(f.lower)) { vote(f.lower, 'organization', 1); if (c.strength >= 3 && !hasTag(f, 'Place', 'City', 'Region', 'Country')) orgShort.add(f.lower); }
    }
    if (c.type === 'place' && n >= 3 && PLACE_HEADS.has(ws[c.a].lower) && ws[c.a + 1].lower === 'of') vote(keyOf(c.a + 2, c.b), 'place', 2);
  }
  const typeOf = new Map<string, EntityType>();
  // a single word seen as the surname of someone named in full stays a person unless something strong says otherwise
  const strongest = new Map<string, number>();
  const strongestPlace = new Map<string, number>();
  for (const c of cands) if (c.b - c.a === 1 && c.type === 'place') strongestPlace.set(keyOf(c.a, c.b), Math.max(strongestPlace.get(keyOf(c.a, c.b)) ?? 0, c.strength));
  const strongestPerson = new Map<string, number>();
  for (const c of cands) if (c.b - c.a === 1 && c.type === 'person') strongestPerson.set(keyOf(c.a, c.b), Math.max(strongestPerson.get(keyOf(c.a, c.b)) ?? 0, c.strength));
  for (const c of cands) if (c.b - c.a === 1 && c.type !== 'person') strongest.set(keyOf(c.a, c.b), Math.max(strongest.get(keyOf(c.a, c.b)) ?? 0, c.strength));
  for (const [key, v] of votes) {
    let best: EntityType | undefined, bs = -1;
    for (const [t, s] of v) if (s > bs) { best = t; bs = s; }
    if (surnames.has(key) && (strongest.get(key) ?? 0) < 2) best = 'person';
    else if (orgShort.has(key) && !surnames.has(key) && (strongestPerson.get(key) ?? 0) < 3 && (strongestPlace.get(key) ?? 0) < 2) best = 'organization';
    typeOf.set(key, best!);
  }

  // second pass: every occurrence of a known name, also where the first pass dropped it
  const covered = new Uint8Array(ws.length);
  const spans: Candidate[] = [];
  cands.sort((x, y) => x.a - y.a || y.b - x.b);
  for (const c of cands) {
    let clash = false;
    for (let k = c.a; k < c.b; k++) if (covered[k]) clash = true;
    if (clash) continue;
    for (let k = c.a; k < c.b; k++) covered[k] = 1;
    spans.push({ ...c, type: c.fixed ? c.type : typeOf.get(keyOf(c.a, c.b)) ?? c.type });
  }
  let maxLen = 1;
  const firstWords = new Set<string>();
  for (const k of typeOf.keys()) {
    const parts = k.split(' ');
    maxLen = Math.max(maxLen, parts.length);
    firstWords.add(parts[0]);
  }
  maxLen = Math.min(maxLen, 8);
  // spelling keys of known surnames, for variants ("Baqeri" after "Bagheri")
  const surnameByKey = new Map<string, string>();
  for (const sn of surnames) if (sn.length >= 6 && typeOf.get(sn) === 'person') surnameByKey.set(spellingKey(sn), sn);
  for (let i = 0; i < ws.length; i++) {
    if (covered[i] || !ws[i].cap || ws[i].punct) continue;
    const variantOk = ws[i].text.length >= 6 && surnameByKey.has(spellingKey(ws[i].text));
    if (!firstWords.has(ws[i].lower) && !variantOk && !(env.capsSentence[ws[i].sentence] && isKnownPlace(ws[i].lower))) {
      if (!env.capsSentence[ws[i].sentence]) continue;
    }
    // the words joined to word i, uncovered, and their keys (one word more each)
    const top = Math.min(maxLen, ws.length - i);
    const keys: string[] = [];
    for (let k = i; k < i + top; k++) {
      if (covered[k] || (k > i && !joined(env, k - 1, k))) break;
      keys.push(k === i ? ws[k].lower : keys[keys.length - 1] + ' ' + ws[k].lower);
    }
    for (let n = keys.length; n >= 1; n--) {
      const key = keys[n - 1];
      let type = typeOf.get(key);
      if (!type && env.capsSentence[ws[i].sentence] && isKnownPlace(key)) type = 'place';
      if (!type && n === 1 && ws[i].text.length >= 6 && !env.lowerVocabulary.has(ws[i].lower) && !hasTag(ws[i], ...STRONG_FUNCTION_TAGS)) {
        // "Baqeri" after "Bagheri": a spelling variant of a surname already known
        if (variantOk) type = 'person';
      }
      if (!type) continue;
      // the next word continues a name we do not know: leave it
      if (i + n < ws.length && joined(env, i + n - 1, i + n) && namey(ws[i + n], env) && !ws[i + n - 1].possessive && !env.capsSentence[ws[i].sentence]) break;
      for (let k = i; k < i + n; k++) covered[k] = 1;
      spans.push({ a: i, b: i + n, type, strength: 1 });
      break;
    }
  }

  spans.sort((x, y) => x.a - y.a);
  const titles = new Map<number, string>();
  const mentions: Mention[] = spans.map((c) => {
    const start = ws[c.a].start;
    let end = ws[c.b - 1].end;
    if (c.b - c.a === 1 && c.type === 'place' && STATE_ABBREVIATIONS.has(ws[c.a].text) && ctx.text[end] === '.') end++;
    if (c.title) titles.set(start, c.title);
    return { start, end, text: ctx.text.slice(start, end), type: c.type };
  });
  return { mentions, titles };
}
