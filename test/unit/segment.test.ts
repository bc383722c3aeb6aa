import * as assert from 'node:assert/strict';
import { paragraphs, sentences } from '../../src/core/text/segment';

describe('segment', () => {
  it('splits paragraphs on blank lines, with CRLF and CR line ends', () => {
    for (const nl of ['\n', '\r\n', '\r']) {
      const text = `First one.${nl}${nl}Second one.${nl}${nl}${nl}Third.`;
      const ps = paragraphs(text).map((p) => text.slice(p.start, p.end));
      assert.deepEqual(ps, ['First one.', 'Second one.', 'Third.']);
    }
  });

  it('keeps hard-wrapped lines together but splits one-paragraph-per-line text', () => {
    const wrapped = 'The minister said on Tuesday\nthat talks would go on.';
    assert.equal(paragraphs(wrapped).length, 1);
    const long = 'A'.repeat(120) + ' end.\n' + 'B'.repeat(120) + ' end.';
    assert.equal(paragraphs(long).length, 2);
  });

  it('does not end sentences after abbreviations and initials', () => {
    const text = 'Mr. Raisi met Gen. Bagheri in the U.S. capital. J. Smith said so. “It ended.” Then more.';
    const ss = sentences(text, paragraphs(text)).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(ss, ['Mr. Raisi met Gen. Bagheri in the U.S. capital.', 'J. Smith said so.', '“It ended.”', 'Then more.']);
  });

  it('cuts a huge run-on line into bounded pieces inside the text', () => {
    const text = 'word '.repeat(5000);
    const ss = sentences(text, paragraphs(text));
    assert.ok(ss.length > 1);
    for (const s of ss) assert.ok(s.end - s.start <= 4000 && s.start >= 0 && s.end <= text.length);
  });
});
