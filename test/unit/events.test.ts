import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { lemmas, triggersFor } from '../../src/core/lexicon/triggers';
import type { Analysis, NewsEvent } from '../../src/core/types';

function eventAt(a: Analysis, text: string, word: string, nth = 1): NewsEvent | undefined {
  let i = -1;
  for (let k = 0; k < nth; k++) i = text.indexOf(word, i + 1);
  assert.ok(i >= 0, `not in text: ${word}`);
  return a.events.find((e) => e.trigger.start < i + word.length && i < e.trigger.end);
}

const names = (a: Analysis, ids: string[]): string[] => ids.map((id) => a.actors.find((x) => x.id === id)?.name ?? id);

describe('trigger lexicon', () => {
  it('matches inflected forms by lemma', () => {
    assert.ok(lemmas('met').includes('meet'));
    assert.ok(lemmas('meetings').includes('meeting'));
    assert.ok(lemmas('signed').includes('sign'));
    assert.ok(lemmas('evacuations').includes('evacuation'));
    assert.equal(triggersFor('meets')[0]?.entry.type, 'meeting');
    assert.equal(triggersFor('arrested')[0]?.entry.type, 'legal');
    assert.equal(triggersFor('cooperation').length, 0);
  });
});

describe('findEvents', () => {
  it('types triggers and finds participants, place and date', () => {
    const text = 'Mohammad Bagheri met Sergei Shoigu in Moscow on Tuesday.';
    const a = analyze(text, { date: '2021-10-20' });
    const e = eventAt(a, text, 'met');
    assert.equal(e?.type, 'meeting');
    assert.equal(e?.trigger.text, 'met');
    assert.deepEqual(names(a, e!.participants), ['Mohammad Bagheri', 'Sergei Shoigu']);
    assert.equal(names(a, [e!.place!])[0], 'Moscow');
    assert.match(e?.date ?? '', /^2021-10-/);
    assert.equal(e?.negated, undefined);
    assert.equal(e?.modality, 'asserted');
  });

  it('marks negation and planned events', () => {
    const text = 'Daniel Kiprop did not meet the protesters. Sakamoto is due to visit Seoul in November. Russia will hold a conference on Afghanistan.';
    const a = analyze(text);
    const meet = eventAt(a, text, 'meet');
    assert.equal(meet?.negated, true);
    assert.equal(eventAt(a, text, 'visit')?.modality, 'planned');
    assert.equal(eventAt(a, text, 'conference')?.modality, 'planned');
  });

  it('reads the event from the noun, not from a light verb', () => {
    const text = 'The two countries held talks and agreed to hold joint naval exercises.';
    const a = analyze(text);
    assert.equal(eventAt(a, text, 'held'), undefined);
    assert.equal(eventAt(a, text, 'talks')?.type, 'meeting');
    assert.equal(eventAt(a, text, 'exercises')?.type, 'military');
  });

  it('leaves out speech, generic nouns, names and direct quotes', () => {
    const text = 'The ministry said cooperation was of mutual interest. The Collective Security Treaty Organization is an alliance. "We will sign the deal tomorrow," she said.';
    const a = analyze(text);
    assert.equal(eventAt(a, text, 'said'), undefined);
    assert.equal(eventAt(a, text, 'cooperation'), undefined);
    assert.equal(eventAt(a, text, 'Treaty'), undefined);
    assert.equal(eventAt(a, text, 'sign'), undefined);
  });

  it('needs a figure or a market word for market moves', () => {
    const text = 'Shares of Corvane rose 3 percent in early trading. Tensions rose in the capital.';
    const a = analyze(text);
    assert.equal(eventAt(a, text, 'rose')?.type, 'economic');
    assert.equal(eventAt(a, text, 'rose', 2), undefined);
  });

  it('tells firing a weapon from firing a person', () => {
    const text = 'Police fired tear gas at the crowd. The club fired its coach on Sunday.';
    const a = analyze(text);
    assert.equal(eventAt(a, text, 'fired')?.type, 'conflict');
    assert.equal(eventAt(a, text, 'fired', 2)?.type, 'personnel');
  });

  it('keeps every trigger text equal to its slice of the text', () => {
    const text = 'Kiprop, who returned from a state visit to Ethiopia on Monday, condemned the attack.\r\n\r\nStorm 🌀 Delia made landfall near Mobile.';
    const a = analyze(text);
    assert.ok(a.events.length >= 3);
    for (const e of a.events) assert.equal(e.trigger.text, text.slice(e.trigger.start, e.trigger.end));
    assert.equal(eventAt(a, text, 'state visit')?.trigger.text, 'state visit');
  });
});
