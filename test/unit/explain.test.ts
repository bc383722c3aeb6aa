import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { main } from '../../src/cli';

const seed = join(__dirname, '..', '..', 'seeds', 'seed-article.txt');

describe('explain', () => {
  const text = readFileSync(seed, 'utf8');
  const plain = analyze(text, { date: '2021-10-19' });
  const explained = analyze(text, { date: '2021-10-19', explain: true });

  it('adds reasons and changes nothing else', () => {
    assert.equal(plain.explain, undefined);
    const { explain, ...rest } = explained;
    assert.deepEqual(rest, plain);
    assert.ok(explain);
  });

  it('gives a reason for every name, claim and event', () => {
    const e = explained.explain!;
    const named = plain.mentions.filter((m) => m.type === 'person' || m.type === 'organization' || m.type === 'place');
    assert.equal(e.mentions.filter((r) => named.some((m) => m.start === r.start)).length, named.length);
    assert.deepEqual(e.claims.map((r) => r.text), plain.claims.map((c) => c.id));
    assert.deepEqual(e.events.map((r) => r.text), plain.events.map((x) => x.id));
    for (const r of [...e.mentions, ...e.claims, ...e.events]) assert.ok(r.why.length > 3, JSON.stringify(r));
  });

  it('says why a pronoun is an actor and why a dateline is a place', () => {
    const e = explained.explain!;
    const pronoun = e.mentions.find((r) => /^(he|his|she|her)$/i.test(r.text));
    assert.match(pronoun?.why ?? '', /^pronoun: .*\(a\d+\)$/);
    assert.match(e.mentions.find((r) => r.text === 'TEHRAN')?.why ?? '', /dateline/);
  });

  it('is behind the CLI flag --explain', () => {
    let out = '';
    const io = { out: (t: string) => { out += t; }, err: () => undefined, isTTY: false };
    assert.equal(main(['annotate', '--format', 'json', seed], io), 0);
    assert.equal(JSON.parse(out).explain, undefined);
    out = '';
    assert.equal(main(['annotate', '--format', 'json', '--explain', seed], io), 0);
    assert.ok(JSON.parse(out).explain.events.length > 0);
  });
});
