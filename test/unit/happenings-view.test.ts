// Happenings as the editor shows them: grouping and order, headlines, dates, short names, snippets and
// the happening's hover card (escaped, untrusted Markdown).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { actorCard, happeningCard } from '../../src/core/cards';
import { toText } from '../../src/core/format';
import {
  formatDate, happeningLabel, happeningOfEvent, happeningsOf, happeningTitle, lineFinder, mentionSnippet, shortName, type Happening,
} from '../../src/core/happenings';
import { indexAnalysis } from '../../src/core/query';
import type { Actor, Analysis, EventType, NewsEvent } from '../../src/core/types';

const TEXT = 'Mohammad Bagheri and Sergei Shoigu held a meeting in Moscow on Tuesday.\nThe talks went well.\n'
  + 'Bagheri visited Russia in 2020.\nA protest was planned.';

function actor(id: string, name: string, type: Actor['type'], aliases: string[] = []): Actor {
  const at = TEXT.indexOf(name);
  return { id, name, type, aliases, mentions: at >= 0 ? [{ start: at, end: at + name.length }] : [] };
}

function ev(id: string, word: string, type: EventType, happening: string, extra: Partial<NewsEvent> = {}): NewsEvent {
  const at = TEXT.indexOf(word);
  return { id, type, trigger: { start: at, end: at + word.length, text: word }, participants: [], modality: 'asserted', happening, ...extra };
}

function analysis(events: NewsEvent[]): Analysis {
  const actors = [actor('a1', 'Sergei Shoigu', 'person'), actor('a2', 'Mohammad Bagheri', 'person', ['Bagheri']), actor('a3', 'Moscow', 'place'),
    actor('a4', 'Russian Federation', 'place', ['Russia', 'the region'])];
  const mentions = actors.flatMap((a) => a.mentions.map((m) => ({ ...m, text: TEXT.slice(m.start, m.end), type: a.type, actor: a.id })));
  return { schema: 'byline.annotations/1', mentions, actors, events, claims: [] };
}

const firstSentence = { start: 0, end: TEXT.indexOf('\n') };
const MEETING = { participants: ['a1', 'a2'], place: 'a3', date: '2021-10-19', sentence: firstSentence };

describe('happenings for the editor', () => {
  it('groups mentions by happening, dated ones by date, undated last, ties by first mention', () => {
    const events = [
      ev('e1', 'meeting', 'meeting', 'h1', MEETING),
      ev('e2', 'talks', 'meeting', 'h1', MEETING),
      ev('e3', 'visited', 'travel', 'h2', { participants: ['a2'], place: 'a4', date: '2020' }),
      ev('e4', 'protest', 'protest', 'h3', { modality: 'planned' }),
    ];
    const hs = happeningsOf(events);
    assert.deepEqual(hs.map((h) => h.id), ['h2', 'h1', 'h3']);
    assert.deepEqual(hs[1].mentions.map((m) => m.id), ['e1', 'e2']);
    assert.equal(happeningOfEvent(events, events[1]).id, 'h1');
    // an event without a happening stands alone
    const lone = ev('e9', 'talks', 'meeting', '');
    delete lone.happening;
    assert.deepEqual(happeningsOf([lone]).map((h) => [h.id, h.mentions.length]), [['e9', 1]]);
  });

  it('says who did what, where and when in one line, names in the order the text gives them', () => {
    const a = analysis([ev('e1', 'meeting', 'meeting', 'h1', MEETING), ev('e2', 'talks', 'meeting', 'h1', MEETING)]);
    const index = indexAnalysis(a);
    const [h] = happeningsOf(a.events);
    assert.equal(happeningLabel(index, h), 'Bagheri met Shoigu · Moscow · 19 Oct 2021');
  });

  it('words planned, negated and unnamed happenings as such', () => {
    const a = analysis([]);
    const index = indexAnalysis(a);
    const h = (over: Partial<Happening>): Happening => ({
      id: 'h', type: 'meeting', mentions: [ev('e1', 'meeting', 'meeting', 'h', { sentence: firstSentence })], participants: ['a2', 'a1'], negated: false, modality: 'asserted', ...over,
    });
    assert.equal(happeningTitle(index, h({ modality: 'planned' })), 'Bagheri to meet Shoigu');
    assert.equal(happeningTitle(index, h({ negated: true })), 'Bagheri did not meet Shoigu');
    assert.equal(happeningTitle(index, h({ participants: [] })), 'Meeting');
    assert.equal(happeningTitle(index, h({ type: 'travel', participants: ['a2'] })), 'Bagheri traveled');
    assert.equal(happeningTitle(index, h({ type: 'military', participants: ['a4'] })), 'Russia: meeting');
    assert.equal(happeningTitle(index, h({ participants: ['a2'] })), 'Bagheri: meeting', 'one side of a meeting met no one');
    const rose = ev('e5', 'protest', 'economic', 'h5');
    assert.equal(happeningTitle(index, h({ type: 'economic', participants: [], mentions: [rose] })), 'Economic: protest');
    assert.equal(happeningTitle(index, h({ type: 'other', participants: [], mentions: [rose] })), 'Protest');
  });

  it('formats ISO dates of every precision and leaves anything else alone', () => {
    assert.equal(formatDate('2021-10-19'), '19 Oct 2021');
    assert.equal(formatDate('2020-10'), 'Oct 2020');
    assert.equal(formatDate('2020'), '2020');
    assert.equal(formatDate('2020-13'), '2020-13');
    assert.equal(formatDate('next week'), 'next week');
  });

  it('names people by surname and other actors by their shortest proper name', () => {
    assert.equal(shortName(actor('x', 'Mohammad Bagheri', 'person')), 'Bagheri');
    assert.equal(shortName(actor('x', 'Carmen de la Vega', 'person')), 'de la Vega');
    assert.equal(shortName(actor('x', 'Martin Luther King Jr.', 'person')), 'King');
    assert.equal(shortName(actor('x', 'Raisi', 'person')), 'Raisi');
    assert.equal(shortName(actor('x', 'Xi Jinping', 'person', ['Xi', 'President Xi'])), 'Xi');
    assert.equal(shortName(actor('x', 'Russian Federation', 'place', ['Russia', 'the region'])), 'Russia');
    assert.equal(shortName(actor('x', 'Collective Security Treaty Organization', 'organization', ['CSTO'])), 'CSTO');
  });

  it('cuts a mention snippet to one line around its trigger', () => {
    const long = `${'word '.repeat(40)}the summit happened ${'more '.repeat(40)}`;
    const at = long.indexOf('summit');
    const e: NewsEvent = { id: 'e', type: 'meeting', trigger: { start: at, end: at + 6, text: 'summit' }, participants: [], sentence: { start: 0, end: long.length } };
    const s = mentionSnippet(long, e, 60);
    assert.ok(s.length <= 60, s);
    assert.ok(s.includes('summit'), s);
    assert.ok(s.startsWith('…') && s.endsWith('…'), s);
    assert.equal(mentionSnippet('Short\nsentence here.', { ...e, trigger: { start: 6, end: 14, text: 'sentence' }, sentence: { start: 0, end: 20 } }), 'Short sentence here.');
  });

  it('finds line numbers', () => {
    const lineOf = lineFinder('a\nb\n\nc');
    assert.deepEqual([0, 1, 2, 3, 4, 5].map(lineOf), [1, 1, 2, 2, 3, 4]);
  });

  it('gives a card with who, where, when, how sure and the other mentions with their lines', () => {
    const a = analysis([ev('e1', 'meeting', 'meeting', 'h1', MEETING), ev('e2', 'talks', 'meeting', 'h1', MEETING)]);
    const index = indexAnalysis(a);
    const [h] = happeningsOf(a.events);
    const card = happeningCard(index, h, TEXT, a.events[1]);
    assert.match(card, /Who: Mohammad Bagheri, Sergei Shoigu/);
    assert.match(card, /Where: Moscow/);
    assert.match(card, /When: 19 Oct 2021/);
    assert.match(card, /How sure: reported as having happened · told 2 times/);
    assert.match(card, /2 of 2/);
    assert.match(card, /Other mentions \(1\):\n\n- line 1: .*\*\*meeting\*\*/);
    assert.doesNotMatch(card, /line 2:/, 'the mention hovered is not among the others');
  });

  it('lists an actor’s happenings once each in the actor card, not each mention', () => {
    const a = analysis([ev('e1', 'meeting', 'meeting', 'h1', MEETING), ev('e2', 'talks', 'meeting', 'h1', MEETING)]);
    const index = indexAnalysis(a);
    const card = actorCard(index, index.actor('a2')!);
    assert.match(card, /Events \(1\):\n\n- Bagheri met Shoigu · Moscow · 19 Oct 2021$/);
  });

  it('lists happenings in the text summary, with their mentions', () => {
    const a = analysis([ev('e1', 'meeting', 'meeting', 'h1', MEETING), ev('e2', 'talks', 'meeting', 'h1', MEETING)]);
    const text = toText(a);
    assert.match(text, /^Events \(1 happening, 2 mentions\)\n {2}Bagheri met Shoigu · Moscow · 19 Oct 2021 — meeting: “meeting”, “talks”$/m);
  });

  it('keeps hostile article text inert in the card', () => {
    const hostile = 'Evil [x](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> summit';
    const at = hostile.indexOf('summit');
    const a: Analysis = {
      schema: 'byline.annotations/1', mentions: [], actors: [], claims: [],
      events: ['e1', 'e2'].map((id) => ({ id, type: 'meeting', trigger: { start: at, end: at + 6, text: 'summit' }, participants: [], happening: 'h1', sentence: { start: 0, end: hostile.length } })),
    };
    const card = happeningCard(indexAnalysis(a), happeningsOf(a.events)[0], hostile, a.events[0]);
    assert.ok(!card.includes('command:'), card);
    assert.ok(!card.includes('<img'), card);
    assert.ok(!/\]\(/.test(card), card);
  });

  it('shows the seed’s Moscow meeting as one happening of Bagheri and Shoigu on its date', () => {
    const text = readFileSync(path.join(__dirname, '..', '..', 'seeds', 'seed-article.txt'), 'utf8');
    const a = analyze(text, { date: '2021-10-19' });
    const index = indexAnalysis(a);
    const labels = happeningsOf(a.events).map((h) => happeningLabel(index, h));
    assert.ok(labels.includes('Bagheri met Shoigu · Moscow · 19 Oct 2021'), labels.join('\n'));
  });

  it('never throws and keeps snippets on one line for random article-like text (property)', () => {
    const bits = ['Mohammad Bagheri', ' met ', 'Sergei Shoigu', ' in Moscow', ' on Tuesday', '. ', 'During the meeting, ', 'talks', ' will visit ',
      'Russia', '\n\n', '\r\n', '[x](command:evil)', '<img src=x>', '😀', '\u0000', 'did not meet ', 'the agreement was signed', ' in 2019'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...bits), { maxLength: 40 }), fc.option(fc.constantFrom('2021-10-19', '2020-02-29')), (parts, date) => {
      const text = parts.join('');
      const a = analyze(text, date ? { date } : {});
      const index = indexAnalysis(a);
      for (const h of happeningsOf(a.events)) {
        assert.ok(!/[\r\n]/.test(happeningLabel(index, h)));
        for (const m of h.mentions) {
          const snippet = mentionSnippet(text, m, 60);
          assert.ok(snippet.length <= 60 && !/[\r\n]/.test(snippet), snippet);
          assert.ok(!happeningCard(index, h, text, m).includes('command:'));
        }
      }
    }), { numRuns: 40 });
  });
});
