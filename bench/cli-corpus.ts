// The archive figure: a folder of real articles through the CLI's defaults (every core) and on one job,
// against compromise alone over the same files in one process. Each is a whole process, timed wall-clock.
// The folder: ../shared/data/polnear/train/text (840 PolNeAR articles), or BYLINE_CORPUS; skipped when absent.
import { spawnSync } from 'node:child_process';
import { existsSync, openSync, closeSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

function timed(args: string[]): number {
  const sink = openSync('/dev/null', 'w');
  try {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { stdio: ['ignore', sink, 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
    const ms = performance.now() - t;
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr.slice(-500)}`);
    return ms / 1000;
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
  const articles = readdirSync(dir).filter((f) => f.endsWith('.txt')).length;
  const cli = join(root, 'dist', 'cli.js');
  const alone = timed([join(root, 'bench', 'compromise-alone.mjs'), dir]);
  const defaults = timed([cli, 'annotate', '-r', dir, '--format', 'jsonl', '--quiet']);
  const oneJob = timed([cli, 'annotate', '-r', dir, '--format', 'jsonl', '--quiet', '--jobs', '1']);
  log(`${articles} articles (${dir}), whole processes, ${availableParallelism()} cores: compromise alone in one process ${alone.toFixed(1)} s · byline annotate -r (defaults: ${availableParallelism()} jobs) ${defaults.toFixed(1)} s, ratio ${(defaults / alone).toFixed(2)} (target ≤ 0.6) · --jobs 1 ${oneJob.toFixed(1)} s, ratio ${(oneJob / alone).toFixed(2)}`);
  return {
    corpus_articles: articles,
    corpus_cores: availableParallelism(),
    corpus_compromise_alone_s: alone,
    corpus_cli_defaults_s: defaults,
    corpus_cli_defaults_ratio: defaults / alone,
    corpus_cli_one_job_s: oneJob,
    corpus_cli_one_job_ratio: oneJob / alone,
  };
}

if (require.main === module) cliCorpus(join(__dirname, '..'), console.log);
