// Everyday real-news events (fires, crimes, traffic, quakes, headlines) and what links their mentions
// and dates them. Hand-built sentences, none from any data set.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import type { Analysis, NewsEvent } from '../../src/core/types';

function eventAt(a: Analysis, text: string, word: string, nth = 1): NewsEvent | undefined {
  let i = -1;
  for (let k = 0; k < nth; k++) i = text.indexOf(word, i + 1);
  assert.ok(i >= 0, `not in text: ${word}`);
  return a.events.find((e) => e.trigger.start <= i && i < e.trigger.end);
}

describe('events of everyday news', () => {
  it('finds a fire as a disaster and gunfire as conflict, but not a politician under fire', () => {
    const text = 'A fire destroyed a warehouse in Leeds on Friday. Soldiers came under sniper fire near the border. Under fire from critics, the mayor kept quiet.';
    const a = analyze(text);
    assert.equal(eventAt(a, text, 'fire')?.type, 'disaster');
    assert.ok(eventAt(a, text, 'destroyed'));
    assert.equal(eventAt(a, text, 'fire', 2)?.type, 'conflict');
    assert.equal(eventAt(a, text, 'fire', 3), undefined);
  });

  it('reads a title-case headline: its verbs are triggers, not parts of a name', () => {
    const text = 'Driver Charged After Crash Kills Cyclist\nA driver was charged on Tuesday after a crash that killed a cyclist.';
    const a = analyze(text);
    assert.equal(eventAt(a, text, 'Charged')?.type, 'legal');
    assert.ok(eventAt(a, text, 'Crash'));
  });

  it('finds a passive of an irregular verb and a fall from a height, not a record hit or a temperature fall', () => {
    const text = 'A woman was hit by a van in Dorchester on Monday. A climber fell 300 metres from a ridge. Sales hit a record high. The temperature fell overnight.';
    const a = analyze(text);
    assert.ok(eventAt(a, text, 'hit'));
    assert.equal(eventAt(a, text, 'fell')?.type, 'disaster');
    assert.equal(eventAt(a, text, 'hit', 2), undefined);
    assert.equal(eventAt(a, text, 'fell', 2), undefined);
  });

  it('tells a death and a quake by their words around them', () => {
    const text = 'One man is dead after the crash. A strong earthquake rattled the coast on Sunday. The report rattled investors. The dead were named by police.';
    const a = analyze(text);
    assert.ok(eventAt(a, text, 'dead'));
    assert.equal(eventAt(a, text, 'rattled')?.type, 'disaster');
    assert.equal(eventAt(a, text, 'rattled', 2), undefined);
    assert.equal(eventAt(a, text, 'dead', 2), undefined);
  });

  it('keeps a party that is a gathering and drops a political party', () => {
    const text = 'Two guests were hurt at the office Christmas party. The party won four seats.';
    const a = analyze(text);
    assert.equal(eventAt(a, text, 'party')?.type, 'other');
    assert.equal(eventAt(a, text, 'party', 2), undefined);
  });

  it('finds a job lost and a man tried, not jobs cut nor an attempt to flee', () => {
    const text = 'Tom Hale lost his job in May. The firm will cut 300 jobs. He was tried for theft. He tried to flee.';
    const a = analyze(text);
    assert.equal(eventAt(a, text, 'job')?.type, 'personnel');
    assert.notEqual(eventAt(a, text, 'jobs')?.type, 'personnel');
    assert.equal(eventAt(a, text, 'tried')?.type, 'legal');
    assert.equal(eventAt(a, text, 'tried', 2), undefined);
  });
});

describe('happenings of everyday news', () => {
  it('links kindred words of one happening (shot, the shooting) and keeps neighbours of one sentence apart', () => {
    const text = 'A gunman shot two people at a bakery in Leeds on Monday. Police said the shooting lasted a minute. Officers arrested Tom Hale on suspicion of drunk driving.';
    const a = analyze(text, { date: '2024-05-08' });
    const shot = eventAt(a, text, 'shot');
    const shooting = eventAt(a, text, 'shooting');
    assert.ok(shot && shooting);
    assert.equal(shooting.happening, shot.happening);
    const arrested = eventAt(a, text, 'arrested');
    const driving = eventAt(a, text, 'drunk');
    assert.ok(arrested && driving);
    assert.notEqual(arrested.happening, driving.happening);
  });

  it('dates a happening by the happening its relative date names ("the day after the summit")', () => {
    const text = 'The leaders held a summit in Oslo on 12 March 2021. The treaty was signed the day after the summit.';
    const a = analyze(text);
    assert.equal(eventAt(a, text, 'summit')?.date, '2021-03-12');
    assert.equal(eventAt(a, text, 'signed')?.date, '2021-03-13');
  });

  it('leaves a happening undated when neither its clause nor a relative date gives one', () => {
    const text = 'The leaders held a summit in Oslo on 12 March 2021. Months later the treaty was signed in Bergen.';
    const a = analyze(text);
    assert.equal(eventAt(a, text, 'signed')?.date, undefined);
  });
});
