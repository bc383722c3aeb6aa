// The command line's options: one table entry per flag (name, value or not, how it sets Options), and the help.
import { availableParallelism } from 'node:os';
import { isCalendarDate } from '../core/dates/calendar';
import { OUTPUT_FORMATS, type OutputFormat } from '../core/format';
import type { CorrectionOptions } from './corrections';

export const USAGE = 'usage: byline annotate FILE|DIR|GLOB… [-r] [--format json|jsonl|brat|text] [--date YYYY-MM-DD] [--jobs N] [--out DIR] [--explain] [--no-corrections | --corrections FILE] | byline annotate --stdin';

export const HELP = `${USAGE}

Annotates news articles offline: people, organizations, places and dates; actors with their roles;
events with participants, place and date; quotes and reported speech with their speakers.

Commands:
  annotate FILE…        analyze each file (UTF-8 text; a BOM is allowed) and print the result
                        in the order given; "-" reads one article from standard input
  annotate -r DIR…      every article (.txt .md .markdown .news) under DIR, in name order
  annotate 'GLOB'…      the files a quoted glob matches ('archive/**/*.txt'), in name order

Options:
  --format FORMAT       json   one annotation document (schema byline.annotations/1); with several
                               files, one document per file separated by newlines
                        jsonl  one JSON object per line, one line per file, each with its "source"
                        brat   brat standoff (.ann) lines; with several files, each after a "# FILE" line
                        text   a readable summary (the default when stdout is a terminal)
  --date YYYY-MM-DD     the article's publication date, for relative dates ("on Tuesday");
                        otherwise taken from the dateline when it states one
  --max-size BYTES      refuse files (and --stdin records) larger than this (default 20000000)
  -r, --recursive       annotate the articles inside folders given as arguments
  -j, --jobs N          worker threads (default: every core; fewer than 16 articles run in this
                        process, where starting workers would cost more than they save).
                        The output is in input order, and the same, whatever N is
  --out DIR             write one file per article into DIR (FILE.json, or .ann / .summary.txt)
                        instead of printing; articles whose output is up to date (same content,
                        Byline version and options) are skipped, so a killed run resumes
  --stdin               read JSON Lines records {"id": …, "text": …, "date"?: …} from standard
                        input and write one JSON line per record, with its "id", in input order;
                        a bad record gives {"id": …, "line": N, "error": …} and the stream goes on
                        (exit code 0: cluster engines take a non-zero exit as a failed task)
  --explain             add "explain" to the JSON: why each name has its type, each description
                        or pronoun its actor, each claim its speaker and each event its type
  --corrections FILE    apply these corrections: a sidecar (.byline.json) or brat standoff (.ann)
                        (otherwise FILE.byline.json beside each article is applied when present)
  --no-corrections      ignore the reader's corrections; print Byline's own analysis
  --progress, --quiet   force the progress line on stderr on or off (default: on when stderr is
                        a terminal)
  -h, --help            show this help
  -v, --version         show the version

Exit codes: 0 all files annotated; 1 some file could not be read (one line on stderr names it and
why; the other files are still processed); 2 usage error.
`;

export class UsageError extends Error {}

/** What shapes each article's output: handed to every worker, and part of the --out up-to-date key. */
export interface ArticleOptions extends CorrectionOptions {
  format: OutputFormat;
  date?: string;
  maxSize: number;
  explain?: boolean;
}

export interface Options {
  article: ArticleOptions;
  inputs: string[];
  recursive: boolean;
  /** Undefined: decided from the input (every core, or this thread for a handful of files). */
  jobs?: number;
  out?: string;
  stdin: boolean;
  progress?: boolean;
  formatGiven: boolean;
}

interface Flag {
  names: string[];
  /** Takes a value (`--flag V` or `--flag=V`). */
  value?: boolean;
  apply(opts: Options, value: string): void;
}

// A new flag is one entry here (plus its Options/ArticleOptions field and a HELP line). Whatever changes
// an article's output belongs in ArticleOptions, so workers get it and --out redoes stale files.
const FLAGS: Flag[] = [
  { names: ['--format'], value: true, apply(o, f) {
    if (!(OUTPUT_FORMATS as readonly string[]).includes(f)) throw new UsageError(`unknown format: ${f}`);
    o.article.format = f as OutputFormat;
    o.formatGiven = true;
  } },
  { names: ['--date'], value: true, apply(o, d) {
    if (!isCalendarDate(d)) throw new UsageError(`--date wants a calendar date YYYY-MM-DD, got ${d}`);
    o.article.date = d;
  } },
  { names: ['--max-size'], value: true, apply(o, v) {
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) throw new UsageError('--max-size wants a positive whole number of bytes');
    o.article.maxSize = n;
  } },
  { names: ['-j', '--jobs'], value: true, apply(o, v) {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1 || n > 1024) throw new UsageError('--jobs wants a whole number of threads from 1 to 1024');
    o.jobs = n;
  } },
  { names: ['--out'], value: true, apply(o, v) { o.out = v; } },
  { names: ['-r', '--recursive'], apply(o) { o.recursive = true; } },
  { names: ['--stdin'], apply(o) { o.stdin = true; } },
  { names: ['--explain'], apply(o) { o.article.explain = true; } },
  { names: ['--no-corrections'], apply(o) { o.article.noCorrections = true; } },
  { names: ['--corrections'], value: true, apply(o, v) { o.article.corrections = v; } },
  { names: ['--progress'], apply(o) { o.progress = true; } },
  { names: ['--quiet', '-q'], apply(o) { o.progress = false; } },
];

export function parseArgs(argv: string[], isTTY: boolean): Options | 'help' | 'version' {
  if (argv.includes('-h') || argv.includes('--help')) return 'help';
  if (argv.includes('-v') || argv.includes('--version')) return 'version';
  const [command, ...rest] = argv;
  if (command !== 'annotate') throw new UsageError(command ? `unknown command: ${command}` : 'no command given');
  const opts: Options = { article: { format: isTTY ? 'text' : 'json', maxSize: 20_000_000 }, inputs: [], recursive: false, stdin: false, formatGiven: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--') {
      opts.inputs.push(...rest.slice(i + 1));
      break;
    }
    const name = arg.startsWith('--') ? arg.split('=')[0] : arg;
    const flag = FLAGS.find((f) => f.names.includes(name));
    if (!flag) {
      if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option: ${arg}`);
      opts.inputs.push(arg);
      continue;
    }
    let value = '';
    if (flag.value) {
      const eq = arg.indexOf('=');
      if (eq > 0) value = arg.slice(eq + 1);
      else if (i + 1 >= rest.length) throw new UsageError(`${arg} needs a value`);
      else value = rest[++i];
    }
    flag.apply(opts, value);
  }
  return checked(opts);
}

function checked(opts: Options): Options {
  if (opts.stdin) {
    if (opts.inputs.length) throw new UsageError('--stdin reads records from standard input; give no files with it');
    if (opts.out) throw new UsageError('--stdin writes JSON Lines to standard output; --out is for files');
    if (opts.formatGiven && opts.article.format !== 'jsonl') throw new UsageError('--stdin writes JSON Lines (--format jsonl)');
    opts.article.format = 'jsonl';
  } else if (opts.inputs.length === 0) throw new UsageError('no files given');
  if (opts.article.corrections && (opts.stdin || opts.recursive || opts.inputs.length !== 1 || isGlob(opts.inputs[0]))) {
    throw new UsageError('--corrections takes one article at a time');
  }
  if (opts.out && opts.inputs.includes('-')) throw new UsageError('--out names each output after its file; "-" has no name');
  if (opts.out && !opts.formatGiven) opts.article.format = 'json';
  return opts;
}

/** Below this many articles, one thread: starting a worker (bundle + lexicons) costs ~0.5 s. */
export const POOL_FROM = 16;

/**
 * Threads to use. `count` is how many articles the input holds, when known (files as given, or folders
 * and globs found to hold fewer than POOL_FROM); undefined for more, or for a stream.
 */
export function jobCount(opts: Options, count: number | undefined): number {
  if (opts.jobs !== undefined) return opts.jobs;
  if (count !== undefined && count < POOL_FROM) return 1;
  return Math.max(1, availableParallelism());
}

export function isGlob(arg: string): boolean {
  return /[*?[\]{}]/.test(arg);
}
