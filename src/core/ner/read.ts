// One document as the tagger reads it, the same at training and at run time: tokens, lines, and the
// feature hashes of each token given the rule-based mentions (stacked: the model learns when to trust them).
import { featurize } from './features';
import { nerTokens, type NerLine, type NerToken } from './tokens';

/** A rule-based mention, typed in CoNLL's terms. */
export interface RuleSpan {
  start: number;
  end: number;
  type: 'PER' | 'ORG' | 'LOC';
}

export interface ReadDoc {
  tokens: NerToken[];
  lines: NerLine[];
  feats: number[][];
  /** Each token's rule tag ("O", or B/I/L/U-type). */
  rule: string[];
}

export function readDoc(text: string, rules: RuleSpan[]): ReadDoc {
  const { tokens, lines } = nerTokens(text);
  const rule = ruleTags(tokens, rules);
  return { tokens, lines, feats: featurize(tokens, lines, { rule }), rule };
}

/** The BILOU tag of each token inside a rule mention (by characters: a token inside the span is in it). */
export function ruleTags(tokens: NerToken[], rules: RuleSpan[]): string[] {
  const tags = tokens.map(() => 'O');
  const sorted = [...rules].sort((a, b) => a.start - b.start);
  let i = 0;
  for (const r of sorted) {
    while (i < tokens.length && tokens[i].end <= r.start) i++;
    let j = i;
    while (j < tokens.length && tokens[j].start < r.end) j++;
    if (j === i) continue;
    if (j - i === 1) tags[i] = 'U-' + r.type;
    else for (let k = i; k < j; k++) tags[k] = (k === i ? 'B-' : k === j - 1 ? 'L-' : 'I-') + r.type;
  }
  return tags;
}
