// "I" inside a quote is its speaker: the coref.quoted stage over hand-made claims, and the whole pipeline.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { quotedFirstPerson } from '../../src/core/coref/quoted';
import type { Claim } from '../../src/core/types';

describe('stage: coref.quoted (I, me, my inside a quote = its speaker)', () => {
  it('links the first-person pronouns of an attributed quote to its speaker, and nothing outside it or in an unattributed one', () => {
    const text = '“I told my staff to wait for me,” Reyes said. I doubt it. “My word is final,” someone shouted.';
    const first = text.indexOf('I told');
    const claims: Claim[] = [
      { id: 'c1', kind: 'quote', speaker: 'a2', start: first, end: text.indexOf('”'), text: text.slice(first, text.indexOf('”')) },
      { id: 'c2', kind: 'quote', speaker: null, start: text.indexOf('My word'), end: text.lastIndexOf('”'), text: 'My word is final' },
    ];
    const refs = quotedFirstPerson(text, claims, []);
    assert.deepEqual(refs.map((m) => [m.text, m.actor]), [['I', 'a2'], ['my', 'a2'], ['me', 'a2']]);
    assert.ok(refs.every((m) => text.slice(m.start, m.end) === m.text && m.type === 'pronoun'));
  });

  it('keeps a name already there, and reads no Roman numeral as a pronoun', () => {
    const text = '“After World War I Marta Quell and I left,” Reyes said.';
    const end = text.indexOf('”');
    const claims: Claim[] = [{ id: 'c1', kind: 'quote', speaker: 'a1', start: 1, end, text: text.slice(1, end) }];
    const refs = quotedFirstPerson(text, claims, [{ start: text.indexOf('Marta'), end: text.indexOf('Marta') + 11, text: 'Marta Quell', type: 'person', actor: 'a3' }]);
    assert.deepEqual(refs.map((m) => m.start), [text.indexOf('and I') + 4]);
  });

  it('gives the speaker the "I" of the quote in a whole analysis', () => {
    const text = 'Dana Reyes, the mayor of Tarvik, spoke on Monday.\n\n“I will not resign,” Reyes said.';
    const a = analyze(text);
    const claim = a.claims.find((c) => c.kind === 'quote');
    assert.ok(claim?.speaker, 'the quote has a speaker');
    const i = a.mentions.find((m) => m.start === text.indexOf('I will'));
    assert.equal(i?.actor, claim.speaker);
    assert.equal(i?.type, 'pronoun');
  });
});
