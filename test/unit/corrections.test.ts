// The reader's corrections in the pure core: anchoring, applying on top of an analysis, the sidecar.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import {
  applyCorrections, describeCorrection, emptyCorrections, makeAnchor, parseCorrections, resolveAnchor,
  serializeCorrections, withCorrection, withoutCorrections, type CorrectionsFile, type NewCorrection,
} from '../../src/core/corrections';

const seed = readFileSync(join(__dirname, '..', '..', 'seeds', 'seed-article.txt'), 'utf8');
const base = analyze(seed);

function at(text: string, needle: string, nth = 1) {
  let i = -1;
  for (let k = 0; k < nth; k++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, `“${needle}” #${nth} is in the text`);
  return makeAnchor(text, { start: i, end: i + needle.length });
}

function correct(text: string, ...cs: NewCorrection[]) {
  let file: CorrectionsFile = emptyCorrections('seed-article.txt');
  for (const c of cs) file = withCorrection(file, c);
  return { file, ...applyCorrections(text === seed ? base : analyze(text), text, file.corrections) };
}

describe('corrections: anchoring', () => {
  const text = 'Smith met Jones. Later Smith left. Smith said no.';

  it('finds the occurrence whose prefix and suffix agree, not just the first', () => {
    const a = at(text, 'Smith', 2);
    assert.deepEqual(resolveAnchor(text, a), { start: 23, end: 28 });
  });

  it('follows its text when a paragraph is inserted above', () => {
    const a = at(text, 'Smith', 3);
    const edited = 'BREAKING: a new first paragraph.\n\n' + text;
    const span = resolveAnchor(edited, a)!;
    assert.equal(edited.slice(span.start, span.end), 'Smith');
    assert.equal(edited.slice(span.end, span.end + 9), ' said no.');
  });

  it('is gone (undefined) when its exact text is gone, rather than attaching to similar text', () => {
    assert.equal(resolveAnchor(text.replace('Jones', 'Jonas'), at(text, 'Jones')), undefined);
  });
});

describe('corrections: applied on top of an analysis', () => {
  it('marks a word as a person: a new highlighted mention and a new actor, marked as the reader\'s', () => {
    const { analysis, results, edits } = correct(seed, { op: 'entity', at: at(seed, 'Pakistan'), type: 'person' });
    assert.equal(results[0].status, 'applied');
    const m = analysis.mentions.find((x) => x.text === 'Pakistan')!;
    assert.equal(m.type, 'person');
    const actor = analysis.actors.find((x) => x.id === m.actor)!;
    assert.equal(actor.type, 'person');
    assert.deepEqual(actor.mentions.map((s) => seed.slice(s.start, s.end)), ['Pakistan']);
    assert.ok(edits.get(`m:${m.start}:${m.end}`)?.length);
    assert.ok(!base.mentions.some((x) => x.text === 'Pakistan' && x.type === 'person'), 'the base analysis is not modified');
  });

  it('retypes an actor when one of its names is marked as another kind', () => {
    const { analysis } = correct(seed, { op: 'entity', at: at(seed, 'Sergei Shoigu'), type: 'organization' });
    const shoigu = analysis.actors.find((x) => x.name === 'Sergei Shoigu')!;
    assert.equal(shoigu.type, 'organization');
    assert.ok(analysis.mentions.filter((m) => m.actor === shoigu.id && m.text.includes('Shoigu')).every((m) => m.type === 'organization'));
  });

  it('removes a mention marked as not an entity, and the actor with it when nothing is left', () => {
    const first = at(seed, 'Afghanistan');
    const { analysis } = correct(seed, { op: 'entity', at: first, type: 'none' }, { op: 'entity', at: at(seed, 'Pakistan'), type: 'none' });
    assert.ok(!analysis.mentions.some((m) => m.start === first.start), 'that mention is gone');
    const afghanistan = analysis.actors.find((x) => x.name === 'Afghanistan')!;
    assert.ok(afghanistan.mentions.length >= 4 && !afghanistan.mentions.some((s) => s.start === first.start), 'the other mentions stay');
    assert.ok(!analysis.actors.some((x) => x.name === 'Pakistan'), 'an actor without mentions goes');
    for (const ev of analysis.events) for (const p of ev.participants) assert.ok(analysis.actors.some((x) => x.id === p));
  });

  it('drops an actor the reader added when a later correction takes its only mention away', () => {
    const { analysis } = correct(seed, { op: 'entity', at: at(seed, 'trip'), type: 'person' }, { op: 'entity', at: at(seed, 'his trip'), type: 'none' });
    assert.ok(!analysis.mentions.some((m) => m.text === 'trip'));
    assert.ok(!analysis.actors.some((x) => x.name === 'trip' || x.mentions.length === 0), 'no actor without mentions');
  });

  it('merges one actor into another and splits a mention off again', () => {
    const merged = correct(seed, { op: 'merge', at: at(seed, 'Valery Gerasimov'), into: at(seed, 'Sergei Shoigu') });
    const shoigu = merged.analysis.actors.find((x) => x.name === 'Sergei Shoigu')!;
    assert.ok(shoigu.aliases.includes('Valery Gerasimov'));
    assert.ok(!merged.analysis.actors.some((x) => x.name === 'Valery Gerasimov'));
    const split = correct(seed, { op: 'split', at: at(seed, 'General Bagheri') });
    const own = split.analysis.mentions.find((m) => m.text === 'General Bagheri')!;
    const bagheri = split.analysis.actors.find((x) => x.name === 'Mohammad Bagheri')!;
    assert.notEqual(own.actor, bagheri.id);
    assert.ok(split.analysis.actors.some((x) => x.id === own.actor && x.name === 'General Bagheri'));
  });

  it('sets a role (dropping the machine\'s evidence) and a claim\'s speaker', () => {
    const quote = base.claims.find((c) => c.text.includes('Iran is a close partner'))!;
    const { analysis, edits } = correct(seed,
      { op: 'role', at: at(seed, 'Sergei Shoigu'), role: 'Minister of Defence' },
      { op: 'speaker', at: makeAnchor(seed, quote), speaker: at(seed, 'Mohammad Bagheri') });
    const shoigu = analysis.actors.find((x) => x.name === 'Sergei Shoigu')!;
    assert.equal(shoigu.role, 'Minister of Defence');
    assert.equal(shoigu.evidence, undefined);
    assert.ok(edits.get(`a:${shoigu.id}`)!.some((n) => /role/.test(n)));
    const claim = analysis.claims.find((c) => c.start === quote.start)!;
    assert.equal(analysis.actors.find((x) => x.id === claim.speaker)?.name, 'Mohammad Bagheri');
    assert.notEqual(quote.speaker, claim.speaker, 'the speaker really changed');
  });

  it('marks a selection as a quote of someone, removes a claim and corrects events', () => {
    const ev = base.events[0];
    const { analysis } = correct(seed,
      { op: 'claim', at: at(seed, 'arms affairs with Russia'), kind: 'reported', speaker: at(seed, 'Bagheri', 3) },
      { op: 'claim', at: makeAnchor(seed, base.claims[0]), kind: 'none' },
      { op: 'event', at: makeAnchor(seed, ev.trigger), type: 'protest', participants: [at(seed, 'Valery Gerasimov')] });
    const added = analysis.claims.find((c) => c.text === 'arms affairs with Russia')!;
    assert.equal(added.kind, 'reported');
    assert.equal(analysis.actors.find((x) => x.id === added.speaker)?.name, 'Mohammad Bagheri');
    assert.ok(!analysis.claims.some((c) => c.start === base.claims[0].start));
    const changed = analysis.events.find((e) => e.trigger.start === ev.trigger.start)!;
    assert.equal(changed.type, 'protest');
    assert.deepEqual(changed.participants.map((p) => analysis.actors.find((x) => x.id === p)?.name), ['Valery Gerasimov']);
  });

  it('keeps a correction whose text is gone as orphaned, and one Byline now agrees with as unchanged', () => {
    const c = { op: 'entity', at: at(seed, 'Pakistan'), type: 'person' } as const;
    const edited = seed.replace('Pakistan', 'Turkey');
    const { results } = correct(edited, c);
    assert.equal(results[0].status, 'orphaned');
    assert.match(results[0].why!, /Pakistan/);
    const same = correct(seed, { op: 'entity', at: at(seed, 'Sergei Shoigu'), type: 'person' });
    assert.equal(same.results[0].status, 'unchanged');
  });

  it('holds at the moved text after a paragraph is inserted above', () => {
    const c: NewCorrection = { op: 'entity', at: at(seed, 'Pakistan'), type: 'person' };
    const edited = seed.replace('TEHRAN –', 'An editor\'s note added at the top.\n\nTEHRAN –');
    const { analysis, results } = correct(edited, c);
    assert.equal(results[0].status, 'applied');
    const m = analysis.mentions.find((x) => x.text === 'Pakistan')!;
    assert.equal(m.type, 'person');
    assert.equal(edited.slice(m.start, m.end), 'Pakistan');
    assert.notEqual(m.start, c.at.start);
  });
});

describe('corrections: the sidecar file', () => {
  const file = [
    { op: 'role', at: at(seed, 'Sergei Shoigu'), role: 'Minister' },
    { op: 'entity', at: at(seed, 'Pakistan'), type: 'person' },
    { op: 'speaker', at: makeAnchor(seed, base.claims[0]), speaker: null },
  ].reduce((f, c) => withCorrection(f, c as NewCorrection), emptyCorrections('seed-article.txt'));

  it('writes sorted, one correction per line, and reads back the same', () => {
    const text = serializeCorrections(file);
    const lines = text.split('\n').filter((l) => l.trim().startsWith('{"id"'));
    assert.equal(lines.length, 3);
    const starts = lines.map((l) => JSON.parse(l.replace(/,$/, '')).at.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    const back = parseCorrections(text, 'a.txt.byline.json', 'seed-article.txt');
    assert.equal(serializeCorrections(back), text);
    assert.deepEqual(new Set(back.corrections.map((c) => c.id)), new Set(['c1', 'c2', 'c3']));
  });

  it('replaces an earlier correction of the same kind on the same text, and removes by id', () => {
    const again = withCorrection(file, { op: 'role', at: at(seed, 'Sergei Shoigu'), role: 'Defence chief' });
    assert.equal(again.corrections.length, 3);
    assert.equal(again.corrections.find((c) => c.op === 'role')!.id, 'c1');
    assert.equal(withoutCorrections(again, new Set(['c1'])).corrections.length, 2);
    assert.match(describeCorrection(again.corrections[0]), /Defence chief/);
  });

  it('keeps an event\'s type and participants together in one correction, and "not an event" replaces both', () => {
    const trigger = makeAnchor(seed, base.events[0].trigger);
    let f = withCorrection(emptyCorrections('seed-article.txt'), { op: 'event', at: trigger, type: 'protest' });
    f = withCorrection(f, { op: 'event', at: trigger, participants: [at(seed, 'Valery Gerasimov')] });
    assert.equal(f.corrections.length, 1);
    assert.deepEqual([f.corrections[0].op === 'event' && f.corrections[0].type, f.corrections[0].op === 'event' && f.corrections[0].participants?.length], ['protest', 1]);
    f = withCorrection(f, { op: 'event', at: trigger, type: 'none' });
    assert.deepEqual(f.corrections.map((c) => c.op === 'event' && [c.type, c.participants]), [['none', undefined]]);
  });

  it('refuses bad files with a message naming the file and the problem', () => {
    const name = 'story.txt.byline.json';
    const good = serializeCorrections(file);
    const cases: Array<[string, RegExp, string?]> = [
      [good.slice(0, good.length / 2), /story\.txt\.byline\.json is not valid JSON/],
      ['{"schema":"byline.annotations/1","mentions":[]}', /story\.txt\.byline\.json: it is an exported annotation file/],
      [good, /corrections of “seed-article\.txt”, not of “other\.txt”/, 'other.txt'],
      [good.replace('"op":"entity"', '"op":"recolor"'), /correction #\d\.op must be one of/],
      [good.replace(/"start":\d+/, '"start":-4'), /\.at\.start must be a whole number/],
      [good.replace('"id":"c2"', '"id":"c1"'), /the id "c1" is used twice/],
    ];
    for (const [json, re, article] of cases) {
      assert.throws(() => parseCorrections(json, name, article ?? 'seed-article.txt'), (e: Error) => {
        assert.match(e.message, re);
        assert.ok(e.message.includes(name), e.message);
        return true;
      });
    }
  });
});
