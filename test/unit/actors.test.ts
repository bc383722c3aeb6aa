import * as assert from 'node:assert/strict';
import { sameSurname, initialsOf, spellingKey } from '../../src/core/actors/actors';
import { analyze } from '../../src/core/analyze';
import { wordWith, wordsWith } from '../../src/core/actors/cluster';
import { buildContext } from '../../src/core/text/document';
import { buildWords } from '../../src/core/entities/words';

describe('actors', () => {
  it('matches transliterated surnames conservatively', () => {
    assert.ok(sameSurname('Bagheri', 'Baqeri'));
    assert.ok(sameSurname('Mohammed', 'Mohammad'));
    assert.equal(spellingKey('Bagheri'), spellingKey('Baqeri'));
    assert.ok(!sameSurname('Bagheri', 'Raisi'));
    assert.ok(!sameSurname('Lin', 'Liu'), 'short names need the same spelling key');
    assert.equal(initialsOf('Federal Trade Commission'), 'FTC');
    assert.equal(initialsOf('Collective Security Treaty Organization'), 'CSTO');
  });

  it('merges surnames, variants, acronyms, short forms and country names', () => {
    const text = 'Mohammad Bagheri met officials of the Collective Security Treaty Organization (CSTO) in the Russian Federation. '
      + 'Bagheri said the CSTO would help. Baqeri added that Russia agreed.\n\n'
      + 'Corvane Systems will buy Lattice Shield. Corvane said Lattice was growing. The Federal Trade Commission declined to comment, and the FTC said nothing more.';
    const a = analyze(text);
    const actorOf = (s: string): string | undefined => a.mentions.find((m) => m.text === s)?.actor;
    assert.equal(actorOf('Bagheri'), actorOf('Mohammad Bagheri'));
    assert.equal(actorOf('Baqeri'), actorOf('Mohammad Bagheri'));
    assert.equal(actorOf('CSTO'), actorOf('Collective Security Treaty Organization'));
    assert.equal(actorOf('Russia'), actorOf('Russian Federation'));
    assert.equal(actorOf('Corvane'), actorOf('Corvane Systems'));
    assert.equal(actorOf('Lattice'), actorOf('Lattice Shield'));
    assert.equal(actorOf('FTC'), actorOf('Federal Trade Commission'));
    const bagheri = a.actors.find((x) => x.id === actorOf('Bagheri'))!;
    assert.equal(bagheri.name, 'Mohammad Bagheri');
    assert.ok(bagheri.aliases.includes('Baqeri'));
  });

  it('resolves descriptions and pronouns as nominal/pronoun mentions, never typed as entities', () => {
    const text = 'Mohammad Bagheri, Chief of Staff of the Iranian Armed Forces, arrived in Moscow. '
      + 'The Iranian general also met his Russian counterpart, Valery Gerasimov, on Monday. '
      + 'For his part, the Russian Chief of Staff said ties were strong. He also said talks would continue.';
    const a = analyze(text);
    const bagheri = a.mentions.find((m) => m.text === 'Mohammad Bagheri')!.actor;
    const gerasimov = a.mentions.find((m) => m.text === 'Valery Gerasimov')!.actor;
    const ref = (s: string) => a.mentions.find((m) => m.text === s);
    assert.equal(ref('The Iranian general')?.actor, bagheri);
    assert.equal(ref('The Iranian general')?.type, 'nominal');
    assert.equal(ref('his Russian counterpart')?.actor, gerasimov);
    assert.equal(ref('the Russian Chief of Staff')?.actor, gerasimov);
    assert.equal(ref('He')?.type, 'pronoun');
    assert.equal(ref('He')?.actor, gerasimov);
    for (const m of a.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  });
});

describe('wordsWith', () => {
  it('answers as wordWith does for every position, in any order, on both sides', () => {
    const ctx = buildContext('General Bagheri met Gen. Valery Gerasimov in Moscow. "We agreed," Bagheri said; the Russian counterpart nodded.');
    const ws = buildWords(ctx);
    const pos = Array.from({ length: ctx.text.length + 2 }, (_, k) => (k * 37) % (ctx.text.length + 2));
    for (const side of ['start', 'end'] as const) {
      const got = wordsWith(ws, pos, side);
      assert.deepEqual([...got], pos.map((p) => wordWith(ws, p, side) ?? -1));
      assert.ok([...got].filter((w) => w >= 0).length > 10, 'many positions are a word boundary');
    }
    assert.deepEqual([...wordsWith(ws, [ws[2].start, 1.5, -1], 'start')], [2, -1, -1]);
  });
});
