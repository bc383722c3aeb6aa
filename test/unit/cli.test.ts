import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli';

function run(argv: string[], isTTY = false): { code: number; out: string; err: string } {
  let out = '', err = '';
  const code = main(argv, { out: (t) => { out += t; }, err: (t) => { err += t; }, isTTY });
  return { code, out, err };
}

describe('byline CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'byline-cli-'));
  const article = join(dir, 'article.txt');
  writeFileSync(article, '\ufeffMOSCOW – Russian Defense Minister Sergei Shoigu met officials in Moscow on Tuesday.\r\n');
  const binary = join(dir, 'photo.txt');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0, 0, 1, 2, 3]));
  const latin1 = join(dir, 'latin1.txt');
  writeFileSync(latin1, Buffer.from('Le ministre a d\xe9clar\xe9 mardi.', 'latin1'));

  it('prints one annotation document whose spans match the text (BOM removed)', () => {
    const r = run(['annotate', article, '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    const a = JSON.parse(r.out);
    assert.equal(a.schema, 'byline.annotations/1');
    assert.equal(a.source, article);
    const text = 'MOSCOW – Russian Defense Minister Sergei Shoigu met officials in Moscow on Tuesday.\r\n';
    assert.ok(a.mentions.length > 0);
    for (const m of a.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  });

  it('prints one JSON line per file with jsonl', () => {
    const r = run(['annotate', article, article, '--format=jsonl']);
    const lines = r.out.trim().split('\n');
    assert.equal(lines.length, 2);
    for (const l of lines) assert.equal(JSON.parse(l).source, article);
  });

  it('defaults to the readable summary on a terminal and to JSON otherwise', () => {
    assert.match(run(['annotate', article], true).out, /^Actors \(\d+\)$/m);
    assert.doesNotThrow(() => JSON.parse(run(['annotate', article], false).out));
  });

  it('names each unreadable file with its reason, goes on with the others, and exits 1', () => {
    const r = run(['annotate', join(dir, 'missing.txt'), binary, latin1, article, '--format', 'jsonl']);
    assert.equal(r.code, 1);
    assert.match(r.err, /missing\.txt: no such file/);
    assert.match(r.err, /photo\.txt: binary file/);
    assert.match(r.err, /latin1\.txt: not valid UTF-8/);
    assert.equal(r.err.trim().split('\n').length, 3);
    assert.equal(r.out.trim().split('\n').length, 1, 'the good file is still annotated');
  });

  it('refuses directories and files over --max-size', () => {
    assert.match(run(['annotate', dir]).err, /is a directory/);
    assert.match(run(['annotate', article, '--max-size', '10']).err, /too large/);
  });

  it('exits 2 with a usage line on usage errors', () => {
    for (const argv of [[], ['annotate'], ['frobnicate', article], ['annotate', article, '--format', 'xml'], ['annotate', article, '--date', 'Tuesday'], ['annotate', article, '--date', '2023-02-30'], ['annotate', article, '--bogus']]) {
      const r = run(argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.match(r.err, /usage: byline annotate/);
    }
  });

  it('documents every option in --help', () => {
    const r = run(['--help']);
    assert.equal(r.code, 0);
    for (const opt of ['--format', 'json', 'jsonl', 'brat', 'text', '--date', '--max-size', 'Exit codes']) assert.ok(r.out.includes(opt), opt);
  });

  it('writes brat standoff whose offsets point at the text', () => {
    const r = run(['annotate', article, '--format', 'brat']);
    const text = 'MOSCOW – Russian Defense Minister Sergei Shoigu met officials in Moscow on Tuesday.\r\n';
    const tLines = r.out.split('\n').filter((l) => /^T\d+\t/.test(l));
    assert.ok(tLines.length > 0);
    for (const l of tLines) {
      const [, typeAndSpan, surface] = l.split('\t');
      const [, s, e] = typeAndSpan.split(' ');
      assert.equal(text.slice(Number(s), Number(e)).replace(/[\r\n\t]+/g, ' '), surface);
    }
  });
});
