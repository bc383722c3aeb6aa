// The rule-based mentions of a training or evaluation text, in CoNLL's types: the tagger's stacked feature.
// With NER_CACHE=1 they are kept in the OS temp folder by hash of the text (never in the repo); without it,
// every run reads them afresh, so a change to the rules always reaches the features.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findEntities } from '../../src/core/entities/entities';
import { buildContext } from '../../src/core/text/document';
import type { RuleSpan } from '../../src/core/ner/read';

const RULE_TYPE: Record<string, RuleSpan['type'] | undefined> = { person: 'PER', organization: 'ORG', place: 'LOC' };
const cacheDir = join(tmpdir(), 'byline-ner-rules');

export function rulesOf(text: string): RuleSpan[] {
  const file = process.env.NER_CACHE ? join(cacheDir, createHash('sha1').update(text).digest('hex') + '.json') : '';
  if (file && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as RuleSpan[];
  const out: RuleSpan[] = [];
  for (const m of findEntities(buildContext(text))) { const t = RULE_TYPE[m.type]; if (t) out.push({ start: m.start, end: m.end, type: t }); }
  if (file) { mkdirSync(cacheDir, { recursive: true }); writeFileSync(file, JSON.stringify(out)); }
  return out;
}
