// One document as the tagger reads it, the same at training and at run time: lines read once each (kept
// in a small cache by their text, so an edit re-reads only the lines it touched), the document's memory of
// its words, and the rules' mentions as tags (stacked features: the model learns when to trust them).
import { dynamicFeatures, lineFeatures, remember, type DocSeen, type LineFeatures } from './features';
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
  /** Static emission scores, per weights table. */
  scores?: WeakMap<object, Float32Array>;
}

/** Lines by text: the ones the last analyses used survive, so memory follows the documents, not their history. */
let current = new Map<string, LineEntry>();
let previous = new Map<string, LineEntry>();
const LIMIT = 50_000;

export function lineEntry(line: string): LineEntry {
  let e = current.get(line);
  if (e) return e;
  e = previous.get(line);
  if (!e) {
    const read = readLine(line);
    e = { read, feats: lineFeatures(read) };
  }
  if (current.size >= LIMIT) { previous = current; current = new Map(); }
  current.set(line, e);
  return e;
}

export function readDoc(text: string, rules: RuleSpan[]): ReadDoc & { entries: LineEntry[] } {
  const entries: LineEntry[] = [];
  const { tokens, lines, reads } = nerTokens(text, (line) => { const e = lineEntry(line); if (e.read.tokens.length) entries.push(e); return e.read; });
  const seen: DocSeen = { lower: new Set(), cap: new Set() };
  entries.forEach((e) => remember(seen, e.read, e.feats));
  const rule = ruleTags(tokens, rules);
  const dyn = lines.map((l, k) => dynamicFeatures(entries[k].feats, seen, rule.slice(l.first, l.last)));
  return { tokens, lines, reads, feats: entries.map((e) => e.feats), dyn, rule, entries };
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
