import * as assert from 'node:assert/strict';
import { actorCard, claimCard, escapeMarkdown } from '../../src/core/cards';
import { indexAnalysis } from '../../src/core/query';
import type { Analysis } from '../../src/core/types';

const hostile = 'Evil [click](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> **bold** `code` https://example.com';

function analysisWith(name: string): Analysis {
  return {
    schema: 'byline.annotations/1',
    mentions: [{ start: 0, end: name.length, text: name, type: 'person', actor: 'a1' }],
    actors: [{ id: 'a1', name, type: 'person', role: name, aliases: [name], mentions: [{ start: 0, end: name.length }], evidence: `apposition: ${name}` }],
    events: [],
    claims: [{ id: 'c1', kind: 'quote', start: 0, end: name.length, text: name, speaker: 'a1' }],
  };
}

describe('hover cards', () => {
  it('escape every Markdown and HTML construct coming from the article', () => {
    const md = escapeMarkdown(hostile);
    assert.ok(!/\]\(command/.test(md), 'a link target survived');
    assert.ok(!md.includes('<img'), 'raw HTML survived');
    assert.ok(!md.includes('command:'), 'a command URI survived');
    assert.ok(!md.includes('https://'), 'an autolink survived');
    assert.ok(!/(^|[^\\])\*\*/.test(md), 'bold markers survived');
  });

  it('keep hostile names, roles, aliases and claims inert in actor and claim cards', () => {
    const index = indexAnalysis(analysisWith(hostile));
    for (const card of [actorCard(index, index.analysis.actors[0]), claimCard(index, index.analysis.claims[0])]) {
      assert.ok(!card.includes('command:'));
      assert.ok(!card.includes('<img'));
      assert.ok(!/\]\(/.test(card));
    }
  });

  it('show role, kind, mention count and claims of an actor', () => {
    const text = 'Sergei Shoigu';
    const a: Analysis = {
      schema: 'byline.annotations/1',
      mentions: [{ start: 0, end: 13, text, type: 'person', actor: 'a1' }],
      actors: [{ id: 'a1', name: text, type: 'person', role: 'Russian Defense Minister', country: 'Russia', aliases: ['Shoigu'], mentions: [{ start: 0, end: 13 }] }],
      events: [],
      claims: [{ id: 'c1', kind: 'reported', start: 0, end: 13, text: 'talks will continue', speaker: 'a1' }],
    };
    const card = actorCard(indexAnalysis(a), a.actors[0]);
    assert.match(card, /Sergei Shoigu\*\* — Russian Defense Minister/);
    assert.match(card, /Person · Russia · 1 mention/);
    assert.match(card, /Aliases: Shoigu/);
    assert.match(card, /talks will continue/);
  });
});

describe('analysis index', () => {
  it('finds the innermost mention at an offset, including right after a word', () => {
    const a = analysisWith('Mohammad Bagheri');
    a.mentions.push({ start: 9, end: 16, text: 'Bagheri', type: 'person', actor: 'a1' });
    a.mentions.sort((x, y) => x.start - y.start);
    const index = indexAnalysis(a);
    assert.equal(index.mentionAt(3)?.end, 16);
    assert.equal(index.mentionAt(10)?.start, 9);
    assert.equal(index.mentionAt(16)?.start, 9);
    assert.equal(index.mentionAt(40), undefined);
    assert.equal(index.mentionsOf('a1').length, 2);
  });
});
