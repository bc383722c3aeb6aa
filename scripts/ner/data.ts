// Reads CoNLL-2003 (IOB1) and WikiGold (IOB2) from ../shared/data into the plain text Byline sees:
// tokens joined by spaces, one sentence per line with a blank line between (as eval:real writes them),
// one document per -DOCSTART-. Gold as character spans.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { COUNTRY_BY_DEMONYM, REGIONAL_DEMONYMS } from '../../src/core/lexicon/places';
import { isTitleWord } from '../../src/core/lexicon/titles';

export type Gold = 'PER' | 'ORG' | 'LOC' | 'MISC';
export interface GoldSpan { start: number; end: number; type: Gold }
export interface Doc { text: string; gold: GoldSpan[] }

interface Tok { word: string; tag: string }

/** Documents of a CoNLL-style file; `cols` picks the word and tag columns, `sep` splits a line. */
export function readDocs(path: string, format: 'conll' | 'wikigold'): Doc[] {
  if (!existsSync(path)) throw new Error(`${path}: not found (the shared data lives in ../shared/data)`);
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const docs: Tok[][][] = [];
  let sent: Tok[] = [];
  const flush = (): void => {
    if (sent.length && docs.length) docs[docs.length - 1].push(sent);
    sent = [];
  };
  for (const line of lines) {
    if (!line.trim()) { flush(); continue; }
    const cols = format === 'conll' ? line.split(' ') : line.split('\t');
    const word = format === 'conll' ? cols[0] : cols[1];
    const tag = cols[cols.length - 1];
    if (word === '-DOCSTART-') { flush(); docs.push([]); continue; }
    if (!docs.length) docs.push([]);
    sent.push({ word, tag });
  }
  flush();
  return docs.filter((d) => d.length).map((d) => toDoc(d));
}

function toDoc(sents: Tok[][]): Doc {
  let text = '';
  const gold: GoldSpan[] = [];
  for (const sent of sents) {
    if (text) text += '\n\n';
    let open: GoldSpan | undefined;
    let prevType = '';
    sent.forEach((t, i) => {
      if (i) text += ' ';
      const start = text.length;
      text += t.word;
      const [bio, type] = t.tag === 'O' ? ['O', ''] : t.tag.split('-');
      // IOB1 and IOB2 both: a new entity at B-, or at I- when the type changes
      if (bio === 'O') { open = undefined; prevType = ''; return; }
      if (bio === 'B' || type !== prevType || !open) {
        open = { start, end: text.length, type: type as Gold };
        gold.push(open);
      } else open.end = text.length;
      prevType = type;
    });
  }
  return { text, gold };
}

/**
 * GUM documents of one upstream split (docs.tsv) as training text: GUM's own text (one sentence per line) with
 * its named mentions (a proper-noun head) as gold, dates and titles used alone ("the President") left out, peoples ("Americans") MISC. People, organizations and places keep their type; named
 * mentions of other entity types (works, events, objects…) are MISC. The span is the name alone, as CoNLL
 * writes it: leading words in lower case, numbers, quotes and titles ("northern Syria", "our Nation",
 * "President Biden") are left out of it. Unnamed mentions are no names.
 */
export async function readGum(root: string, split: string): Promise<Doc[]> {
  const tsv = join(root, 'docs.tsv');
  if (!existsSync(tsv)) return [];
  const { readGumDoc } = await import('../eval-real/gum-conllu.mjs');
  const rows = readFileSync(tsv, 'utf8').trim().split('\n').slice(1).map((r) => r.split('\t'));
  const out: Doc[] = [];
  for (const [id, , , s] of rows) {
    const path = join(root, 'dep', `${id}.conllu.gz`);
    if (s !== split || !existsSync(path)) continue;
    const d = readGumDoc(gunzipSync(readFileSync(path)).toString('utf8'), id);
    const gold: GoldSpan[] = [];
    for (const m of d.mentions) {
      // dates ("March 1782") are no names in CoNLL
      if (m.kind !== 'named' || !m.name || m.etype === 'time') continue;
      const start = nameStart(d.text, m.name.start, m.name.end);
      if (start < 0) continue;
      const words = d.text.slice(start, m.name.end).toLowerCase().split(/\s+/);
      // "the President", "Mr. Chairman": a title used alone is no name in CoNLL
      if (words.every((w) => isTitleWord(w.replace(/\.$/, '')))) continue;
      // "Americans", "a Roman Catholic": a people is MISC in CoNLL, not a person
      const demonym = words.length === 1 && (COUNTRY_BY_DEMONYM.has(words[0]) || COUNTRY_BY_DEMONYM.has(words[0].replace(/s$/, ''))
        || REGIONAL_DEMONYMS.has(words[0].replace(/s$/, '')));
      gold.push({ start, end: m.name.end, type: demonym ? 'MISC' : GUM_TYPE[m.etype] ?? 'MISC' });
    }
    out.push({ text: d.text, gold: outermost(gold) });
  }
  return out;
}

const GUM_TYPE: Record<string, Gold | undefined> = { person: 'PER', organization: 'ORG', place: 'LOC' };

/** Where the name inside [start, end) begins: after lower-case words, numbers, quotes and titles; -1 when none is left. */
function nameStart(text: string, start: number, end: number): number {
  // a possessor before the name is a name of its own ("HBO’s Game of Thrones"): GUM marks it separately
  const owner = /['’]s\s/g;
  owner.lastIndex = start;
  for (let m = owner.exec(text); m && m.index + m[0].length < end; m = owner.exec(text)) start = m.index + m[0].length;
  const re = /\S+/g;
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    const w = m[0].replace(/^[“"‘'(]+/, '');
    const lower = w.toLowerCase().replace(/\.$/, '');
    if (!w || !/^\p{Lu}/u.test(w) || (isTitleWord(lower) && m.index + m[0].length < end)) continue;
    return m.index + (m[0].length - w.length);
  }
  return -1;
}

/** Nested names ("Bank of [England]"): the outer one only, as in CoNLL. */
function outermost(spans: GoldSpan[]): GoldSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: GoldSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) continue;
    out.push(s);
  }
  return out;
}
