// Random edits (letters, paragraphs, quotes, speakers, storms, datelines, names renamed everywhere) re-analyzed
// with a document session, each compared byte for byte with a cold analysis: the check for stages that keep
// per-sentence results with their pieces (text/sentence-memo.ts).   node --import tsx bench/fuzz-edits.ts [seed] [edits]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/core/analyze';
import { DocumentSession } from '../src/core/session';
const root = join(__dirname, '..');
const articles = join(root, 'test', 'fixtures', 'articles');
const parts = [readFileSync(join(root, 'seeds', 'seed-article.txt'), 'utf8')];
for (const f of readdirSync(articles).filter((n) => n.endsWith('.txt')).sort()) parts.push(readFileSync(join(articles, f), 'utf8'));
let text = parts.join('\n\n');
let seed = Number(process.argv[2] ?? 1);
const rnd = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const session = new DocumentSession();
analyze(text, {}, session);
const N = Number(process.argv[3] ?? 60);
let bad = 0;
for (let k = 0; k < N; k++) {
  const kind = rnd(13);
  const i = rnd(text.length);
  let next = text;
  if (kind === 0) next = text.slice(0, i) + 'x' + text.slice(i);
  else if (kind === 1) next = text.slice(0, i) + text.slice(i + 1);
  else if (kind === 2) { const a = text.indexOf('\n\n', i); const b = text.indexOf('\n\n', a + 2); if (a > 0 && b > 0) next = text.slice(0, a) + text.slice(b); }
  else if (kind === 3) { const a = text.indexOf('.', i); if (a > 0) next = text.slice(0, a) + '. He said the two countries met in Paris' + text.slice(a); }
  else if (kind === 4) { const a = text.indexOf('"', i); if (a > 0) next = text.slice(0, a) + text.slice(a + 1); }
  else if (kind === 5) { const j = rnd(parts.length); next = text.slice(0, i) + '\n\n' + parts[j].slice(0, 400) + '\n\n' + text.slice(i); }
  else if (kind === 7) { const name = 'ZQXKVBNMLP'.split('').sort(() => rnd(3) - 1).join('').slice(0, 6); const a = text.indexOf('. ', i); if (a > 0) next = text.slice(0, a) + `. ${name[0]}${name.slice(1).toLowerCase()} Kovac met Putin in Ulaanbaatar, and the two countries signed a deal` + text.slice(a); }
  else if (kind === 8) { const names = ['Marchand', 'Putin', 'Shoigu', 'Biden', 'Kovac', 'Ortega']; const a = names[rnd(names.length)], b = names[rnd(names.length)]; next = text.replaceAll(a, b); }
  else if (kind === 10) { const a = text.indexOf('. ', i); if (a > 0) next = text.slice(0, a) + '. Hurricane Sally hit the coast on Monday. Sally moved north toward Mobile, Ala., officials said' + text.slice(a); }
  else if (kind === 11) { const words = [' officials ', ' police ', ' president ', ' minister ', ' the ', ' said ']; const w = words[rnd(words.length)]; next = rnd(2) ? text.replaceAll(w, w.replace(/[aeiou]/, 'x')) : text.replace(w.replace(/[aeiou]/, 'x'), w); }
  else if (kind === 12) { const a = text.indexOf('\n\n', i); if (a > 0) next = text.slice(0, a) + '\n\nNAIROBI, Kenya (AP) — Officials In Kenya Said Police Officers Were Killed' + text.slice(a); }
  else if (kind === 9) { const a = text.indexOf('"', rnd(2000)); next = a > 0 && rnd(2) ? text.slice(0, a) + text.slice(a + 1) : text.slice(0, i) + '"' + text.slice(i); }
  else { const a = text.lastIndexOf('\n\n'); next = rnd(2) ? text.slice(0, a) : text + '\n\nThe government of Mr. Raisi said it would sign the deal.'; }
  if (next.length > 60000) next = next.slice(0, 50000);
  text = next;
  const inc = JSON.stringify(analyze(text, {}, session));
  const cold = JSON.stringify(analyze(text, {}));
  if (inc !== cold) { bad++; console.log(`DIFF at edit ${k} kind ${kind}`); }
}
console.log(`fuzz seed ${process.argv[2]}: ${N} edits, ${bad} differ`);
if (bad) process.exitCode = 1;
