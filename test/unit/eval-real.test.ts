// The readers and rules of eval:real (scripts/eval-real) on small invented inputs: no real data needed.
import * as assert from 'node:assert/strict';

type Brat = typeof import('../../scripts/eval-real/brat.mjs', { with: { 'resolution-mode': 'import' } });
type Heads = typeof import('../../scripts/eval-real/source-head.mjs', { with: { 'resolution-mode': 'import' } });
type Gum = typeof import('../../scripts/eval-real/gum-conllu.mjs', { with: { 'resolution-mode': 'import' } });
type Ner = typeof import('../../scripts/eval-real/ner.mjs', { with: { 'resolution-mode': 'import' } });
type Pol = typeof import('../../scripts/eval-real/polnear.mjs', { with: { 'resolution-mode': 'import' } });

let brat: Brat, heads: Heads, gum: Gum, ner: Ner, pol: Pol;
const slice = (text: string, s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);

describe('eval:real readers', () => {
  before(async () => {
    [brat, heads, gum, ner, pol] = await Promise.all([
      import('../../scripts/eval-real/brat.mjs'), import('../../scripts/eval-real/source-head.mjs'),
      import('../../scripts/eval-real/gum-conllu.mjs'), import('../../scripts/eval-real/ner.mjs'),
      import('../../scripts/eval-real/polnear.mjs'),
    ]);
  });

  it('token corpora: IOB1 and IOB2 spans, a type change starts a new name', () => {
    const w = (word: string, tag: string) => ({ word, tag });
    const doc = ner.docText({ id: 'd', sentences: [
      [w('Ana', 'I-PER'), w('Lima', 'I-PER'), w('Bo', 'B-PER'), w('met', 'O')],
      [w('Acme', 'B-ORG'), w('Corp', 'I-ORG'), w('Oslo', 'I-LOC'), w('Cup', 'I-MISC')],
    ] });
    assert.equal(doc.text, 'Ana Lima Bo met\n\nAcme Corp Oslo Cup');
    assert.deepEqual(doc.spans.map((s) => `${slice(doc.text, s)}/${s.type}`),
      ['Ana Lima/person', 'Bo/person', 'Acme Corp/organization', 'Oslo/place', 'Cup/misc']);
  });

  it('brat: discontinuous spans, a record over two lines, roles by E line', () => {
    const ann = 'T1\tSource 0 4\tMara\nT2\tCue 5 9\tsaid\nT3\tContent 10 14;20 25\tsome more\n' +
      'T4\tDiscard 30 40\tline one\nline two\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n#1\tAnnotatorNotes T1\tnote\n';
    const g = brat.parseAnn(ann);
    assert.equal(g.attributions.length, 1);
    assert.deepEqual(g.attributions[0].content, [{ start: 10, end: 14 }, { start: 20, end: 25 }]);
    assert.equal(g.attributions[0].source?.frags[0].end, 4);
    assert.deepEqual(g.discard, [{ start: 30, end: 40 }]);
  });

  it('the head of a source is the last word of its first noun phrase, or of an apposition', () => {
    const text = 'Radio Norte’s Ivo Petrak, Sen. Lena Voss of Maine, a spokesman for the Voss campaign, ' +
      'the city’s mayor, Tomas Reyes, he';
    const at = (s: string) => ({ frags: [{ start: text.indexOf(s), end: text.indexOf(s) + s.length }] });
    const of = (s: string) => heads.sourceHeads(text, at(s)).map((h) => h.w);
    assert.deepEqual(of('Radio Norte’s Ivo Petrak'), ['Petrak']);
    assert.deepEqual(of('Sen. Lena Voss of Maine'), ['Voss']);
    assert.deepEqual(of('a spokesman for the Voss campaign'), ['spokesman']);
    assert.deepEqual(of('the city’s mayor, Tomas Reyes'), ['mayor', 'Reyes']);
    assert.deepEqual(of('he'), ['he']);
  });

  it('a source is named when it holds a proper name, not a capitalized common word', () => {
    const text = 'Officials said so. The officials agreed. Voss said so. He said so. Aides to Voss said so.';
    const lower = heads.lowerCaseWords(text);
    const named = (s: string) => heads.isNamedSource(text, { frags: [{ start: text.indexOf(s), end: text.indexOf(s) + s.length }] }, lower);
    assert.equal(named('Officials'), false);
    assert.equal(named('He'), false);
    assert.equal(named('Voss'), true);
    assert.equal(named('Aides to Voss'), true);
  });

  it('quotation marks: curly and straight, closed by a paragraph break', () => {
    const text = 'He said “yes, now” and "no".\n\n“Open quote\n\nthen not';
    const mask = pol.quoteMask(text);
    const inside = (s: string) => [...s].every((_, i) => mask[text.indexOf(s) + i] === 1);
    assert.ok(inside('“yes, now”'));
    assert.ok(inside('"no"'));
    assert.ok(!inside('He said'));
    assert.ok(inside('Open quote'));
    assert.equal(mask[text.indexOf('then')], 0);
    const paper = "Taxes ''make me smart,'' she said. It's Lee's.";
    const pm = pol.quoteMask(paper);
    assert.ok([..."''make me smart,''"].every((_, i) => pm[paper.indexOf("''make") + i] === 1));
    assert.equal(pm[paper.indexOf('she')], 0);
    assert.equal(pm[paper.indexOf("Lee's")], 0);
  });

  it('GUM CoNLL-U: text with SpaceAfter and paragraphs, multiword tokens, nested brackets, heads and names', () => {
    const row = (id: string, form: string, upos: string, head: number, misc = '_') =>
      [id, form, form, upos, '_', '_', String(head), 'dep', '_', misc].join('\t');
    const conllu = [
      '# newdoc id = invented', '# meta::genre = bio', '# newpar',
      row('1', 'Dr.', 'PROPN', 3, 'Entity=(1-person-new-sssss-cf1-1-coref'), row('2', 'Ana', 'PROPN', 3),
      row('3', 'Lima', 'PROPN', 5, 'Entity=1)'), row('4', 'who', 'PRON', 5), row('5', 'left', 'VERB', 0, 'SpaceAfter=No'),
      row('6', '.', 'PUNCT', 5), '', '# newpar',
      '1-2\tLima’s\t_\t_\t_\t_\t_\t_\t_\t_',
      row('1', 'Lima', 'PROPN', 3, 'Entity=(2-organization-new-nnnnn-cf1-1-coref(1-person-giv-sssss-cf1-1-coref-Ana_Lima)'),
      row('2', '’s', 'PART', 1, 'Entity=1)'), row('3', 'school', 'NOUN', 4, 'Entity=2)'), row('4', 'won', 'VERB', 0), '',
    ].join('\n');
    const d = gum.readGumDoc(conllu, 'invented');
    assert.equal(d.genre, 'bio');
    assert.equal(d.text, 'Dr. Ana Lima who left.\n\nLima’s school won');
    const byText = Object.fromEntries(d.mentions.map((m) => [slice(d.text, m), m]));
    assert.deepEqual(Object.keys(byText).sort(), ['Dr. Ana Lima', 'Lima', 'Lima’s school']);
    assert.equal(byText['Dr. Ana Lima'].kind, 'named');
    assert.equal(byText['Dr. Ana Lima'].headForm, 'lima');
    assert.equal(byText['Lima’s school'].kind, 'description');
    assert.equal(byText['Lima'].eid, '1');
  });
});
