// People, organizations and places: capitalized runs read from the tagged tokens, cleaned (no titles,
// quotes or possessive ’s), typed by gazetteers, cue words, context and compromise's tags, then made
// consistent over the document (one label per name; a surname alone is the person named in full).
import { STATE_ABBREVIATIONS } from '../lexicon/places';
import type { DocContext } from '../text/document';
import type { PlacedPiece } from '../text/tagger';
import type { Mention } from '../types';
import { classifyRun } from './classify';
import type { Candidate, Env } from './env';
import { documentFacts } from './facts';
import { recallKnownNames, typedSpans } from './recall';
import { datelines, tableLines } from './runs';
import type { SpellingMemo } from './spelling';
import { voteTypes } from './votes';
import { buildWords, lowerKey, type Word } from './words';
import { bySentence, type SentenceWork } from '../text/sentence-memo';

export { sameSurname, spellingKey } from './spelling';
export { buildWords, type Word } from './words';
export interface EntityResult {
  mentions: Mention[];
  /** Title or honorific written before a mention, by mention start ("General" for "General Bagheri"). */
  titles: Map<number, string>;
  /** Why each mention has its type, by mention start (only when asked: `explain`). */
  reasons?: Map<number, string>;
}

/** The entity mentions of a document in one call (tests, tools); the pipeline runs computeEntities. */
export function findEntities(ctx: DocContext): Mention[] {
  return computeEntities(ctx, buildWords(ctx)).mentions;
}

/** People, organizations and places over the document's words; `spelling`: the session's spelling keys; `memoBySentence`: keep the per-sentence name runs with the pieces for the next analysis. */
export function computeEntities(ctx: DocContext, ws: Word[], spelling?: SpellingMemo, explain = false, pieces?: readonly PlacedPiece[], memoBySentence = !!pieces): EntityResult {
  const env: Env = { text: ctx.text, ws, capsSentence: ctx.sentences.map(() => false), tableLine: new Set(), sports: false, lowerVocabulary: new Set(), blocked: new Set(), spelling, explain };
  const nameRuns = documentFacts(ctx, env, pieces);
  env.tableLine = tableLines(env);
  const cands: Candidate[] = [];
  datelines(env, ctx, cands);
  const dated = new Set<number>();
  for (const c of cands) for (let k = c.a; k < c.b; k++) dated.add(k);
  const classify = (from: number, to: number): void => {
    for (let r = from; r < to; r++) {
      const [a, b] = nameRuns[r];
      if (dated.has(a)) { if (b > a + 1 && !dated.has(b - 1)) classifyRun(env, a + 1, b, cands); continue; }
      classifyRun(env, a, b, cands);
    }
  };
  if (pieces && memoBySentence) bySentence(ctx, pieces, runWork(ctx, env, nameRuns, dated, cands, classify));
  else classify(0, nameRuns.length);
  // a storm's name is no entity anywhere ("Hurricane Sally", then "Sally")
  const kept = env.blocked.size ? cands.filter((c) => !env.blocked.has(lowerKey(ws, c.a, c.b))) : cands;
  const { typeOf, surnames } = voteTypes(ws, kept, env.sports);
  const covered = new Uint8Array(ws.length);
  const spans = typedSpans(env, kept, typeOf, covered);
  recallKnownNames(env, typeOf, surnames, covered, spans);
  return toMentions(ctx, ws, spans, explain);
}

/** What classifying the name runs of one sentence adds: candidates, and names blocked everywhere (a storm's). */
interface RunTypes { cands: Candidate[]; blocked: string[] }

/**
 * Name runs classified by sentence, kept with the tagged pieces: a run's type reads its words and those around
 * it (the piece's), whether its words are written in lower case elsewhere, in a results table or a dateline,
 * and whether the document is a sports report.
 */
function runWork(ctx: DocContext, env: Env, nameRuns: Array<[number, number]>, dated: ReadonlySet<number>, cands: Candidate[], classify: (from: number, to: number) => void): SentenceWork<RunTypes> {
  const { ws } = env;
  // the runs of each sentence: [runFrom[s], runFrom[s + 1])
  const runFrom = new Int32Array(ctx.sentences.length + 1);
  for (const [a] of nameRuns) runFrom[ws[a].sentence + 1]++;
  for (let s = 0; s < ctx.sentences.length; s++) runFrom[s + 1] += runFrom[s];
  // the first word of each sentence
  const wordFrom = new Int32Array(ctx.sentences.length + 1).fill(-1);
  for (let i = ws.length - 1; i >= 0; i--) wordFrom[ws[i].sentence] = i;
  wordFrom[ctx.sentences.length] = ws.length;
  for (let s = ctx.sentences.length - 1; s >= 0; s--) if (wordFrom[s] < 0) wordFrom[s] = wordFrom[s + 1];
  return {
    key: 'entities.runs', reach: 1, tokenReach: 24,
    global: `${env.sports}`,
    firstOf: (p) => wordFrom[p.sentence],
    signature: (s, _base, first, out) => {
      for (let r = runFrom[s]; r < runFrom[s + 1]; r++) {
        const [a, b] = nameRuns[r];
        out.push(a - first, b - first);
        for (let k = a; k < b; k++) out.push(dated.has(k), env.tableLine.has(k), env.lowerVocabulary.has(ws[k].lower));
      }
      // the words just after the sentence's last run (appositions, ", <state>")
      const end = runFrom[s + 1] > runFrom[s] ? nameRuns[runFrom[s + 1] - 1][1] : 0;
      for (let k = end; k < end + 6 && k < ws.length && runFrom[s + 1] > runFrom[s]; k++) out.push(env.tableLine.has(k), dated.has(k));
    },
    compute: (s) => {
      // the names this sentence blocks, even those an earlier one blocked already
      const c0 = cands.length, all = env.blocked;
      env.blocked = new Set();
      classify(runFrom[s], runFrom[s + 1]);
      const blocked = [...env.blocked];
      env.blocked = all;
      for (const x of blocked) all.add(x);
      return [{ cands: cands.slice(c0), blocked }];
    },
    move: (r, _chars, words) => ({ cands: r.cands.map((c) => ({ ...c, a: c.a + words, b: c.b + words })), blocked: r.blocked }),
    use: (rs) => { for (const r of rs) { cands.push(...r.cands); for (const x of r.blocked) env.blocked.add(x); } },
  };
}

function toMentions(ctx: DocContext, ws: readonly Word[], spans: Candidate[], explain: boolean): EntityResult {
  spans.sort((x, y) => x.a - y.a);
  const titles = new Map<number, string>();
  const reasons = explain ? new Map<number, string>() : undefined;
  const mentions: Mention[] = spans.map((c) => {
    const start = ws[c.a].start;
    let end = ws[c.b - 1].end;
    if (c.b - c.a === 1 && c.type === 'place' && STATE_ABBREVIATIONS.has(ws[c.a].text) && ctx.text[end] === '.') end++;
    if (c.title) titles.set(start, c.title);
    reasons?.set(start, c.why ?? '');
    return { start, end, text: ctx.text.slice(start, end), type: c.type };
  });
  return reasons ? { mentions, titles, reasons } : { mentions, titles };
}
