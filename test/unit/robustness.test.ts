// Bad and strange input: analyze() never throws, never hangs, and every span points into the text.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import type { Analysis, Span } from '../../src/core/types';

function checkSpans(text: string, a: Analysis): void {
  const within = (s: Span, what: string): void => {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets`);
    assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length, `${what}: [${s.start}, ${s.end}) inside 0..${text.length}`);
  };
  const ids = new Set(a.actors.map((x) => x.id));
  for (const m of a.mentions) {
    within(m, `mention ${m.text}`);
    assert.equal(text.slice(m.start, m.end), m.text);
    if (m.actor) assert.ok(ids.has(m.actor), `mention actor ${m.actor} exists`);
  }
  for (const x of a.actors) for (const m of x.mentions) within(m, `actor ${x.name}`);
  for (const c of a.claims) {
    within(c, `claim ${c.id}`);
    assert.equal(text.slice(c.start, c.end), c.text);
    if (c.cue) { within(c.cue, 'cue'); assert.equal(text.slice(c.cue.start, c.cue.end), c.cue.text); }
    if (c.speaker) assert.ok(ids.has(c.speaker));
  }
  for (const e of a.events) {
    within(e.trigger, `event ${e.id}`);
    assert.equal(text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
    for (const p of e.participants) assert.ok(ids.has(p));
  }
}

const ARTICLE_BITS = [
  'TEHRAN – ', 'Mohammad Bagheri', ', Chief of Staff of the Iranian Armed Forces, ', 'said', ' on Tuesday', '. ', '“', '”', '"', "'", '«', '»', '„',
  'according to ', 'Reuters', ' met ', 'his Russian counterpart, ', 'Valery Gerasimov', '\n\n', '\r\n', '\r', ' he said.', 'the company',
  '😀', '👩‍👩‍👧', 'é', 'e\u0301', 'مرحبا', '東京', '\u0000', '\u0007', '\ud800', '\udc00', '\ufeff', '\t', '—', '(AP)', 'U.S.', 'Mr.',
];

describe('robustness', function () {
  this.timeout(120_000);

  it('keeps every span inside the text for random article-like input (property)', () => {
    const piece = fc.oneof(fc.constantFrom(...ARTICLE_BITS), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 }));
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
      const text = parts.join('');
      checkSpans(text, analyze(text));
    }), { numRuns: 300 });
  });

  it('copes with empty, blank and odd-line-ending input', () => {
    for (const text of ['', ' ', '\n\n\n', '\r\n\r\n', '\t \u00a0', 'A.', '“', '”', '"', 'said', '\r\rPARIS – He said so.\r\rShe agreed.\r']) {
      checkSpans(text, analyze(text));
    }
  });

  it('copes with emoji, ZWJ sequences, combining marks, right-to-left and CJK text', () => {
    const text = 'TOKYO – Prime Minister Kenji Morikawa 👩‍👩‍👧 said “we are ready 🚀” on Monday. Ame\u0301lie Poulain said so. ' +
      'قال الوزير خالد بن حمد آل منصور إن المحادثات مستمرة. 東京都の小池百合子知事は述べた。';
    checkSpans(text, analyze(text));
  });

  it('copes with NUL, control characters and lone surrogates', () => {
    const text = 'LONDON\u0000 – John\u0007 Smith said \ud800 “yes\udc00” on Monday.\u0001\n\nHe \u0000met Jane Doe.';
    checkSpans(text, analyze(text));
  });

  it('bounds an unclosed quote running over hundreds of paragraphs', () => {
    const text = '“This quote never closes. ' + Array.from({ length: 400 }, (_, i) => `Paragraph ${i} says the minister met officials in Paris.`).join('\n\n');
    const a = analyze(text);
    checkSpans(text, a);
    for (const c of a.claims) assert.ok(c.end - c.start < 20_000, 'no claim swallows the document');
  });

  it('handles tens of thousands of quote marks', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => (i % 3 ? '"' : '“a” ')).join(' ') + ' Smith said.';
    checkSpans(text, analyze(text));
  });

  it('handles a 1 MB line with no punctuation', () => {
    const words = ['minister', 'Paris', 'talks', 'the', 'Smith', 'met', 'army', 'report'];
    let text = '';
    for (let i = 0; text.length < 1_000_000; i++) text += words[(i * 7 + (i >> 3)) % words.length] + ' ';
    checkSpans(text, analyze(text));
  });

  it('handles 200 KB of title words', () => {
    const text = 'Minister President General Secretary Chief Director '.repeat(4000);
    checkSpans(text, analyze(text));
  });
});
