// Re-analysis after an edit (the document's session keeps its caches between runs) gives exactly what a cold
// analysis of the edited text gives: byte for byte, for edits of every kind and for a chain of them.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { DocumentSession } from '../../src/core/session';
import { ownString, ownStrings } from '../../src/core/text/own';
import type { AnalyzeOptions } from '../../src/core/types';

const root = join(__dirname, '..', '..');
const articles = join(root, 'test', 'fixtures', 'articles');

/** The seed and every fixture article, one after another: long enough for many tagged pieces. */
function longText(): string {
  const parts = [readFileSync(join(root, 'seeds', 'seed-article.txt'), 'utf8')];
  for (const f of readdirSync(articles).filter((n) => n.endsWith('.txt')).sort()) parts.push(readFileSync(join(articles, f), 'utf8'));
  return parts.join('\n\n');
}

type Edit = (text: string) => string;

/** Replaces the n-th occurrence of `what` (0 = first), failing loudly when the text has no such occurrence. */
function at(what: string, by: (found: string) => string, n = 0): Edit {
  return (text) => {
    let i = -1;
    for (let k = 0; k <= n; k++) i = text.indexOf(what, i + 1);
    assert.ok(i >= 0, `the text holds “${what}” (${n})`);
    return text.slice(0, i) + by(what) + text.slice(i + what.length);
  };
}

const EDITS: Array<[string, Edit]> = [
  ['one character inserted in a word', (t) => { const i = Math.floor(t.length / 2); return t.slice(0, i) + 'x' + t.slice(i); }],
  ['one character deleted near the start', (t) => t.slice(0, 120) + t.slice(121)],
  ['a deletion across a paragraph break (two paragraphs become one)', (t) => { const i = t.indexOf('\n\n', Math.floor(t.length / 3)); return t.slice(0, i - 12) + t.slice(i + 14); }],
  ['words inserted inside a quote', at('We are making good progress', () => 'We are making very good progress')],
  ['the quote mark that closes a quote deleted', at('not yet sufficiently confident that inflation is heading durably to our target,"', (s) => s.slice(0, -1))],
  ['a letter inserted inside a name', at('Marchand', () => 'Marchland', 1)],
  ['a name replaced everywhere it is a speaker', (t) => t.replaceAll('Marchand said', 'Ortega said')],
  ['a new paragraph with a new speaker and event', at('\n\n', () => '\n\nPrime Minister Anna Kovac said on Monday: "The troops will withdraw from the border."\n\n', 3)],
  ['a whole sentence deleted', (t) => { const i = t.indexOf('. ', Math.floor(t.length * 0.7)); const j = t.indexOf('. ', i + 2); return t.slice(0, i + 2) + t.slice(j + 2); }],
  ['the first line (headline) changed', (t) => 'BREAKING: ' + t],
  // per-sentence results kept with their pieces (events): unchanged pieces that become neighbours, or lose one
  ['a whole paragraph deleted (two pieces meet)', (t) => { const i = t.indexOf('\n\n', Math.floor(t.length * 0.4)); const j = t.indexOf('\n\n', i + 2); return t.slice(0, i) + t.slice(j); }],
  ['the last paragraph deleted', (t) => t.slice(0, t.lastIndexOf('\n\n'))],
  ['a government word and a group reference added near kept sentences', at('\n\n', () => '\n\nThe administration said the two countries would meet in Geneva.\n\n', 6)],
  ['a new name at the start (actor ids move)', (t) => 'Zorblat Kuvenko met Igor Petrovsky in Ulaanbaatar.\n\n' + t],
  // claims: "He said" takes the last speaker up to six sentences back, so a speaker put before it changes it
  ['a new speaker just before a "He said"', at('. He said the defense', () => '. Prosecutor Maria Ortega said she would appeal. He said the defense')],
  ['the speaker before a "He said" removed', at('said his client had been acquitted', () => 'added that a client had been acquitted')],
];

function same(text: string, session: DocumentSession, options: AnalyzeOptions, label: string): void {
  const incremental = JSON.stringify(analyze(text, options, session));
  const cold = JSON.stringify(analyze(text, options));
  assert.ok(incremental === cold, `${label}: the re-analysis differs from a cold analysis`);
}

describe('re-analysis after edits', () => {
  const text = longText();

  for (const options of [{}, { date: '2024-03-05' }] as AnalyzeOptions[]) {
    const dated = options.date ? ', dated' : '';
    it(`each edit alone, then undone, equals a cold analysis${dated}`, function () {
      this.timeout(300_000);
      const session = new DocumentSession();
      analyze(text, options, session);
      for (const [label, edit] of EDITS) {
        const edited = edit(text);
        assert.notEqual(edited, text, label);
        same(edited, session, options, label);
        same(text, session, options, `${label}, undone`);
      }
    });
  }

  it('a chain of edits (each on the last result), typing a word letter by letter, equals a cold analysis', function () {
    this.timeout(300_000);
    const session = new DocumentSession();
    let current = text;
    analyze(current, {}, session);
    for (const [label, edit] of EDITS) {
      current = edit(current);
      same(current, session, {}, `chained: ${label}`);
    }
    // typing "Smith said" into a sentence, one letter at a time
    const i = current.indexOf('. ', Math.floor(current.length / 4)) + 2;
    const typed = 'Smith said ';
    for (let k = 1; k <= typed.length; k += 2) same(current.slice(0, i) + typed.slice(0, k) + current.slice(i), session, {}, `typing ${k}`);
  });
});

// What the session keeps must be strings of their own (text/own.ts): same characters, new objects where a
// slice would keep a whole version of the text alive; frozen objects are never written to.
describe('strings kept between runs', () => {
  it('copies a long string and the strings of a result, leaving short strings and frozen objects as they are', () => {
    const text = 'The quick brown fox jumps over the lazy dog, again and again.';
    const cut = text.slice(4, 30);
    assert.equal(ownString(cut), cut);
    assert.equal(ownString('short'), 'short');
    const frozen = Object.freeze({ name: text.slice(10, 40) });
    const result = { text: text.slice(0, 20), nested: { list: [text.slice(5, 25), 3], frozen }, n: 1 };
    const same = ownStrings(result);
    assert.equal(same, result);
    assert.deepEqual(result, { text: text.slice(0, 20), nested: { list: [text.slice(5, 25), 3], frozen: { name: text.slice(10, 40) } }, n: 1 });
    assert.equal(result.nested.frozen, frozen);
  });

  it('after two hundred small edits (insertions and deletions at random places), an analysis with the session still equals a cold one', function () {
    this.timeout(120_000);
    let text = readFileSync(join(root, 'seeds', 'seed-article.txt'), 'utf8');
    const session = new DocumentSession();
    analyze(text, {}, session);
    let seed = 7;
    const rand = (n: number): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    for (let i = 1; i <= 200; i++) {
      const k = rand(text.length);
      text = i % 2 ? text.slice(0, k) + 'e' + text.slice(k) : text.slice(0, k) + text.slice(k + 1);
      analyze(text, {}, session);
    }
    assert.equal(JSON.stringify(analyze(text, {}, session)), JSON.stringify(analyze(text)));
  });
});
