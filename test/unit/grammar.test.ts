// The `news` TextMate grammar, tokenized with the same engine VS Code uses (vscode-textmate + oniguruma).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const root = join(__dirname, '..', '..');

async function loadGrammar(): Promise<textmate.IGrammar> {
  const wasm = readFileSync(join(root, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scope) => scope === 'text.news'
      ? textmate.parseRawGrammar(readFileSync(join(root, 'syntaxes/news.tmLanguage.json'), 'utf8'), 'news.tmLanguage.json')
      : null,
  });
  const g = await registry.loadGrammar('text.news');
  if (!g) throw new Error('grammar did not load');
  return g;
}

/** The scopes of the token covering `needle` in `line`. */
function scopesAt(grammar: textmate.IGrammar, line: string, needle: string): string[] {
  const at = line.indexOf(needle);
  const { tokens } = grammar.tokenizeLine(line, textmate.INITIAL);
  const tok = tokens.find((t) => t.startIndex <= at && at < t.endIndex);
  return tok ? tok.scopes : [];
}

describe('news grammar', () => {
  let grammar: textmate.IGrammar;
  before(async () => { grammar = await loadGrammar(); });

  it('marks datelines', () => {
    for (const [line, place] of [['TEHRAN – Mohammad Bagheri met', 'TEHRAN'], ['MOBILE, Ala. — The storm', 'MOBILE'], ['NAIROBI, Kenya (AP) — Police fired', 'NAIROBI']]) {
      assert.ok(scopesAt(grammar, line, place).includes('entity.name.section.dateline.news'), line);
    }
    assert.ok(!scopesAt(grammar, 'The UN said – nothing', 'UN').includes('entity.name.section.dateline.news'));
  });

  it('marks quotations in every common style, and attribution cues', () => {
    for (const [line, inside] of [['He said: “Iran is a partner.”', 'Iran'], ['"We will win," she said.', 'We'], ['Il a dit « non » hier.', 'non'], ['Er sagte „nein“ dazu.', 'nein']]) {
      assert.ok(scopesAt(grammar, line, inside).some((s) => s.startsWith('string.quoted')), line);
    }
    assert.ok(scopesAt(grammar, 'the minister said on Monday', 'said').includes('keyword.other.attribution.news'));
    assert.ok(scopesAt(grammar, 'according to Xinhua', 'according').includes('keyword.other.attribution.news'));
  });

  it('marks numbers with units', () => {
    assert.ok(scopesAt(grammar, 'a deal worth $2.4 billion', '$2.4').includes('constant.numeric.news'));
  });
});
