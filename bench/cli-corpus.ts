// The archive figure: a folder of real articles through the CLI's defaults (every core) and on one job,
// against compromise alone over the same files in one process. Each is a whole process, timed wall-clock;
// its CPU time (all threads) is reported too, since on a shared machine the wall clock mostly measures the
// neighbours. The folder: ../shared/data/polnear/train/text (840 PolNeAR articles), or BYLINE_CORPUS;
// skipped when absent.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

interface Timing { wall: number; cpu: number }

// Preloaded into each measured process: its CPU time (every thread) on stderr at exit.
const CPU_REPORT = `process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write('\\nBYLINE_CPU ' + (u.user + u.system) / 1e6 + '\\n'); });\n`;

function timed(reporter: string, args: string[]): Timing {
  const sink = openSync('/dev/null', 'w');
  try {
    const t = performance.now();
    const r = spawnSync(process.execPath, ['--require', reporter, ...args], { stdio: ['ignore', sink, 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
    const wall = (performance.now() - t) / 1000;
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr.slice(-500)}`);
    return { wall, cpu: Number(/BYLINE_CPU ([\d.]+)/.exec(r.stderr)?.[1] ?? NaN) };
  } finally {
    closeSync(sink);
  }
}

export function cliCorpus(root: string, log: (s: string) => void): Record<string, number> {
  const dir = process.env.BYLINE_CORPUS ?? join(root, '..', 'shared', 'data', 'polnear', 'train', 'text');
  if (!existsSync(dir)) {
    log(`CLI corpus figure skipped: ${dir} is not here (set BYLINE_CORPUS to a folder of .txt articles)`);
    return {};
  }
  const reporter = join(mkdtempSync(join(tmpdir(), 'byline-bench-')), 'cpu.js');
  writeFileSync(reporter, CPU_REPORT);
  const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).length;
  const cli = join(root, 'dist', 'cli.js');
  const cores = availableParallelism();
  const load = loadavg()[0];
  const alone = timed(reporter, [join(root, 'bench', 'compromise-alone.mjs'), dir]);
  const defaults = timed(reporter, [cli, 'annotate', '-r', dir, '--format', 'jsonl', '--quiet']);
  const oneJob = timed(reporter, [cli, 'annotate', '-r', dir, '--format', 'jsonl', '--quiet', '--jobs', '1']);
  const f = (t: Timing): string => `${t.wall.toFixed(1)} s (CPU ${t.cpu.toFixed(1)} s)`;
  log(`${articles} articles (${dir}), whole processes, ${cores} cores, load average ${load.toFixed(1)} → ${loadavg()[0].toFixed(1)}:`);
  log(`  compromise alone, one process ${f(alone)} · byline annotate -r with its defaults ${f(defaults)}, ratio ${(defaults.wall / alone.wall).toFixed(2)} (target ≤ 0.6) · --jobs 1 ${f(oneJob)}, ratio ${(oneJob.wall / alone.wall).toFixed(2)}`);
  return {
    corpus_articles: articles,
    corpus_cores: cores,
    corpus_load_average: load,
    corpus_compromise_alone_s: alone.wall,
    corpus_compromise_alone_cpu_s: alone.cpu,
    corpus_cli_defaults_s: defaults.wall,
    corpus_cli_defaults_cpu_s: defaults.cpu,
    corpus_cli_defaults_ratio: defaults.wall / alone.wall,
    corpus_cli_one_job_s: oneJob.wall,
    corpus_cli_one_job_cpu_s: oneJob.cpu,
    corpus_cli_one_job_ratio: oneJob.wall / alone.wall,
  };
}

if (require.main === module) cliCorpus(join(__dirname, '..'), console.log);
