// One document as the tagger reads it, the same at training and at run time: lines read once each (kept
// in the document's NameCache by their text, so an edit re-reads only the lines it touched), the document's memory of
// its words, and the rules' mentions as tags (stacked features: the model learns when to trust them).
import { dynamicFeatures, lineFeatures, remember, type DocSeen, type LineFeatures } from './features';
import type { NameCache } from './cache';
import { ownString } from '../text/own';
import { LABELS } from './model';
import { nerTokens, readLine, type LineRead, type NerLine, type NerToken } from './tokens';

/** A rule-based mention, typed in CoNLL's terms. */
export interface RuleSpan {
  start: number;
  end: number;
  type: 'PER' | 'ORG' | 'LOC';
}

export interface ReadDoc {
  tokens: NerToken[];
  lines: NerLine[];
  reads: LineRead[];
  /** Per line: static features (from the line's text) and dynamic ones (document and rules). */
  feats: LineFeatures[];
  dyn: Uint32Array[];
  /** Each token's rule label (0 = O, else a BILOU label of LABELS). */
  rule: number[];
}

export interface LineEntry {
  read: LineRead;
  feats: LineFeatures;
  /** The line's own text. */
  text: string;
  /** Stands for the text in the decoded-names key: unique among the entries of one NameCache (0 without one). */
  id: number;
  /** Static emission scores, per weights table. */
  scores?: WeakMap<object, Float32Array>;
  /** What the line adds to the document's memory of its words (see remember). */
  seen?: DocSeen;
  /** The sure reasons of the rules' spans last found on this line, with what they were read from (names.ts). */
  sure?: { spans: string; at: number; before: string; after: string; asked: Array<[string, boolean]>; why: Array<string | undefined> };
}

/** A line read once per document session (or once per call without one). */
export function lineEntry(line: string, cache?: NameCache): LineEntry {
  let e = cache?.lines.get(line);
  if (e) return e;
  // kept with the session: read from a copy of its own, so that its words do not keep the whole text alive (own.ts)
  const own = cache ? ownString(line) : line;
  const read = readLine(own);
  e = { read, feats: lineFeatures(read), text: own, id: cache?.newId() ?? 0 };
  cache?.lines.set(line, e);
  return e;
}

/** The document read, without the dynamic features (the tagger computes those only for lines it decodes). */
export function readLines(text: string, rules: RuleSpan[], cache?: NameCache): Omit<ReadDoc, 'dyn'> & { entries: LineEntry[]; seen: DocSeen } {
  const entries: LineEntry[] = [];
  const { tokens, lines, reads } = nerTokens(text, (line) => { const e = lineEntry(line, cache); if (e.read.tokens.length) entries.push(e); return e.read; });
  const seen: DocSeen = { lower: new Set(), cap: new Set() };
  for (const e of entries) {
    if (!e.seen) remember((e.seen = { lower: new Set(), cap: new Set() }), e.read, e.feats);
    for (const w of e.seen.lower) seen.lower.add(w);
    for (const w of e.seen.cap) seen.cap.add(w);
  }
  const rule = ruleTags(tokens, rules);
  return { tokens, lines, reads, feats: entries.map((e) => e.feats), rule, entries, seen };
}

export function readDoc(text: string, rules: RuleSpan[], cache?: NameCache): ReadDoc & { entries: LineEntry[] } {
  const r = readLines(text, rules, cache);
  const dyn = r.lines.map((l, k) => dynamicFeatures(r.entries[k].feats, r.seen, r.rule.slice(l.first, l.last)));
  return { ...r, dyn };
}

/** The BILOU label of each token inside a rule mention (by characters: a token inside the span is in it). */
export function ruleTags(tokens: NerToken[], rules: RuleSpan[]): number[] {
  const tags = tokens.map(() => 0);
  const sorted = [...rules].sort((a, b) => a.start - b.start);
  let i = 0;
  for (const r of sorted) {
    while (i < tokens.length && tokens[i].end <= r.start) i++;
    let j = i;
    while (j < tokens.length && tokens[j].start < r.end) j++;
    if (j === i) continue;
    const at = (p: string): number => LABELS.indexOf(`${p}-${r.type}`);
    if (j - i === 1) tags[i] = at('U');
    else for (let k = i; k < j; k++) tags[k] = at(k === i ? 'B' : k === j - 1 ? 'L' : 'I');
  }
  return tags;
}
