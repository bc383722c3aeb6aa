// Quality floors: the gold fixtures scored inside `npm test`, so a regression in any figure fails.
// The scorer belongs to the shared evaluation kit (../shared/eval/score.mjs, or BYLINE_SCORER); it is
// called, not copied, and skipped with a message when absent. The source under test is analyzed here,
// in-process (no build needed, no stale dist/), and the scorer reads the predictions from a temp dir.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { decodeText } from '../../src/core/decode';
import { formatAnalysis } from '../../src/core/format';

const root = join(__dirname, '..', '..');
const scorer = process.env.BYLINE_SCORER ?? join(root, '..', 'shared', 'eval', 'score.mjs');

type Figures = Record<string, number | null>;

// Each floor sits about two points below the figure at the time it was set, so noise passes and a
// real regression fails. Raise a floor when a change lifts its figure for good.
const FLOORS: Array<{ name: string; dir: string; floors: Record<string, number> }> = [
  {
    name: 'test/fixtures/articles',
    dir: join(root, 'test', 'fixtures', 'articles'),
    floors: {
      ner_f1: 0.95, ner_strict_f1: 0.95, role_acc: 0.96, coref_f1: 0.93, claim_recall: 0.96,
      claim_attribution: 0.91, claim_precision: 0.96, event_recall: 0.98, event_precision: 0.98,
      event_type_acc: 0.98, date_recall: 0.98,
    },
  },
  {
    name: 'test/fixtures/holdout',
    dir: join(root, 'test', 'fixtures', 'holdout'),
    floors: {
      ner_f1: 0.97, ner_strict_f1: 0.97, role_acc: 0.95, coref_f1: 0.92, claim_recall: 0.95,
      claim_attribution: 0.87, claim_precision: 0.98, event_recall: 0.92, event_precision: 0.86,
      event_type_acc: 0.92, date_recall: 0.98,
    },
  },
  {
    // the seed article's gold lives with the shared kit, not in the repo
    name: 'shared seed (../shared/eval)',
    dir: join(root, '..', 'shared', 'eval'),
    floors: {
      ner_f1: 0.98, role_acc: 0.98, coref_f1: 0.98, claim_recall: 0.98, claim_attribution: 0.98,
      claim_precision: 0.98, event_recall: 0.98, event_precision: 0.98, event_type_acc: 0.98,
      date_recall: 0.98, event_participant_f1: 0.49, event_place_acc: 0.64, event_date_acc: 0.44,
      event_coref_f1: 0.78,
    },
  },
];

/** Writes what `byline annotate --format json [--date D]` would print for each gold text. */
function predict(dir: string): string {
  const out = mkdtempSync(join(tmpdir(), 'byline-quality-'));
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
    const goldPath = join(dir, f.replace(/\.txt$/, '.gold.json'));
    if (!existsSync(goldPath)) continue;
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { article_date?: string };
    const text = decodeText(readFileSync(join(dir, f)));
    writeFileSync(join(out, f), formatAnalysis(analyze(text, { source: f, date: gold.article_date }), 'json'));
  }
  return out;
}

function score(dir: string): Figures {
  // {} becomes the text's quoted path; the shell's basename maps it to its prediction
  const cmd = `cat ${JSON.stringify(predict(dir))}/"$(basename {})"`;
  const out = execFileSync(process.execPath, [scorer, '--dir', dir, '--cmd', cmd, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return (JSON.parse(out) as { total: Figures }).total;
}

describe('quality floors on the gold fixtures', function () {
  this.timeout(180_000);
  for (const { name, dir, floors } of FLOORS) {
    it(`${name}: every figure at or above its floor`, function () {
      if (!existsSync(scorer)) {
        console.log(`      skipped: the shared scorer is not at ${scorer} (set BYLINE_SCORER)`);
        this.skip();
      }
      if (!existsSync(dir)) {
        console.log(`      skipped: ${dir} is absent`);
        this.skip();
      }
      const total = score(dir);
      if (process.env.BYLINE_QUALITY_VERBOSE) console.log(JSON.stringify(total));
      const below = Object.entries(floors)
        .filter(([k, floor]) => typeof total[k] !== 'number' || (total[k] as number) < floor)
        .map(([k, floor]) => `${k} ${total[k] === null || total[k] === undefined ? 'missing' : (total[k] as number).toFixed(3)} < floor ${floor}`);
      assert.deepEqual(below, [], `${name}: ${below.join('; ')}`);
    });
  }
});
