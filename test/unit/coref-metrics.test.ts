// The coreference metrics of eval:real on the worked example of Pradhan et al. (2014), figures by hand.
import * as assert from 'node:assert/strict';

// the scorer is a plain ES module of scripts/, loaded the way a CommonJS test can load one
type Metrics = typeof import('../../scripts/eval-real/coref-metrics.mjs', { with: { 'resolution-mode': 'import' } });
let bcubed: Metrics['bcubed'], ceafe: Metrics['ceafe'], conll2012: Metrics['conll2012'];
let maxAssignment: Metrics['maxAssignment'], muc: Metrics['muc'];

const near = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

describe('coreference metrics (eval:real)', () => {
  before(async () => {
    ({ bcubed, ceafe, conll2012, maxAssignment, muc } = await import('../../scripts/eval-real/coref-metrics.mjs'));
  });
  // key {a b c} {d e f g}; response {a b} {c d} {f g h i}: h and i are not in the key, e is not in the response
  const key = [['a', 'b', 'c'], ['d', 'e', 'f', 'g']];
  const response = [['a', 'b'], ['c', 'd'], ['f', 'g', 'h', 'i']];

  it('MUC counts the links kept: 2 of 5 either way', () => {
    const m = muc(key, response);
    near(m.r, 2 / 5);
    near(m.p, 2 / 5);
    near(m.f, 0.4);
  });

  it('B-cubed averages over mentions: R 35/84, P 1/2', () => {
    const b = bcubed(key, response);
    near(b.r, (5 / 3 + 5 / 4) / 7);
    near(b.p, 4 / 8);
    near(b.f, (2 * b.p * b.r) / (b.p + b.r));
  });

  it('CEAF-e aligns {a b c}→{a b} and {d e f g}→{f g h i}: phi 1.3', () => {
    const c = ceafe(key, response);
    near(c.r, 1.3 / 2);
    near(c.p, 1.3 / 3);
  });

  it('the CoNLL-2012 score is the mean of the three F1', () => {
    const s = conll2012(key, response);
    near(s.f, (s.muc.f + s.bcubed.f + s.ceafe.f) / 3);
    near(conll2012(key, key).f, 1);
  });

  it('a response of singletons has no MUC links and full B-cubed precision', () => {
    const singles = key.flat().map((x) => [x]);
    near(muc(key, singles).f, 0);
    near(bcubed(key, singles).p, 1);
  });

  it('the assignment solver finds the best pairing, not the greedy one', () => {
    // greedy takes 9 (row 0 → col 0) and is left with 1; the best is 8 + 8
    near(maxAssignment([[9, 8], [8, 1]]), 16);
    near(maxAssignment([[1, 2, 3]]), 3);
    near(maxAssignment([[1], [5], [2]]), 5);
  });
});
