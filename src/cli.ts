// The `byline` command line: annotate articles and print JSON, JSON Lines, brat standoff or a summary.
import { readFileSync, statSync } from 'node:fs';
import { analyze } from './core/analyze';
import { decodeText, DecodeError } from './core/decode';
import { formatAnalysis, OUTPUT_FORMATS, type OutputFormat } from './core/format';

const USAGE = 'usage: byline annotate FILE… [--format json|jsonl|brat|text] [--date YYYY-MM-DD] [--explain]';
const HELP = `${USAGE}

Annotates news articles offline: people, organizations, places and dates; actors with their roles;
events with participants, place and date; quotes and reported speech with their speakers.

Commands:
  annotate FILE…        analyze each file (UTF-8 text; a BOM is allowed) and print the result

Options:
  --format FORMAT       json   one annotation document (schema byline.annotations/1); with several
                               files, one document per file separated by newlines
                        jsonl  one JSON object per line, one line per file, each with its "source"
                        brat   brat standoff (.ann) lines; with several files, each after a "# FILE" line
                        text   a readable summary (the default when stdout is a terminal)
  --date YYYY-MM-DD     the article's publication date, for relative dates ("on Tuesday");
                        otherwise taken from the dateline when it states one
  --max-size BYTES      refuse files larger than this (default 20000000)
  --explain             add "explain" to the JSON: why each name has its type, each description
                        or pronoun its actor, each claim its speaker and each event its type
  -h, --help            show this help
  -v, --version         show the version

Exit codes: 0 all files annotated; 1 some file could not be read (one line on stderr names it and
why; the other files are still processed); 2 usage error.
`;

interface Options {
  files: string[];
  format: OutputFormat;
  date?: string;
  maxSize: number;
  explain?: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: string[], isTTY: boolean): Options | 'help' | 'version' {
  if (argv.includes('-h') || argv.includes('--help')) return 'help';
  if (argv.includes('-v') || argv.includes('--version')) return 'version';
  const [command, ...rest] = argv;
  if (command !== 'annotate') throw new UsageError(command ? `unknown command: ${command}` : 'no command given');
  const opts: Options = { files: [], format: isTTY ? 'text' : 'json', maxSize: 20_000_000 };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = (): string => {
      const eq = arg.indexOf('=');
      if (eq > 0) return arg.slice(eq + 1);
      if (i + 1 >= rest.length) throw new UsageError(`${arg} needs a value`);
      return rest[++i];
    };
    const name = arg.startsWith('--') ? arg.split('=')[0] : arg;
    if (name === '--format') {
      const f = value();
      if (!(OUTPUT_FORMATS as readonly string[]).includes(f)) throw new UsageError(`unknown format: ${f}`);
      opts.format = f as OutputFormat;
    } else if (name === '--date') {
      const d = value();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(Date.parse(d))) throw new UsageError(`--date wants YYYY-MM-DD, got ${d}`);
      opts.date = d;
    } else if (name === '--max-size') {
      const n = Number(value());
      if (!Number.isInteger(n) || n <= 0) throw new UsageError('--max-size wants a positive whole number of bytes');
      opts.maxSize = n;
    } else if (arg === '--explain') {
      opts.explain = true;
    } else if (arg === '--') {
      opts.files.push(...rest.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option: ${arg}`);
    } else opts.files.push(arg);
  }
  if (opts.files.length === 0) throw new UsageError('no files given');
  return opts;
}

function readArticle(file: string, maxSize: number): string {
  let bytes: Buffer;
  try {
    if (file === '-') bytes = readFileSync(0);
    else {
      const st = statSync(file);
      if (st.isDirectory()) throw new DecodeError('is a directory');
      if (st.size > maxSize) throw new DecodeError(`too large (${st.size} bytes; the limit is ${maxSize}, see --max-size)`);
      bytes = readFileSync(file);
    }
  } catch (e) {
    if (e instanceof DecodeError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (e as Error).message;
    throw new DecodeError(why);
  }
  if (bytes.length > maxSize) throw new DecodeError(`too large (${bytes.length} bytes; the limit is ${maxSize}, see --max-size)`);
  return decodeText(bytes);
}

export interface Io {
  out(text: string): void;
  err(text: string): void;
  isTTY: boolean;
}

const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  isTTY: !!process.stdout.isTTY,
};

export function main(argv: string[], io: Io = processIo): number {
  let opts: Options | 'help' | 'version';
  try {
    opts = parseArgs(argv, io.isTTY);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`byline: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (opts === 'help') { io.out(HELP); return 0; }
  if (opts === 'version') { io.out(`${VERSION}\n`); return 0; }
  let failed = false;
  const many = opts.files.length > 1;
  for (const file of opts.files) {
    let text: string;
    try {
      text = readArticle(file, opts.maxSize);
    } catch (e) {
      failed = true;
      io.err(`byline: ${file}: ${(e as Error).message}\n`);
      continue;
    }
    const analysis = analyze(text, { source: file, date: opts.date, explain: opts.explain });
    if (many && (opts.format === 'brat' || opts.format === 'text')) io.out(`# ${file}\n`);
    io.out(formatAnalysis(analysis, opts.format));
    if (many && opts.format === 'text') io.out('\n');
  }
  return failed ? 1 : 0;
}

declare const BYLINE_VERSION: string | undefined;
const VERSION = typeof BYLINE_VERSION === 'string' ? BYLINE_VERSION : 'dev';

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`byline: internal error: ${(e as Error).message}\n`);
    process.exitCode = 1;
  }
}
