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

/** People, organizations and places over the document's words; `spelling`: the session's spelling keys. */
export function computeEntities(ctx: DocContext, ws: Word[], spelling?: SpellingMemo, explain = false, pieces?: readonly PlacedPiece[]): EntityResult {
  const env: Env = { text: ctx.text, ws, capsSentence: ctx.sentences.map(() => false), tableLine: new Set(), sports: false, lowerVocabulary: new Set(), blocked: new Set(), spelling, explain };
  const nameRuns = documentFacts(ctx, env, pieces);
  env.tableLine = tableLines(env);
  const cands: Candidate[] = [];
  datelines(env, ctx, cands);
  const dated = new Set<number>();
  for (const c of cands) for (let k = c.a; k < c.b; k++) dated.add(k);
  for (const [a, b] of nameRuns) {
    if (dated.has(a)) { if (b > a + 1 && !dated.has(b - 1)) classifyRun(env, a + 1, b, cands); continue; }
    classifyRun(env, a, b, cands);
  }
  // a storm's name is no entity anywhere ("Hurricane Sally", then "Sally")
  const kept = env.blocked.size ? cands.filter((c) => !env.blocked.has(lowerKey(ws, c.a, c.b))) : cands;
  const { typeOf, surnames } = voteTypes(ws, kept, env.sports);
  const covered = new Uint8Array(ws.length);
  const spans = typedSpans(env, kept, typeOf, covered);
  recallKnownNames(env, typeOf, surnames, covered, spans);
  return toMentions(ctx, ws, spans, explain);
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
