// The anchor for the CLI corpus figure: compromise alone over every .txt of a folder, in name order, in one
// process (what bench.ts's compromiseAlone does per text: people, places, organizations).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';

const dir = process.argv[2];
let n = 0;
for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
  const doc = nlp(readFileSync(join(dir, f), 'utf8'));
  doc.people().out('array');
  doc.places().out('array');
  doc.organizations().out('array');
  n++;
}
console.log(n);
