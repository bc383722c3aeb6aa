// The manifest as the Marketplace and the Settings editor read it: metadata, capabilities, settings,
// and what the .vsix ships (`vsce ls`).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isCalendarDate } from '../../src/core/dates/calendar';

const ROOT = join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const manifest: any = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('manifest: Marketplace metadata and capabilities', () => {
  it('names its repository, bugs, homepage, gallery banner, categories and keywords', () => {
    assert.match(manifest.repository?.url ?? '', /^https:\/\//);
    assert.match(manifest.bugs?.url ?? '', /^https:\/\//);
    assert.match(manifest.homepage ?? '', /^https:\/\//);
    assert.match(manifest.galleryBanner?.color ?? '', /^#[0-9a-f]{6}$/i);
    assert.ok(['dark', 'light'].includes(manifest.galleryBanner?.theme));
    assert.ok(manifest.categories.length >= 2 && !manifest.categories.every((c: string) => c === 'Other'));
    assert.ok(manifest.keywords.length >= 5 && manifest.keywords.length <= 30, 'the Marketplace takes at most 30 keywords');
  });

  it('declares Restricted Mode (limited, with what is limited) and virtual workspaces', () => {
    const trust = manifest.capabilities?.untrustedWorkspaces;
    assert.equal(trust?.supported, 'limited');
    assert.ok(trust.description, 'says what is limited in Restricted Mode');
    for (const key of trust.restrictedConfigurations ?? []) assert.ok(manifest.contributes.configuration.properties[key], `${key} is a setting`);
    assert.equal(manifest.capabilities?.virtualWorkspaces, true);
  });
});

describe('manifest: the Settings editor', () => {
  const props: Record<string, Record<string, unknown>> = manifest.contributes.configuration.properties;

  it('gives every setting a Markdown description and an order, and every enum value a description', () => {
    const orders = new Set<number>();
    for (const [key, p] of Object.entries(props)) {
      assert.ok(p.markdownDescription, `${key} has a markdownDescription`);
      assert.equal(typeof p.order, 'number', `${key} has an order`);
      assert.ok(!orders.has(p.order as number), `${key}'s order is its own`);
      orders.add(p.order as number);
      if (Array.isArray(p.enum)) assert.equal((p.enumDescriptions as unknown[] | undefined)?.length, p.enum.length, `${key}: one enumDescription per value`);
      for (const [sub, q] of Object.entries((p.properties ?? {}) as Record<string, Record<string, unknown>>)) {
        assert.ok(q.markdownDescription ?? q.description, `${key}.${sub} is described`);
      }
    }
  });

  it('validates byline.articleDate: YYYY-MM-DD or empty, with a message for anything else', () => {
    const p = props['byline.articleDate'];
    assert.ok(p.patternErrorMessage, 'the Settings editor says what is wrong');
    const re = new RegExp(p.pattern as string);
    for (const ok of ['', '2024-03-15', '1999-12-31']) assert.ok(re.test(ok), `accepts "${ok}"`);
    for (const bad of ['2024-3-15', '15/03/2024', 'tomorrow', '2024-13-01', '2024-03-32', ' 2024-03-15']) assert.ok(!re.test(bad), `rejects "${bad}"`);
  });
});

describe('manifest: what the .vsix ships', () => {
  it('`vsce ls` lists only the runtime bundle, media, grammar, l10n, the sample article and the docs', function () {
    this.timeout(120_000);
    const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8', timeout: 110_000 });
    assert.equal(r.status, 0, `vsce ls failed: ${r.stderr}`);
    const files = r.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
    const allowed = [
      /^package\.json$/, /^package\.nls(\.[\w-]+)?\.json$/, /^(README|CHANGELOG)\.md$/, /^LICENSE$/,
      /^dist\/(extension|worker|indexer)\.js$/, /^media\/[\w/.-]+\.(png|svg)$/, /^syntaxes\/[\w.-]+\.json$/,
      /^l10n\/bundle\.l10n(\.[\w-]+)?\.json$/, /^seeds\/seed-article\.txt$/,
    ];
    const stray = files.filter((f) => !allowed.some((re) => re.test(f)));
    assert.deepEqual(stray, [], `files that should not ship: ${stray.join(', ')}`);
    assert.ok(files.includes('package.json') && files.includes('seeds/seed-article.txt'), files.join(', '));
  });
});

describe('byline.articleDate in the code: only real days are used', () => {
  it('isCalendarDate accepts days that exist and nothing else', () => {
    for (const ok of ['2024-02-29', '2024-03-15', '1999-12-31']) assert.ok(isCalendarDate(ok), ok);
    for (const bad of ['2023-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-3-15', '', 'tomorrow', '2024-03-15T00:00']) assert.ok(!isCalendarDate(bad), bad);
  });
});
