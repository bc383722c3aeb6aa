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

  it('finds job cuts and market moves stated without a figure', () => {
    const text = 'Nordhafen will lay off 1,200 workers. Brightwell laid off 600 staff last year and cut 300 jobs in May. The layoffs hit Bremen. Shares in Nordhafen tumbled and its bonds slumped. Tensions soared in the capital.';
    const a = analyze(text);
    assert.equal(eventAt(a, text, 'lay off')?.type, 'economic');
    assert.equal(eventAt(a, text, 'laid off')?.type, 'economic');
    assert.equal(eventAt(a, text, 'cut')?.type, 'economic');
    assert.equal(eventAt(a, text, 'layoffs')?.type, 'economic');
    assert.equal(eventAt(a, text, 'tumbled')?.type, 'economic');
    assert.equal(eventAt(a, text, 'slumped')?.type, 'economic');
    assert.equal(eventAt(a, text, 'soared'), undefined);
  });

  it('types court rulings and filings as legal, and leaves other senses out', () => {
    const text = 'The appeals court upheld the fine. The Supreme Court ruled that the law was void. A judge overturned the conviction. The family filed a lawsuit against the hospital. He was acquitted in May. The minister ruled out a recount. A bus overturned near Lahore. She appealed for calm.';
    const a = analyze(text);
    for (const w of ['upheld', 'ruled', 'overturned', 'acquitted']) assert.equal(eventAt(a, text, w)?.type, 'legal', w);
    assert.equal(eventAt(a, text, 'filed')?.type, 'legal');
    assert.equal(eventAt(a, text, 'lawsuit')?.trigger.text, 'filed a lawsuit');
    assert.equal(eventAt(a, text, 'ruled', 2), undefined);
    assert.equal(eventAt(a, text, 'overturned', 2), undefined);
    assert.equal(eventAt(a, text, 'appealed'), undefined);
  });

  it('types bans and tariffs by what is banned or imposed', () => {
    const text = 'India banned wheat exports in May. Washington imposed duties of 25% on steel. The government lifted the ban on public gatherings.';
    const a = analyze(text);
    assert.equal(eventAt(a, text, 'banned')?.type, 'economic');
    assert.equal(eventAt(a, text, 'imposed')?.type, 'economic');
    assert.equal(eventAt(a, text, 'lifted')?.type, 'legal');
  });

  it('finds travel, meeting nouns, disasters and personnel changes', () => {
    const text = 'Sato flew to Tokyo on Thursday and left for Seoul. Her plane landed in Canberra. Party leaders met at a two-day retreat. Talks with the rebels resumed. Aftershocks rattled the region after the quake. A landslide buried a village. Annika Brandt stepped down and Mei Lin Tan was named chief financial officer. Okafor took over as coach.';
    const a = analyze(text);
    assert.equal(eventAt(a, text, 'flew')?.type, 'travel');
    assert.equal(eventAt(a, text, 'left')?.type, 'travel');
    assert.equal(eventAt(a, text, 'landed')?.type, 'travel');
    assert.equal(eventAt(a, text, 'retreat')?.type, 'meeting');
    assert.equal(eventAt(a, text, 'Talks')?.type, 'meeting');
    assert.equal(eventAt(a, text, 'Aftershocks')?.type, 'disaster');
    assert.equal(eventAt(a, text, 'landslide')?.type, 'disaster');
    assert.equal(eventAt(a, text, 'stepped down')?.type, 'personnel');
    assert.equal(eventAt(a, text, 'named')?.type, 'personnel');
    assert.equal(eventAt(a, text, 'took over')?.type, 'personnel');
  });

  it('reads elections, health and aid by their objects', () => {
    const text = 'Wulandari won the election. Officials counted ballots through the night and declared her the winner. Health workers vaccinated 3 million children. The regulator approved a new drug. The WHO shipped 600,000 doses. Nurses went on strike over pay. The party won by a landslide. The bridge was named after a poet.';
    const a = analyze(text);
    assert.equal(eventAt(a, text, 'won')?.type, 'personnel');
    assert.equal(eventAt(a, text, 'counted')?.type, 'other');
    assert.equal(eventAt(a, text, 'declared')?.type, 'personnel');
    assert.equal(eventAt(a, text, 'vaccinated')?.type, 'other');
    assert.equal(eventAt(a, text, 'approved')?.type, 'other');
    assert.equal(eventAt(a, text, 'shipped')?.type, 'aid');
    assert.equal(eventAt(a, text, 'strike')?.type, 'protest');
    assert.equal(eventAt(a, text, 'landslide'), undefined);
    assert.equal(eventAt(a, text, 'named'), undefined);
  });

  it('leaves out generic nouns, speech and counts that are not markets', () => {
    const text = 'Officials said cooperation and policy were of mutual interest. The death toll rose to 112. The party gained 12 seats. The company declined to comment. He talks about policy every week.';
    const a = analyze(text);
    for (const w of ['said', 'cooperation', 'policy', 'interest', 'rose', 'gained', 'declined', 'talks']) assert.equal(eventAt(a, text, w), undefined, w);
  });

  it('keeps negation and plans on the new triggers', () => {
    const text = 'The company will not cut jobs this year. The court did not overturn the verdict. The minister is due to fly to Paris.';
    const a = analyze(text);
    const cut = eventAt(a, text, 'cut');
    assert.equal(cut?.type, 'economic');
    assert.equal(cut?.negated, true);
    assert.equal(eventAt(a, text, 'overturn')?.negated, true);
    assert.equal(eventAt(a, text, 'fly')?.modality, 'planned');
  });

  it('types a killing by a quake as a disaster, not a conflict', () => {
    const text = 'The quake killed at least 40 people. A drone strike killed two militants.';
    const a = analyze(text);
    assert.equal(eventAt(a, text, 'killed')?.type, 'disaster');
    assert.equal(eventAt(a, text, 'killed', 2)?.type, 'conflict');
    assert.equal(eventAt(a, text, 'strike')?.type, 'conflict');
  });
});
