// The trained name tagger in the pipeline: refineNames takes the rule-based mentions and returns the
// final people, organizations and places, each with a reason (see reasonOf) saying who decided it.
import type { EntityType, Mention } from '../types';
import { decodeWeights, emissions, NL, spansOf, viterbi, type NerType, type Weights } from './model';
import { NER_WEIGHTS } from './model/weights';
import { readDoc, type RuleSpan } from './read';

export interface TaggedSpan {
  start: number;
  end: number;
  type: NerType;
}

let shipped: Weights | undefined;

/** The shipped weights, decoded once (the first analysis pays for it). */
export function nerWeights(): Weights {
  shipped ??= decodeWeights(Uint8Array.from(Buffer.from(NER_WEIGHTS, 'base64')));
  return shipped;
}

/** The tagger's spans over a text, one Viterbi pass per line, given the rules' mentions as features. */
export function tagDoc(w: Weights, text: string, rules: RuleSpan[]): TaggedSpan[] {
  const r = readDoc(text, rules);
  const out: TaggedSpan[] = [];
  for (const l of r.lines) {
    const n = l.last - l.first;
    const scores = emissions(w, r.feats.slice(l.first, l.last));
    for (const s of spansOf(viterbi(w, scores, n))) {
      out.push({ start: r.tokens[l.first + s.a].start, end: r.tokens[l.first + s.b - 1].end, type: s.type });
    }
  }
  return consistent(text, out);
}

/** A name typed once is that type everywhere in the article: each written form takes its majority type. */
function consistent(text: string, spans: TaggedSpan[]): TaggedSpan[] {
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
    return best === s.type ? s : { ...s, type: best };
  });
}

const RULE_TYPE: Record<string, RuleSpan['type'] | undefined> = { person: 'PER', organization: 'ORG', place: 'LOC' };
const ENTITY_TYPE: Record<string, EntityType | undefined> = { PER: 'person', ORG: 'organization', LOC: 'place' };
const reasons = new WeakMap<Mention, string>();

/** Why a mention returned by refineNames is there (for debugging and hovers). */
export function reasonOf(m: Mention): string | undefined {
  return reasons.get(m);
}

/** The final person/organization/place mentions of a document, from its text and the rule-based mentions. */
export function refineNames(doc: { text: string }, ruleMentions: Mention[]): Mention[] {
  const rules: RuleSpan[] = [];
  for (const m of ruleMentions) { const t = RULE_TYPE[m.type]; if (t) rules.push({ start: m.start, end: m.end, type: t }); }
  const tagged = tagDoc(nerWeights(), doc.text, rules);
  const out: Mention[] = [];
  for (const s of tagged) {
    const type = ENTITY_TYPE[s.type];
    if (!type) continue;
    const m: Mention = { start: s.start, end: s.end, text: doc.text.slice(s.start, s.end), type };
    reasons.set(m, 'tagger');
    out.push(m);
  }
  void NL;
  return out;
}
