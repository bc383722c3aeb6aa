// Actors the article never names (coref/described.ts): descriptions chained with later descriptions of the
// same head and with pronouns; linked to a named actor only when sure; never across sex or number.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { summarize } from '../../src/core/workspace/summary';
import type { Analysis } from '../../src/core/types';

/** Each actor as its name and the texts of its mentions. */
function chains(text: string): Map<string, { unnamed: boolean; texts: string[] }> {
  const a: Analysis = analyze(text);
  return new Map(a.actors.map((x) => [x.name, { unnamed: !!x.unnamed, texts: x.mentions.map((m) => text.slice(m.start, m.end)) }]));
}

describe('coref: unnamed actors from descriptions', () => {
  it('chains "a man ... the man ... he ... the man" into one unnamed actor', () => {
    const text = 'A man found a wallet outside the station in Dunmore on Sunday. The man said he handed it to the police. Later the man returned home.';
    const man = chains(text).get('the man');
    assert.ok(man?.unnamed, 'an unnamed actor named by its first definite description');
    assert.deepEqual(man.texts, ['A man', 'The man', 'he', 'the man']);
  });

  it('keeps a woman and her husband apart, each with the pronoun of their sex', () => {
    const text = 'A woman and her husband were rescued from the river near Tarrow. The woman said she was cold. Her husband said he was fine.';
    const c = chains(text);
    assert.deepEqual(c.get('the woman')?.texts, ['A woman', 'her', 'The woman', 'she', 'Her']);
    assert.deepEqual(c.get('her husband')?.texts, ['her husband', 'Her husband', 'he']);
  });

  it('gives "the woman" to a named woman only when she is the one person in view', () => {
    const alone = 'Maria Lopez, 34, was arrested in Tarrow on Friday. The woman was released on bail later that day.';
    assert.deepEqual(chains(alone).get('Maria Lopez')?.texts, ['Maria Lopez', 'The woman']);
    const two = 'Peter Hall met Maria Lopez in Tarrow on Friday. The woman left early.';
    const c = chains(two);
    assert.deepEqual(c.get('Maria Lopez')?.texts, ['Maria Lopez']);
    assert.deepEqual(c.get('Peter Hall')?.texts, ['Peter Hall']);
  });

  it('reads "they" as a group described before ("the researchers"), never "he" or "it"', () => {
    const text = 'The researchers published the study on Monday. They said the results were clear.';
    assert.deepEqual(chains(text).get('the researchers')?.texts, ['The researchers', 'They']);
    const he = 'The two men left the harbour at dawn. He said nothing.';
    assert.equal(chains(he).get('the two men'), undefined, 'a plural takes no "he"');
  });

  it('makes no actor of a description read once, and keeps unnamed actors out of workspace summaries unless they speak', () => {
    const once = 'The man was seen near the river in Tarrow. Nobody else was there.';
    assert.deepEqual([...chains(once).keys()], ['Tarrow']);
    const text = 'A man found a wallet in Dunmore on Sunday. The man handed it in.';
    const a = analyze(text);
    assert.ok(a.actors.some((x) => x.unnamed));
    assert.deepEqual(summarize(a, text).actors.map((x) => x.name), ['Dunmore']);
    const spoke = 'A man found a wallet in Dunmore on Sunday. The man said he handed it in.';
    const kept = summarize(analyze(spoke), spoke).actors;
    assert.deepEqual(kept.map((x) => [x.name, x.unnamed]), [['Dunmore', undefined], ['the man', true]]);
  });

  it('reads a description in apposition or after a copula as the name before it', () => {
    const text = 'Ann Ruiz, a nurse from Leeds, treated the injured. Ruiz said she worked all night. Tomas Bell was a painter.';
    const c = chains(text);
    assert.deepEqual(c.get('Ann Ruiz')?.texts, ['Ann Ruiz', 'a nurse', 'Ruiz', 'she']);
    assert.deepEqual(c.get('Tomas Bell')?.texts, ['Tomas Bell', 'a painter']);
  });

  it('reads "they" after a bare plural of people, but makes no group of bare plurals alone', () => {
    const c = chains('Residents returned to Tarrow on Monday. They cleared the roads.');
    assert.deepEqual(c.get('residents')?.texts, ['Residents', 'They']);
    assert.deepEqual([...chains('Officers were seen in Tarrow. Officers were seen in Lisbon too.').keys()], ['Tarrow', 'Lisbon']);
  });

  it('gives "it" to a place that is the subject of the sentence before, not to one after a preposition', () => {
    const text = 'Lisbon lies on the coast of Portugal. It has a busy harbour.';
    const c = chains(text);
    assert.deepEqual(c.get('Lisbon')?.texts, ['Lisbon', 'It']);
    assert.deepEqual(c.get('Portugal')?.texts, ['Portugal']);
  });

  it('reads bare "police" as a group "they" stands for, and "the police" as a police service named before', () => {
    const c = chains('Police said a man was arrested in Tarrow on Friday. They said the man had stolen a car. Police later released him.');
    assert.deepEqual(c.get('police')?.texts, ['Police', 'They', 'Police']);
    assert.deepEqual(c.get('the man')?.texts, ['a man', 'the man', 'him']);
    const named = chains('The Kenya National Police Service said 14 officers were hurt. The police said they would investigate.');
    assert.deepEqual(named.get('Kenya National Police Service')?.texts, ['Kenya National Police Service', 'The police', 'they']);
  });
});
