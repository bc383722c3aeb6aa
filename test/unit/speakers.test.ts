// Speaker choice: the learned ranker over hand-built candidates, its shipped weights, and the speaker
// rules it sits beside (titles, "X's Y", party-state parentheses, dash and colon formats).
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { candidateFeatures, candidatesFor, quotedMask, rankDoc, rankSpeaker, score, type Candidate, type SpeakerModel } from '../../src/core/claims/ranker';
import model from '../../src/core/claims/model/speakers.json';
import { NOT_SPEECH_CUES, SPEECH_VERBS, speechVerb } from '../../src/core/lexicon/speech';
import type { Analysis } from '../../src/core/types';

/** Candidates for every occurrence of each name in the text. */
function mentionsOf(text: string, names: Array<[string, string, Candidate['type']]>): Candidate[] {
  const out: Candidate[] = [];
  for (const [name, actor, type] of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) out.push({ start: i, end: i + name.length, actor, type });
  }
  return out.sort((a, b) => a.start - b.start);
}

function quoteSpan(text: string, inner: string): { start: number; end: number; text: string } {
  const start = text.indexOf(inner);
  return { start, end: start + inner.length, text: inner };
}

function speakerOf(a: Analysis, text: string, snippet: string): string | null {
  const i = text.indexOf(snippet);
  const c = a.claims.find((x) => x.start < i + snippet.length && i < x.end);
  return c?.speaker ? a.actors.find((x) => x.id === c.speaker)?.name ?? null : null;
}

describe('speaker ranker', () => {
  it('ships weights that load, with a threshold between 0 and 1', () => {
    const m = model as SpeakerModel;
    assert.ok(Object.keys(m.weights).length > 20);
    assert.ok(m.threshold > 0 && m.threshold < 1);
    for (const v of Object.values(m.weights)) assert.ok(Number.isFinite(v));
  });

  it('never offers a name inside quotation marks as a candidate', () => {
    const text = 'Lee spoke first.\n“Ask Maria Lopez what she thinks of the plan,” the mayor said.';
    const q = quoteSpan(text, 'Ask Maria Lopez what she thinks of the plan,');
    const cands = candidatesFor(rankDoc(text), q, mentionsOf(text, [['Maria Lopez', 'a1', 'person'], ['Lee', 'a2', 'person']]));
    assert.deepEqual(cands.map((c) => c.c.actor), ['a2']);
    assert.equal(quotedMask(text)[text.indexOf('Maria')], 1);
  });

  it('masks a quote written with doubled apostrophes, and not an apostrophe', () => {
    const text = "Lee's aide spoke first.\n''Ask Maria Lopez what she thinks,'' the mayor said. Nora's dog barked.";
    const mask = quotedMask(text);
    assert.equal(mask[text.indexOf('Maria')], 1);
    assert.equal(mask[text.indexOf("''")], 1);
    assert.equal(mask[text.indexOf('mayor')], 0);
    assert.equal(mask[text.indexOf('Lee')], 0);
    assert.equal(mask[text.indexOf('Nora')], 0);
    const q = quoteSpan(text, 'Ask Maria Lopez what she thinks,');
    const cands = candidatesFor(rankDoc(text), q, mentionsOf(text, [['Maria Lopez', 'a1', 'person'], ['Lee', 'a2', 'person']]));
    assert.deepEqual(cands.map((c) => c.c.actor), ['a2']);
  });

  it('picks the name of "“…” ― Name" over a name in the line before', () => {
    const text = 'Readers wrote in about Dana Ortiz and the debate.\n“She was calm and precise all night, and it showed on the stage.” ― Jorge Falcon\n';
    const q = quoteSpan(text, 'She was calm and precise all night, and it showed on the stage.');
    const got = rankSpeaker(rankDoc(text), q, mentionsOf(text, [['Dana Ortiz', 'a1', 'person'], ['Jorge Falcon', 'a2', 'person']]), null);
    assert.equal(got?.actor, 'a2');
    assert.match(got!.reason, /^ranker \d\.\d\d/);
  });

  it('picks the subject of the cue after the quote over the previous speaker', () => {
    const text = '“Taxes will go up,” Tom Reed said.\n\n“We will not let that happen to working families,” Ana Diaz said on Monday.';
    const q = quoteSpan(text, 'We will not let that happen to working families,');
    const got = rankSpeaker(rankDoc(text), q, mentionsOf(text, [['Tom Reed', 'a1', 'person'], ['Ana Diaz', 'a2', 'person']]), 'a1');
    assert.equal(got?.actor, 'a2');
  });

  it('scores a possessor ("X’s") below the same mention without it', () => {
    const text = 'Acme’s chief spoke.\n“We are growing fast in every market we serve,” he said.';
    const q = quoteSpan(text, 'We are growing fast in every market we serve,');
    const c: Candidate = { start: 0, end: 4, actor: 'a1', type: 'organization' };
    const f = candidateFeatures(rankDoc(text), q, c, { prevSpeaker: null, between: 0, rank: 0, count: 1 });
    assert.ok(f.includes('possessive'));
    assert.ok(score(f) < score(f.filter((k) => k !== 'possessive')));
  });

  it('gives no speaker when there is no candidate', () => {
    const text = '“Nobody saw it coming, not even the people in charge,” one voter said.';
    assert.equal(rankSpeaker(rankDoc(text), quoteSpan(text, 'Nobody saw it coming, not even the people in charge,'), [], null), null);
  });
});

describe('speaker rules beside the ranker', () => {
  it('reads a title before the name and a party-state parenthesis', () => {
    const text = '“Mitt Romney was prepared and qualified,” Sen. Claire McCaskill (D-Mo.) said.\n\n“We will win this race in November,” campaign manager Dana Reyes said on Monday.';
    const a = analyze(text);
    assert.equal(speakerOf(a, text, 'Mitt Romney was prepared'), 'Claire McCaskill');
    assert.equal(speakerOf(a, text, 'We will win this race'), 'Dana Reyes');
  });

  it('gives a quote ending in ? or ! to the cue after it', () => {
    const text = 'The board met on Friday.\n\n“Who will pay for all of this?” Dana Reyes said.';
    const a = analyze(text);
    assert.equal(speakerOf(a, text, 'Who will pay'), 'Dana Reyes');
    assert.equal(a.claims.find((c) => c.kind === 'quote')?.cue?.text, 'said');
  });

  it('reports "…, sources said." with the described speaker as an actor of its own', () => {
    const text = 'The nominee will visit a trauma center in the morning, sources said.';
    const a = analyze(text);
    const c = a.claims.find((x) => x.cue?.text === 'said');
    assert.equal(c?.kind, 'reported');
    assert.equal(c?.text, 'The nominee will visit a trauma center in the morning');
    assert.equal(a.actors.find((x) => x.id === c?.speaker)?.name, 'sources');
  });

  it('gives "said Title Title Name" to the person, not the body in the title', () => {
    const text = '“It was a sad moment for Europe,” said European Council President Donald Tusk.';
    assert.equal(speakerOf(analyze(text), text, 'It was a sad moment'), 'Donald Tusk');
  });

  it('gives "according to X’s Y" to Y', () => {
    const text = 'According to Fox News’s Ed Henry, the campaign was worried about the polls.';
    assert.equal(speakerOf(analyze(text), text, 'the campaign was worried'), 'Ed Henry');
  });

  it('reports the object of "called for" and "accused X of" as what was said', () => {
    const text = 'Keron Blair called for more school investment in the city.\n\nSenator Warren accused John Stumpf of gutless leadership.';
    const a = analyze(text);
    const called = a.claims.find((c) => c.cue?.text === 'called');
    assert.equal(called?.kind, 'reported');
    assert.match(called!.text, /more school investment/);
    assert.equal(speakerOf(a, text, 'gutless leadership'), 'Warren');
  });
});

describe('speech cue lexicon', () => {
  it('has a PolNeAR count on every row, and the frequent cues', () => {
    for (const v of SPEECH_VERBS) assert.ok(typeof v.polnear === 'number', `${v.lemma} has no count`);
    for (const w of ['said', 'told', 'tweeted', 'denied', 'accused', 'argued', 'warned', 'claimed', 'wrote', 'noted', 'cited', 'asked']) assert.ok(speechVerb(w), w);
  });

  it('keeps the reviewed non-speech cue words out', () => {
    for (const row of NOT_SPEECH_CUES) for (const w of row.word.split('/')) assert.equal(speechVerb(w), undefined, w);
  });
});
