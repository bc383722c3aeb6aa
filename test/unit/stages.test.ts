// Stage by stage, each fed with hand-built input layers: a change in one stage's input rules does not
// break another stage's tests.
import * as assert from 'node:assert/strict';
import { buildActors } from '../../src/core/actors/build';
import type { Cluster, ClusterResult } from '../../src/core/actors/cluster';
import { findClaims } from '../../src/core/claims/claims';
import { indexMentions, type Referents } from '../../src/core/coref/referents';
import { resolveReferences } from '../../src/core/coref/resolve';
import { buildWords } from '../../src/core/entities/words';
import { applyRule, RULES } from '../../src/core/events/rules';
import type { EventScan } from '../../src/core/events/scan';
import { TRIGGER_PHRASES, TRIGGERS, type TriggerEntry } from '../../src/core/lexicon/triggers';
import { assemble } from '../../src/core/output/assemble';
import { deepFreeze, Doc } from '../../src/core/pipeline';
import { buildContext } from '../../src/core/text/document';
import { quotesOf } from '../../src/core/text/quotes';
import type { Token } from '../../src/core/text/tagger';
import type { Actor, Mention } from '../../src/core/types';

/** Tokens of a space-separated sentence, with the tags given per word ("struck/Verb"). */
function tokens(spec: string): Token[] {
  let at = 0;
  return spec.split(' ').map((w) => {
    const [text, tags = ''] = w.split('/');
    const t: Token = { start: at, end: at + text.length, text, normal: text.toLowerCase(), tags: new Set(tags ? tags.split('+') : []), pre: '', post: ' ', sentence: 0 };
    at += text.length + 1;
    return t;
  });
}

function scan(toks: Token[]): EventScan {
  const ctx = { sentenceTokens: [[0, toks.length]] } as unknown as EventScan['ctx'];
  const refs = { mentionAt: () => undefined, actor: () => undefined } as unknown as Referents;
  return { ctx, toks, refs, inQuote: () => false, headline: () => false };
}

const entry = (lemma: string, rule: TriggerEntry['rule'], type: TriggerEntry['type'] = 'other', pos: TriggerEntry['pos'] = 'verb'): TriggerEntry =>
  ({ lemma, rule, type, pos }) as TriggerEntry;

describe('stage: events rules (hand-built tokens, no tagger)', () => {
  it('has a rule function for every rule the word triggers name', () => {
    const named = new Set(TRIGGERS.map((t) => t.rule).filter(Boolean));
    for (const r of named) assert.ok(RULES[r!], `no rule function for ${r}`);
    // the phrase rule is read where phrases are matched
    assert.ok(TRIGGER_PHRASES.some((p) => p.rule === 'takeover'));
  });

  it('impose: the measure decides the type, and the trigger runs on to it', () => {
    const toks = tokens('Washington imposed/Verb tariffs/Noun on steel');
    assert.deepEqual(applyRule(scan(toks), entry('impose', 'impose'), 1, 0, toks.length), { type: 'economic', last: 2 });
    const curfew = tokens('The army imposed/Verb a curfew/Noun');
    assert.deepEqual(applyRule(scan(curfew), entry('impose', 'impose'), 2, 0, curfew.length), { type: 'legal', last: 4 });
    const vague = tokens('He imposed/Verb his will');
    assert.equal(applyRule(scan(vague), entry('impose', 'impose'), 1, 0, vague.length), null);
  });

  it('strike: a deal is no event, workers strike in protest, a quake strikes as a disaster', () => {
    const deal = tokens('They struck/Verb a deal');
    assert.equal(applyRule(scan(deal), entry('strike', 'strike', 'conflict'), 1, 0, deal.length), null);
    const union = tokens('The union went on strike/Noun over pay');
    assert.deepEqual(applyRule(scan(union), entry('strike', 'strike', 'conflict', 'noun'), 4, 0, union.length), { type: 'protest', last: 4 });
    const quake = tokens('A strong quake struck/Verb the coast');
    assert.deepEqual(applyRule(scan(quake), entry('strike', 'strike', 'conflict'), 3, 0, quake.length), { type: 'disaster', last: 3 });
  });

  it('names and months are never triggers', () => {
    const toks = tokens('Talks resume in March/Date+Month');
    assert.equal(applyRule(scan(toks), entry('march', undefined, 'protest', 'noun'), 3, 0, toks.length), null);
  });
});

function person(m: Mention): Cluster {
  return { type: 'person', mentions: [m], forms: new Set([m.text.toLowerCase()]), titles: new Set(), clues: [] };
}

describe('stage: coref.resolve (hand-built clusters)', () => {
  const text = 'Amira Haddad arrived in Oslo on Monday. She spoke briefly.';
  const ctx = buildContext(text);
  const ws = buildWords(ctx);
  const haddad: Mention = { start: 0, end: 12, text: 'Amira Haddad', type: 'person' };
  const c = person(haddad);
  const layer: ClusterResult = { named: [haddad], others: [], live: [c], clusterOf: new Map([[haddad, c]]) };
  deepFreeze(layer);

  it('resolves a pronoun to the person named before, without changing the clusters layer', () => {
    const coref = resolveReferences(ctx, ws, layer, true);
    const she = coref.refs.find((m) => m.text === 'She');
    assert.ok(she, 'the pronoun is a reference');
    assert.equal(coref.clusters[0].refs?.[0], she);
    assert.match(coref.reasons?.get(`${she!.start}:${she!.end}`) ?? '', /^pronoun/);
    assert.equal(c.refs, undefined, 'the input cluster is untouched');
  });

  it('actors.build numbers actors by first mention and gives every mention its actor', () => {
    const coref = resolveReferences(ctx, ws, layer);
    const { actors, mentions } = buildActors(layer, coref);
    assert.deepEqual(actors.map((a) => [a.id, a.name, a.type]), [['a1', 'Amira Haddad', 'person']]);
    assert.deepEqual(mentions.map((m) => [m.text, m.actor]), [['Amira Haddad', 'a1'], ['She', 'a1']]);
    assert.equal(haddad.actor, undefined, 'the clusters layer mention is not given an id in place');
  });
});

describe('stage: claims.find (hand-built mentions and actors)', () => {
  it('attributes a quote to the speaker mention next to its cue', () => {
    const text = '“We will not give up,” Haddad said on Monday.';
    const ctx = buildContext(text);
    const haddad: Mention = { start: 24, end: 30, text: 'Haddad', type: 'person', actor: 'a7' };
    const actors: Actor[] = [{ id: 'a7', name: 'Amira Haddad', type: 'person', aliases: [], mentions: [{ start: 24, end: 30 }] }];
    const reasons = new Map<string, string>();
    const { claims } = findClaims(ctx, quotesOf(ctx), indexMentions(ctx, [haddad]), actors, reasons);
    assert.equal(claims.length, 1);
    assert.equal(claims[0].text, 'We will not give up');
    assert.equal(claims[0].speaker, 'a7');
    assert.equal(claims[0].cue?.text, 'said');
    assert.match(reasons.get('c1') ?? '', /subject before the speech verb/);
  });

  it('leaves a quote unattributed when no mention stands next to the cue', () => {
    const text = '“We will not give up,” the crowd chanted loudly on Monday near the square.';
    const ctx = buildContext(text);
    const { claims } = findClaims(ctx, quotesOf(ctx), indexMentions(ctx, []), []);
    assert.ok(claims.every((c) => c.speaker === null));
  });
});

describe('stage: output.analysis (hand-put layers)', () => {
  it('assembles the annotation document from the layers, with a date only when known', () => {
    const doc = new Doc('x');
    doc.put('mentions', []);
    doc.put('quotedRefs', []);
    doc.put('voices', { refs: [], actors: [] });
    doc.put('actors', { actors: [], mentions: [] });
    doc.put('events', []);
    doc.put('happenings', []);
    doc.put('claims', { claims: [], speakers: [], labels: [] });
    doc.put('articleDate', null);
    assert.deepEqual(assemble(doc, 'a.txt'), { schema: 'byline.annotations/1', mentions: [], actors: [], events: [], claims: [], source: 'a.txt' });
  });
});
