// The CLI with corrections: the sidecar beside an article, --no-corrections, --corrections FILE.ann.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli';
import { emptyCorrections, makeAnchor, serializeCorrections, withCorrection } from '../../src/core/corrections';

function run(argv: string[]): { code: number; out: string; err: string } {
  let out = '', err = '';
  const code = main(argv, { out: (t) => { out += t; }, err: (t) => { err += t; }, isTTY: false });
  return { code, out, err };
}

describe('byline CLI with corrections', () => {
  const dir = mkdtempSync(join(tmpdir(), 'byline-cli-corr-'));
  const text = 'MOSCOW – Russian Defense Minister Sergei Shoigu met officials in Moscow on Tuesday. Ivanova waited.\n';
  const article = join(dir, 'story.txt');
  writeFileSync(article, text);
  const at = (s: string) => makeAnchor(text, { start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const sidecar = serializeCorrections(withCorrection(emptyCorrections('story.txt'), { op: 'entity', at: at('officials'), type: 'organization' }));
  const typeOf = (out: string, word: string) => JSON.parse(out).mentions.find((m: { text: string }) => m.text === word)?.type;

  it('applies FILE.byline.json beside the article, and skips it with --no-corrections', () => {
    writeFileSync(`${article}.byline.json`, sidecar);
    const r = run(['annotate', article, '--format', 'json']);
    assert.equal(r.code, 0, r.err);
    assert.equal(typeOf(r.out, 'officials'), 'organization');
    const plain = run(['annotate', article, '--format', 'json', '--no-corrections']);
    assert.equal(typeOf(plain.out, 'officials'), undefined);
  });

  it('refuses a corrupt sidecar with a message naming it, prints nothing for that file, and leaves it as it was', () => {
    const broken = sidecar.slice(0, 60);
    writeFileSync(`${article}.byline.json`, broken);
    const r = run(['annotate', article, '--format', 'json']);
    assert.equal(r.code, 1);
    assert.equal(r.out, '');
    assert.match(r.err, /story\.txt\.byline\.json is not valid JSON/);
    assert.equal(readFileSync(`${article}.byline.json`, 'utf8'), broken);
  });

  it('imports a brat .ann given with --corrections, and warns about orphaned corrections', () => {
    const s = text.indexOf('Ivanova');
    const ann = join(dir, 'story.ann');
    writeFileSync(ann, `T1\tPerson ${s} ${s + 7}\tIvanova\n`);
    const r = run(['annotate', article, '--format', 'brat', '--corrections', ann]);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, `T1\tPerson ${s} ${s + 7}\tIvanova\n`);
    const orphan = serializeCorrections(withCorrection(emptyCorrections('story.txt'), { op: 'entity', at: { ...at('officials'), exact: 'diplomats' }, type: 'person' }));
    writeFileSync(`${article}.byline.json`, orphan);
    const o = run(['annotate', article, '--format', 'json']);
    assert.equal(o.code, 0);
    assert.match(o.err, /story\.txt\.byline\.json: c1 .* is orphaned: “diplomats” is no longer in the article/);
  });
});
