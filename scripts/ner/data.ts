// Reads CoNLL-2003 (IOB1) and WikiGold (IOB2) from ../shared/data into the plain text Byline sees:
// tokens joined by spaces, one sentence per line with a blank line between (as eval:real writes them),
// one document per -DOCSTART-. Gold as character spans.
import { existsSync, readFileSync } from 'node:fs';

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
