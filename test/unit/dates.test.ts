import * as assert from 'node:assert/strict';
import { articleDate, findDates } from '../../src/core/dates/dates';
import { buildContext } from '../../src/core/text/document';

const dates = (text: string, date?: string): Array<[string, string | undefined]> =>
  findDates(buildContext(text), date).map((m) => {
    assert.equal(text.slice(m.start, m.end), m.text);
    return [m.text, m.value];
  });

describe('dates', () => {
  it('normalizes against the article date, never the clock', () => {
    // 2021-10-19 is a Tuesday
    const d = dates('They met on Tuesday and on Monday. Russia will hold a conference on Wednesday October 20. It ended in October 2020 and will end on 23 October.', '2021-10-19');
    assert.deepEqual(d, [
      ['Tuesday', '2021-10-19'], ['Monday', '2021-10-18'], ['Wednesday October 20', '2021-10-20'], ['October 2020', '2020-10'], ['23 October', '2021-10-23'],
    ]);
  });

  it('sends a bare weekday forward when the sentence speaks of the future', () => {
    assert.deepEqual(dates('Organizers will march on Thursday.', '2021-10-19'), [['Thursday', '2021-10-21']]);
    assert.deepEqual(dates('Protesters marched on Thursday.', '2021-10-19'), [['Thursday', '2021-10-14']]);
  });

  it('finds relative and partial expressions', () => {
    const d = dates('The deal closes by the end of September. The FTC has challenged deals in the past two years. Lawmakers vote next week; prices rose last month and yesterday. In 2019 it listed.', '2024-06-03');
    const texts = d.map(([t]) => t);
    for (const t of ['the end of September', 'the past two years', 'next week', 'last month', 'yesterday', '2019']) assert.ok(texts.includes(t), `${t} in ${texts}`);
    assert.equal(d.find(([t]) => t === 'yesterday')?.[1], '2024-06-02');
    assert.equal(d.find(([t]) => t === 'last month')?.[1], '2024-05');
  });

  it('reads the article date from a complete dateline only', () => {
    assert.equal(articleDate(buildContext('LONDON 1996-08-30\n\nShares fell on Friday .')), '1996-08-30');
    assert.equal(articleDate(buildContext('SAN FRANCISCO, June 2 — A deal.')), undefined);
    assert.equal(articleDate(buildContext('SAN FRANCISCO, June 2, 2024 — A deal.')), '2024-06-02');
    assert.deepEqual(dates('LONDON 1996-08-30\n\nShares fell on Friday .', '1996-08-30').map(([, v]) => v), ['1996-08-30', '1996-08-30']);
  });
});
