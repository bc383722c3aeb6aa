import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { counterpartRole, roleCore, roleCountry, roleWords } from '../../src/core/roles/roles';

const roleOf = (text: string, name: string) => {
  const a = analyze(text);
  const id = a.mentions.find((m) => m.text === name)?.actor;
  return a.actors.find((x) => x.id === id);
};

describe('roles', () => {
  it('reads pre-titles, appositions and possessives', () => {
    const russian = roleOf('Russian Defense Minister Sergei Shoigu arrived.', 'Sergei Shoigu')!;
    assert.equal(russian.role, 'Russian Defense Minister');
    assert.equal(russian.country, 'Russia');
    assert.match(russian.evidence ?? '', /^pre-title: “Russian Defense Minister Sergei Shoigu arrived\.”/);
    const b = roleOf('Mohammad Bagheri, Chief of Staff of the Iranian Armed Forces, arrived.', 'Mohammad Bagheri')!;
    assert.equal(b.role, 'Chief of Staff of the Iranian Armed Forces');
    assert.equal(b.country, 'Iran');
    assert.equal(roleOf('Germany\'s finance minister, Tobias Brenner, welcomed it.', 'Tobias Brenner')!.role, 'Germany\'s finance minister');
    assert.equal(roleOf('"We saw it," said Wanjiru Kamau, a lawyer with the Law Society of Kenya who was there.', 'Wanjiru Kamau')!.role, 'lawyer with the Law Society of Kenya');
    assert.equal(roleOf('Corvane chief executive Priya Natarajan spoke.', 'Priya Natarajan')!.role, 'Corvane chief executive');
    assert.equal(roleOf('Emomali Sobirzoda, Chief of Staff of the Armed Forces of Tajikistan, said so.', 'Emomali Sobirzoda')!.country, 'Tajikistan');
    assert.equal(roleOf('Bangladesh lost opener Tanvir Rahman early.', 'Tanvir Rahman')!.role, 'opener');
  });

  it('gives a counterpart the other side\'s title with its own country', () => {
    const text = 'Mohammad Bagheri, Chief of Staff of the Iranian Armed Forces, arrived. The Iranian general also met his Russian counterpart, Valery Gerasimov, on Monday.';
    const g = roleOf(text, 'Valery Gerasimov')!;
    assert.equal(g.role, 'Russian Chief of Staff');
    assert.equal(g.country, 'Russia');
    assert.match(g.evidence ?? '', /^counterpart:/);
  });

  it('has helpers that normalize roles', () => {
    assert.equal(roleCore('Chief of Staff of the Iranian Armed Forces'), 'Chief of Staff');
    assert.equal(roleCountry('Chief of Staff of the Armed Forces of Tajikistan')?.name, 'Tajikistan');
    assert.deepEqual([...roleWords('the Russian Minister of Defence')].sort(), ['defense', 'minister']);
    assert.equal(counterpartRole('Russian Defense Minister', { code: 'IND', name: 'India' }), 'Indian Defense Minister');
  });
});
