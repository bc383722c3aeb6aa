// The CLI at archive scale: the worker pool, folders and globs, --out with resume, --stdin records, GNU parallel.
// Runs a fresh bundle of the CLI (and its pool worker) as a real process, fed on stdin like a cluster engine would.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { build } from 'esbuild';
import { articleText, sentencePool } from '../../bench/corpus';
import { command, main } from '../../src/cli';

const root = join(__dirname, '..', '..');

interface Ran { code: number | null; out: string; err: string }

describe('byline CLI at archive scale', function () {
  this.timeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'byline-archive-'));
  const bin = join(dir, 'bin', 'cli.js');
  const archive = join(dir, 'archive');
  const pool = sentencePool(root);
  const names: string[] = [];

  const cli = (args: string[], input?: string | Buffer): Ran => {
    const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, input, encoding: 'utf8', maxBuffer: 1 << 28 });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  before(async () => {
    const common = { bundle: true, platform: 'node', format: 'cjs', logLevel: 'silent', define: { BYLINE_VERSION: '"test"' } } as const;
    await build({ ...common, entryPoints: { cli: join(root, 'src/cli.ts'), 'cli-worker': join(root, 'src/cli/worker.ts') }, outdir: join(dir, 'bin') });
    // 40 varied articles over two desks and a nested folder, plus what -r must leave out.
    for (let i = 0; i < 40; i++) {
      const sub = i % 3 === 0 ? 'world/europe' : i % 2 ? 'world' : 'business';
      mkdirSync(join(archive, sub), { recursive: true });
      const name = `${sub}/a${String(i).padStart(2, '0')}.${i % 5 === 0 ? 'md' : 'txt'}`;
      writeFileSync(join(archive, name), articleText(pool, 600 + (i * 137) % 2500, 100 + i));
      names.push(name);
    }
    mkdirSync(join(archive, '.git'), { recursive: true });
    writeFileSync(join(archive, '.git', 'HEAD.txt'), 'not an article');
    writeFileSync(join(archive, 'world', 'photo.jpg'), Buffer.from([0xff, 0xd8, 0, 0, 0, 0]));
  });

  it('gives the same output on a pool of workers as in one thread, in input order', () => {
    const one = cli(['annotate', '-r', 'archive', '--format', 'jsonl', '--jobs', '1']);
    const two = cli(['annotate', '-r', 'archive', '--format', 'jsonl', '--jobs', '3']);
    assert.equal(one.code, 0, one.err);
    assert.equal(two.code, 0, two.err);
    const sources = one.out.trim().split('\n').map((l) => JSON.parse(l).source as string);
    assert.deepEqual(sources, [...names].sort().map((n) => join('archive', n)), 'every article once, in name order; .git and .jpg left out');
    assert.ok(one.out.length > 10_000);
    assert.equal(two.out, one.out);
    const brat1 = cli(['annotate', 'archive/world/*.txt', '--format', 'brat', '--jobs', '1']);
    const brat2 = cli(['annotate', 'archive/world/*.txt', '--format', 'brat', '--jobs', '2']);
    assert.equal(brat2.out, brat1.out);
    assert.deepEqual(brat1.out.split('\n').filter((l) => l.startsWith('# ')), names.filter((n) => /^world\/[^/]+\.txt$/.test(n)).sort().map((n) => `# archive/${n}`));
  });

  it('names a folder given without -r and a glob that matches nothing, and goes on', () => {
    const r = cli(['annotate', 'archive', 'archive/**/*.nothing', 'archive/business/a02.txt', '--format', 'jsonl', '--jobs', '2']);
    assert.equal(r.code, 1);
    assert.match(r.err, /^byline: archive: is a directory \(-r annotates the articles inside\)$/m);
    assert.match(r.err, /^byline: archive\/\*\*\/\*\.nothing: no files match this pattern$/m);
    assert.equal(r.out.trim().split('\n').length, 1);
  });

  it('writes one JSON per article with --out, and a second run skips what is up to date and redoes a changed one', () => {
    const first = cli(['annotate', '-r', 'archive/world', '--out', 'annotated', '--progress']);
    assert.equal(first.code, 0, first.err);
    const world = names.filter((n) => n.startsWith('world/')).sort();
    const outputs = world.map((n) => join(dir, 'annotated', 'archive', `${n}.json`));
    for (const [i, f] of outputs.entries()) {
      const a = JSON.parse(readFileSync(f, 'utf8'));
      assert.equal(a.source, join('archive', world[i]));
      assert.equal(a.schema, 'byline.annotations/1');
    }
    assert.match(first.err, new RegExp(`byline: ${world.length} articles in \\d+:\\d\\d\\n$`));
    const before = outputs.map((f) => statSync(f).mtimeMs);

    appendFileSync(join(archive, world[2]), '\n\nThe minister said on Friday that talks would resume.\n');
    const second = cli(['annotate', '-r', 'archive/world', '--out', 'annotated', '--progress']);
    assert.equal(second.code, 0, second.err);
    assert.match(second.err, new RegExp(`${world.length} articles in \\d+:\\d\\d, ${world.length - 1} up to date`));
    const after = outputs.map((f) => statSync(f).mtimeMs);
    assert.deepEqual(after.map((t, i) => t !== before[i]), world.map((_, i) => i === 2), 'only the changed article is rewritten');
    assert.match(readFileSync(outputs[2], 'utf8'), /talks would resume/);

    // Other options, other output: everything is redone.
    const dated = cli(['annotate', '-r', 'archive/world', '--out', 'annotated', '--date', '2024-05-01', '--progress']);
    assert.doesNotMatch(dated.err, /up to date/);
  });

  it('resumes a killed run: outputs missing from the manifest are redone, the rest skipped', () => {
    const args = ['annotate', '-r', 'archive/business', '--out', 'resumed', '--progress', '--jobs', '2'];
    assert.equal(cli(args).code, 0);
    const manifest = join(dir, 'resumed', '.byline-manifest.jsonl');
    const lines = readFileSync(manifest, 'utf8').trim().split('\n');
    // As if killed after the first three (the last line cut in the middle of being written).
    writeFileSync(manifest, lines.slice(0, 3).join('\n') + '\n' + lines[3].slice(0, 20));
    const again = cli(args);
    assert.equal(again.code, 0, again.err);
    assert.match(again.err, new RegExp(`${lines.length} articles in \\d+:\\d\\d, 3 up to date`));
    const parsed = readFileSync(manifest, 'utf8').split('\n').filter((l) => { try { JSON.parse(l); return true; } catch { return false; } });
    assert.equal(parsed.length, lines.length, 'the cut line is left behind; the redone articles are recorded after it');
  });

  const records = (): string => [
    JSON.stringify({ id: 'r1', text: articleText(pool, 800, 1), date: '2021-10-19' }),
    'this is not JSON',
    JSON.stringify({ id: 2 }),
    '',
    JSON.stringify({ id: 'bin', text: '\u0000\u0000\u0000\u0001\u0002binary\u0000\u0003' }),
    JSON.stringify({ id: 'big', text: 'x'.repeat(5000) }),
    JSON.stringify({ id: 'r7', text: 'Russian Defense Minister Sergei Shoigu met officials in Moscow on Tuesday.' }),
    '[1, 2, 3]',
    JSON.stringify({ id: 'baddate', text: 'A text.', date: '2023-02-30' }),
    ...Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: `n${i}`, text: articleText(pool, 300 + i * 50, 200 + i) })),
  ].join('\n') + '\n';

  /** `blocks`: under parallel --pipe, each block numbers its lines from 1. */
  function checkRecords(out: string, blocks = false): void {
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 20, 'one line per non-blank record');
    assert.deepEqual(lines.map((l) => l.id ?? (blocks ? 'no id' : `line ${l.line}`)), ['r1', ...(blocks ? ['no id'] : ['line 2']), 2, 'bin', 'big', 'r7', ...(blocks ? ['no id'] : ['line 8']), 'baddate', ...Array.from({ length: 12 }, (_, i) => `n${i}`)]);
    assert.equal(lines[0].date, '2021-10-19');
    assert.match(lines[1].error, /not a JSON record/);
    assert.match(lines[2].error, /no "text"/);
    assert.match(lines[3].error, /"text" is binary/);
    assert.match(lines[4].error, /record too large/);
    assert.ok(lines[5].mentions.some((m: { text: string }) => m.text === 'Sergei Shoigu'));
    assert.match(lines[6].error, /not a JSON object/);
    assert.match(lines[7].error, /"date" must be a calendar date YYYY-MM-DD/);
    for (const l of lines.slice(8)) assert.equal(l.schema, 'byline.annotations/1');
  }

  it('--stdin: one line per record with its id, bad records as error lines, the stream goes on (pool and one thread alike)', () => {
    const input = records();
    const pooled = cli(['annotate', '--stdin', '--jobs', '2', '--max-size', '4000'], input);
    assert.equal(pooled.code, 0, 'bad records are data, not a failed task');
    checkRecords(pooled.out);
    assert.match(pooled.err, /6 records could not be annotated/);
    assert.equal(cli(['annotate', '--stdin', '--jobs', '1', '--max-size', '4000'], input).out, pooled.out);
  });

  it('--stdin in this process reads records split anywhere across chunks, CRLF and invalid UTF-8 included', async () => {
    const bytes = Buffer.concat([Buffer.from(records().replace('\n', '\r\n')), Buffer.from([0xff, 0xfe, 0x7b, 0x0a])]);
    const chunks: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += 97) chunks.push(bytes.subarray(i, i + 97));
    let out = '', err = '';
    const code = await command(['annotate', '--stdin', '--jobs', '1', '--max-size', '4000'], {
      out: (t) => { out += t; }, err: (t) => { err += t; }, isTTY: false, stdin: Readable.from(chunks),
    });
    assert.equal(code, 0);
    const lines = out.trim().split('\n');
    checkRecords(lines.slice(0, 20).join('\n'));
    assert.match(JSON.parse(lines[20]).error, /not a JSON record/);
    assert.match(err, /7 records could not be annotated/);
  });

  it('--stdin reads only a few records ahead of what it has written (memory flat on an endless stream)', async () => {
    let made = 0;
    const lead: number[] = [];
    function* endless(): Generator<string> {
      for (; made < 150; made++) yield JSON.stringify({ id: made, text: `Minister ${made} visited Paris on Tuesday.` }) + '\n';
    }
    let written = 0;
    const code = await command(['annotate', '--stdin', '--jobs', '1'], {
      out: () => { written++; lead.push(made - written); }, err: () => undefined, isTTY: false, stdin: Readable.from(endless()),
    });
    assert.equal(code, 0);
    assert.equal(written, 150);
    assert.ok(Math.max(...lead) < 40, `read ahead ${Math.max(...lead)} records`);
  });

  it('--stdin on a pool answers each record before the next one comes (a coprocess does not hang)', async () => {
    const child = spawn(process.execPath, [bin, 'annotate', '--stdin', '--jobs', '2'], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'] });
    try {
      const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
      for (const id of ['q1', 'q2', 'q3']) {
        child.stdin.write(JSON.stringify({ id, text: `${id}: Prime Minister Jacinda Ardern visited Tokyo on Monday.` }) + '\n');
        const answer = await Promise.race([lines.next(), new Promise<never>((_, no) => setTimeout(() => no(new Error(`no answer for ${id}`)), 60_000))]);
        assert.equal(JSON.parse(answer.value as string).id, id);
      }
      child.stdin.end();
      const [code] = await once(child, 'exit');
      assert.equal(code, 0);
    } finally {
      child.kill();
    }
  });

  it('main() stays synchronous: --stdin asks for command()', () => {
    let err = '';
    assert.equal(main(['annotate', '--stdin'], { out: () => undefined, err: (t) => { err += t; }, isTTY: false }), 2);
    assert.match(err, /command\(\)/);
  });

  it('--stdin runs under GNU parallel --pipe, output in input order', function () {
    if (spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status !== 0) {
      console.log('      (skipped: GNU parallel is not installed; apt-get install parallel — .ci/run does)');
      this.skip();
    }
    const input = records();
    const alone = cli(['annotate', '--stdin', '--jobs', '1', '--max-size', '4000'], input);
    const r = spawnSync('parallel', ['--will-cite', '--pipe', '-N', '4', '-k', '-j', '2', process.execPath, bin, 'annotate', '--stdin', '--jobs', '1', '--max-size', '4000'], { cwd: dir, input, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    checkRecords(r.stdout, true);
    // Line numbers restart in each block parallel hands out; everything else is the same.
    const strip = (s: string): string => s.replace(/"line":\d+,/g, '');
    assert.equal(strip(r.stdout), strip(alone.out));
  });
});
