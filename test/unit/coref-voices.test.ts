// The text's own voices: I, we and you outside the quotes, each one unnamed actor when it recurs.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { voicesOutsideQuotes } from '../../src/core/coref/voices';

describe('stage: coref.voices (I, we, you outside the quotes)', () => {
  it('makes one actor of the writer, one of their group and one of the reader, leaving quotes and one-off pronouns alone', () => {
    const text = 'I moved to the coast in May, and my neighbours keep asking me why. “I never would,” one said. '
      + 'We planted beans; our garden is small. You should try it.';
    const quoted = { open: text.indexOf('“'), close: text.indexOf('”') + 1 };
    const v = voicesOutsideQuotes(text, [{ ...quoted, start: quoted.open + 1, end: quoted.close - 1, single: false, closed: true, paragraphs: 1 }], []);
    assert.deepEqual(v.actors.map((a) => [a.id, a.name, a.mentions.length]), [['v1', 'the writer', 3], ['v2', 'we (the writer’s group)', 2]]);
    assert.deepEqual(v.refs.map((m) => [m.text, m.actor]), [['I', 'v1'], ['my', 'v1'], ['me', 'v1'], ['We', 'v2'], ['our', 'v2']]);
    assert.ok(v.refs.every((m) => text.slice(m.start, m.end) === m.text && m.type === 'pronoun'));
  });

  it('reads neither the US nor a Roman numeral nor a named mention as a voice', () => {
    const text = 'The US sent us a letter after World War I ended. Us? They wrote to us twice.';
    const v = voicesOutsideQuotes(text, [], [{ start: 4, end: 6, text: 'US', type: 'place', actor: 'a1' }]);
    assert.deepEqual(v.refs.map((m) => m.text), ['us', 'Us', 'us']);
  });

  it('adds the voices to a whole analysis as unnamed actors', () => {
    const text = 'Letter from Harwick\n\nI have lived in Harwick for ten years. My street floods every spring, and I am tired of waiting.';
    const a = analyze(text);
    const writer = a.actors.find((x) => x.name === 'the writer');
    assert.ok(writer?.unnamed);
    assert.deepEqual(a.mentions.filter((m) => m.actor === writer.id).map((m) => m.text), ['I', 'My', 'I']);
  });
});
