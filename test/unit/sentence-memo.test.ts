// Per-sentence results kept with their tagged pieces (text/sentence-memo.ts): two works that read the same
// things share one run's Signatures, so each sentence's signature is written once, and both keep their results.
import * as assert from 'node:assert/strict';
import { tagDocument } from '../../src/core/text/document';
import { bySentence, Signatures, type SentenceWork } from '../../src/core/text/sentence-memo';
import { PieceCache, type PlacedPiece } from '../../src/core/text/tagger';

const TEXT = [
  'The harbour board of Quillmore met on a grey morning.',
  'Its chair, Odile Framboise, promised new cranes by spring.',
  '',
  'Dockworkers cheered when the plan was read aloud.',
  'A second vote is planned for the autumn.',
].join('\n');

describe('sentence memo: signatures shared by two works', () => {
  it('writes each sentence’s signature once per run for two works, and reuses both works’ results on an unchanged run', () => {
    const cache = new PieceCache();
    let calls = 0;
    const computed = { a: 0, b: 0 };
    const run = (text: string): void => {
      const { context, pieces } = tagDocument(text, {}, cache);
      const shared = new Signatures(pieces, (s, base, _first, out) => { calls++; out.push(context.sentences[s].start - base); });
      const work = (key: 'a' | 'b'): SentenceWork<number> => ({
        key, global: '', reach: 0, tokenReach: 0, signature: shared,
        compute: (s) => { computed[key]++; return [s]; },
        move: (x) => x,
      });
      const a = bySentence(context, pieces, work('a'));
      const b = bySentence(context, pieces, work('b'));
      assert.deepEqual(a, b);
      assert.equal(a.length, context.sentences.length);
      assert.ok(pieces.every((p: PlacedPiece) => p.sentences > 0));
    };
    run(TEXT);
    const sentences = tagDocument(TEXT).context.sentences.length;
    assert.equal(calls, sentences, 'one signature per sentence for both works');
    assert.deepEqual(computed, { a: sentences, b: sentences });
    run(TEXT);
    assert.equal(calls, 2 * sentences);
    assert.deepEqual(computed, { a: sentences, b: sentences }, 'nothing computed again when nothing changed');
  });
});
