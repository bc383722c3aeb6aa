// Events of real news the lexicon lacks (passives), headline triggers read as names, and negation.
// Hand-built sentences, none from any data set.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import type { Analysis, NewsEvent } from '../../src/core/types';

function eventAt(a: Analysis, text: string, word: string, nth = 1): NewsEvent | undefined {
  let i = -1;
  for (let k = 0; k < nth; k++) i = text.indexOf(word, i + 1);
  assert.ok(i >= 0, `not in text: ${word}`);
  return a.events.find((e) => e.trigger.start <= i && i < e.trigger.end);
}

describe('events of real news', () => {
  it('finds a passive the lexicon lacks, not a perfect, a state or a report', () => {
    const text = 'The bridge was reopened on Sunday. The farm had relied on river water. The residents were worried. The ferry was scheduled to leave at noon. Officials were told that the road was safe.';
    const a = analyze(text);
    assert.equal(eventAt(a, text, 'reopened')?.type, 'other');
    assert.equal(eventAt(a, text, 'relied'), undefined);
    assert.equal(eventAt(a, text, 'worried'), undefined);
    assert.equal(eventAt(a, text, 'scheduled'), undefined);
    assert.equal(eventAt(a, text, 'told'), undefined);
  });

  it('finds a transitive deed the lexicon lacks after its doer, not evidence, naming or a verb with no object', () => {
    const text = 'The clerk who stamped two forms went home. The team has benched its captain. Data showed a small rise. Critics have branded the scheme a folly. The farm had relied on river water.';
    const a = analyze(text);
    assert.equal(eventAt(a, text, 'stamped')?.type, 'other');
    assert.equal(eventAt(a, text, 'benched')?.type, 'other');
    assert.equal(eventAt(a, text, 'showed'), undefined);
    assert.equal(eventAt(a, text, 'branded'), undefined);
    assert.equal(eventAt(a, text, 'relied'), undefined);
  });

  it('finds a gerund or an infinitive the lexicon lacks with its object, not a state, an interest or an event noun', () => {
    const text = 'The driver was fined for towing a trailer. Guards were escorting the prisoner. The mayor hired a firm to demolish the old depot. Officials were monitoring the situation. They voiced interest in improving the ties. He plans to implement a ceasefire agreement.';
    const a = analyze(text);
    assert.equal(eventAt(a, text, 'towing')?.type, 'other');
    assert.ok(eventAt(a, text, 'escorting'));
    assert.equal(eventAt(a, text, 'demolish')?.type, 'other');
    assert.equal(eventAt(a, text, 'monitoring'), undefined);
    assert.equal(eventAt(a, text, 'improving'), undefined);
    assert.equal(eventAt(a, text, 'implement'), undefined);
  });

  it('finds a passive of discovery with where or how, and a trial the tagger reads as an adjective', () => {
    const text = 'Two bodies were found in a flat on Monday. The suspect will face trial on three counts. The study found in 2019 that rents rose.';
    const a = analyze(text);
    assert.ok(eventAt(a, text, 'found'));
    assert.equal(eventAt(a, text, 'trial')?.type, 'legal');
    assert.equal(eventAt(a, text, 'found', 2), undefined);
  });

  it('reads a trigger the tagger took into a name in a title-case headline, not inside an organization', () => {
    const text = 'Actress Jane Doe Dies at 91\nTwo Dead, One Wounded in Shooting at Paper Mill\nCollective Security Treaty Organization Meets in Minsk';
    const a = analyze(text);
    assert.ok(eventAt(a, text, 'Dies'));
    assert.ok(eventAt(a, text, 'Dead'));
    assert.ok(eventAt(a, text, 'Shooting'));
    assert.equal(eventAt(a, text, 'Treaty'), undefined);
  });

  it('finds happenings told as not happening and marks them negated: avoided, decided against, un- participles', () => {
    const text = 'The smuggler avoided jail for a decade. The firm chose not to pay the fine. The climber never recovered from the fall. The passengers were unharmed. The blast happened for unknown reasons. The united team won.';
    const a = analyze(text);
    assert.equal(eventAt(a, text, 'jail')?.negated, true);
    assert.equal(eventAt(a, text, 'pay')?.negated, true);
    assert.equal(eventAt(a, text, 'recovered')?.negated, true);
    assert.equal(eventAt(a, text, 'unharmed')?.negated, true);
    assert.equal(eventAt(a, text, 'unknown')?.negated, true);
    assert.equal(eventAt(a, text, 'united'), undefined);
  });

  it('marks negated what no one did, what is lacking and an un- participle read as a verb', () => {
    const text = 'Nothing bad is going to happen. Nobody was arrested after the march. The clinic is unlicensed to treat patients. The ferry sailed without delay.';
    const a = analyze(text);
    assert.equal(eventAt(a, text, 'happen')?.negated, true);
    assert.equal(eventAt(a, text, 'arrested')?.negated, true);
    assert.equal(eventAt(a, text, 'unlicensed')?.negated, true);
    assert.notEqual(eventAt(a, text, 'march')?.negated, true);
  });

  it('marks negated a verb after a negation passed on ("is not expected to"), a negated possession, what is lacking, undone or absent', () => {
    const text = 'The governor is not expected to attend the gala. A clerk who asked not to be named spoke. The guard did not have a permit. The crew lacked experience. Inspectors found no evidence of sabotage. The merger never happened. The bombing was foiled. The panel met in his absence. The coach wasn\'t expected to attend the dinner. The firm doesn\'t have a deal yet.';
    const a = analyze(text);
    for (const w of ['attend', 'named', 'have', 'experience', 'sabotage', 'merger', 'bombing', 'absence']) assert.equal(eventAt(a, text, w)?.negated, true, w);
    // a past expectation says nothing of what happened; the deal itself tells the happening, not "have"
    assert.notEqual(eventAt(a, text, 'attend', 2)?.negated, true);
    assert.equal(eventAt(a, text, 'have', 2), undefined);
  });

  it('marks a refusal of something negated, not a refusal to speak or a market decline', () => {
    const text = 'The driver refused a breath test. The board declined the offer. He refused to comment. Shares declined 3% on Monday.';
    const a = analyze(text);
    assert.equal(eventAt(a, text, 'refused')?.negated, true);
    assert.equal(eventAt(a, text, 'declined')?.negated, true);
    assert.equal(eventAt(a, text, 'refused', 2), undefined);
    assert.notEqual(eventAt(a, text, 'declined', 2)?.negated, true);
  });

  it('finds deeds of crime and breakdowns of the added lexicon rows', () => {
    const text = 'A van rammed the gate. Officers handcuffed the driver. A ship severed two cables, and an outage followed.';
    const a = analyze(text);
    assert.equal(eventAt(a, text, 'rammed')?.type, 'conflict');
    assert.equal(eventAt(a, text, 'handcuffed')?.type, 'legal');
    assert.equal(eventAt(a, text, 'severed')?.type, 'disaster');
    assert.equal(eventAt(a, text, 'outage')?.type, 'disaster');
  });
});
