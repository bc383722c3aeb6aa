// Dates in the text ("Tuesday", "June 2", "23 October", "October 2020", "next week", "the end of
// September", "1996-08-30"), normalized to ISO against the article's own date — never the clock. In
// news a bare weekday is the latest such day on or before the article's date, or the next one when
// the sentence speaks of the future ("will hold ... on Wednesday").
import type { DocContext } from '../text/document';
import type { PieceCache } from '../text/tagger';
import { MONTHS, MONTH_ABBR, NUMBER_WORDS, WEEKDAYS } from '../lexicon/date-words';
import type { Mention } from '../types';

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:1[89]|20)\\d{2})';
const UNIT = '(day|days|week|weeks|weekend|month|months|year|years|decade|decades|quarter|season)';
const COUNT = '(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|a|an)';

// One pattern, alternatives tried left to right at each position; the longest forms come first.
const DATE_RE = new RegExp([
  `(?<iso>\\b(\\d{4})-(\\d{2})-(\\d{2})\\b)`,
  `(?<wmd>\\b(?:(?:last|next|this|on)\\s+)?${WEEKDAY},?\\s+${MONTH}\\s+${DAY}\\b(?:,?\\s+${YEAR}\\b)?)`,
  `(?<wdm>\\b${WEEKDAY},?\\s+${DAY}\\s+${MONTH}(?:\\s+${YEAR})?\\b)`,
  `(?<md>\\b(?:(?:the\\s+)?(?:end|beginning|start|middle)\\s+of\\s+)?${MONTH}\\s+${DAY}\\b(?:,?\\s+${YEAR}\\b)?)`,
  `(?<dm>\\b${DAY}\\s+${MONTH}\\b(?:,?\\s+${YEAR}\\b)?)`,
  `(?<my>\\b(?:(?:the\\s+)?(?:end|beginning|start|middle)\\s+of\\s+|(?:early|late|mid-?)\\s*)?${MONTH}\\s+(?:of\\s+)?${YEAR}\\b)`,
  `(?<mo>\\b(?:the\\s+)?(?:end|beginning|start|middle)\\s+of\\s+${MONTH}\\b|\\b(?:(?:last|next|this|early|late|mid-)\\s*)?(?:January|February|April|June|July|September|October|November|December)\\b(?!\\s+\\d)|\\b(?<=(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Ff]or|[Tt]hrough|[Bb]efore|[Aa]fter|[Dd]uring|[Ee]arly|[Ll]ate|mid-|[Ll]ast|[Nn]ext|[Tt]his)\\s+)(?:May|March|August)\\b(?!\\s+\\d))`,
  `(?<season>\\b(?:(?:the|this|last|next|past|coming|early|late)\\s+)+(?:spring|summer|autumn|fall|winter)\\b|\\b(?:the\\s+)?(?:early\\s+|late\\s+|mid-)?(?:1[89]|20)\\d0s\\b)`,
  `(?<wd>\\b(?:(?:last|next|this|on|early|late)\\s+)?${WEEKDAY}\\b(?:\\s+(?:morning|afternoon|evening|night))?)`,
  `(?<quarter>\\b(?:the\\s+)?(?:first|second|third|fourth|final|last|latest|previous|current)\\s+quarter\\b|\\ba\\s+year\\s+(?:earlier|before|ago)\\b|\\b(?:over\\s+)?the\\s+weekend\\b)`,
  `(?<rel>\\b(?:[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight)\\b)`,
  `(?<ago>\\b${COUNT}\\s+${UNIT}\\s+ago\\b)`,
  `(?<span>\\b(?:the\\s+)?(?:past|last|next|previous|coming|first|final)\\s+${COUNT}\\s+${UNIT}\\b)`,
  `(?<this>\\b(?:(?:earlier|later)\\s+)?(?:this|last|next|past|coming)\\s+${UNIT}\\b|\\b(?:the\\s+)?(?:end|beginning|start|middle)\\s+of\\s+(?:the|this|last|next)\\s+${UNIT}\\b)`,
  `(?<year>\\b(?:(?:early|late|mid-)\\s*)?(?<![$#€£-]|No\\.\\s|Resolution\\s)${YEAR}\\b(?![-–]\\d|%|\\s*(?:percent|people|troops|km|kilometers|miles|dollars)))`,
].join('|'), 'g');

// Every alternative of DATE_RE holds one of these (case as written there): a sentence without any has no date.
const DATE_HINT = /\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|day|week|month|year|decade|quarter|season|spring|summer|autumn|fall|winter|onight|omorrow/;

const FUTURE = /\b(will|would|shall|'ll|’ll|is due|are due|due to|scheduled|planned|plans? to|set to|expected to|to be held|upcoming|next)\b/i;

interface YMD { y: number; m: number; d: number }

function parseIso(s: string | undefined): YMD | undefined {
  const m = s && /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (t: YMD): string => `${t.y}-${pad(t.m)}-${pad(t.d)}`;
const toUtc = (t: YMD): number => Date.UTC(t.y, t.m - 1, t.d);
const fromUtc = (ms: number): YMD => { const d = new Date(ms); return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() }; };
const addDays = (t: YMD, n: number): YMD => fromUtc(toUtc(t) + n * 86400000);

function monthOf(s: string): number {
  const l = s.toLowerCase().replace(/\.$/, '');
  const i = MONTHS.indexOf(l);
  return i >= 0 ? i + 1 : MONTH_ABBR[l] ?? 0;
}

function valid(t: YMD): boolean {
  if (t.m < 1 || t.m > 12 || t.d < 1) return false;
  return t.d <= new Date(Date.UTC(t.y, t.m, 0)).getUTCDate();
}

/** The year of a month and day stated without one: the article's year, moved by a year when the tense says so. */
function yearFor(m: number, d: number, ref: YMD, future: boolean): number {
  const t = { y: ref.y, m, d };
  const diff = (toUtc(t) - toUtc(ref)) / 86400000;
  if (!future && diff > 60) return ref.y - 1;
  if (future && diff < -60) return ref.y + 1;
  return ref.y;
}

function weekday(name: string, ref: YMD, mode: 'past' | 'future' | 'last' | 'next'): YMD {
  const want = WEEKDAYS.indexOf(name.toLowerCase());
  const have = new Date(toUtc(ref)).getUTCDay();
  if (mode === 'past' || mode === 'last') {
    let back = (have - want + 7) % 7;
    if (mode === 'last' && back === 0) back = 7;
    return addDays(ref, -back);
  }
  let ahead = (want - have + 7) % 7;
  if (mode === 'next' && ahead === 0) ahead = 7;
  return addDays(ref, ahead);
}

function numberOf(s: string): number | undefined {
  return /^\d+$/.test(s) ? +s : NUMBER_WORDS[s.toLowerCase()];
}

/** Date expressions of the text as mentions of type "date", with ISO values where the article date allows. */
/** `cache`: the document's cache, where each sentence's dates are kept for its next run. */
export function findDates(ctx: DocContext, articleDate?: string, cache?: PieceCache): Mention[] {
  const ref = parseIso(articleDate);
  const out: Mention[] = [];
  const { text } = ctx;
  for (const s of ctx.sentences) {
    const body = text.slice(s.start, s.end);
    if (!DATE_HINT.test(body)) continue;
    // a sentence's dates depend on its text and the article date alone: kept for the document's next run
    if (cache) {
      const key = `dates\u0000${articleDate ?? ''}\u0000${body}`;
      let found = cache.recall<Mention[]>(key);
      if (!found) {
        found = sentenceDates(body, 0, ref);
        cache.remember(key, found);
      }
      for (const m of found) {
        const mention: Mention = { start: m.start + s.start, end: m.end + s.start, text: m.text, type: 'date' };
        if (m.value) mention.value = m.value;
        out.push(mention);
      }
      continue;
    }
    for (const m of sentenceDates(body, s.start, ref)) out.push(m);
  }
  return out;
}

/** The dates of one sentence, offsets from `at`. */
function sentenceDates(body: string, at: number, ref: YMD | undefined): Mention[] {
  const out: Mention[] = [];
  for (const m of body.matchAll(DATE_RE)) {
    const g = m.groups!;
    let start = at + m.index!;
    let mtext = m[0];
    // "on Tuesday": the preposition is not part of the date
    const lead = /^(on)\s+/i.exec(mtext);
    if (lead) { start += lead[0].length; mtext = mtext.slice(lead[0].length); }
    const before = body.slice(Math.max(0, m.index! - 80), m.index!);
    const future = FUTURE.test(before) || /^(next|coming)\b/i.test(mtext);
    const value = normalize(g, m, ref, future);
    const mention: Mention = { start, end: start + mtext.length, text: mtext, type: 'date' };
    if (value) mention.value = value;
    out.push(mention);
  }
  return out;
}

function normalize(g: Record<string, string | undefined>, m: RegExpMatchArray, ref: YMD | undefined, future: boolean): string | undefined {
  const all = m.slice(1);
  const pick = (re: RegExp): string | undefined => all.find((x) => x !== undefined && re.test(x));
  const monthStr = pick(new RegExp(`^${MONTH}$`));
  const yearStr = all.find((x) => x !== undefined && /^(1[89]|20)\d{2}$/.test(x));
  if (g.iso) {
    const t = parseIso(g.iso);
    return t && valid(t) ? iso(t) : undefined;
  }
  if (g.wmd || g.wdm || g.md || g.dm) {
    const mm = monthOf(monthStr ?? '');
    const dayStr = all.find((x) => x !== undefined && /^\d{1,2}$/.test(x));
    const dd = dayStr ? +dayStr : 0;
    if (!mm || !dd) return undefined;
    if (g.md && /^(the\s+)?(end|beginning|start|middle)/i.test(g.md)) return undefined;
    const y = yearStr ? +yearStr : ref ? yearFor(mm, dd, ref, future) : undefined;
    if (y === undefined) return undefined;
    const t = { y, m: mm, d: dd };
    return valid(t) ? iso(t) : undefined;
  }
  if (g.my) {
    const mm = monthOf(monthStr ?? '');
    return mm && yearStr ? `${yearStr}-${pad(mm)}` : undefined;
  }
  if (g.mo) {
    const mm = monthOf(monthStr ?? /(January|February|March|April|May|June|July|August|September|October|November|December)/.exec(g.mo)?.[1] ?? '');
    if (!mm || !ref) return undefined;
    return `${yearFor(mm, 15, ref, future)}-${pad(mm)}`;
  }
  if (g.wd) {
    if (!ref) return undefined;
    const name = pick(new RegExp(`^${WEEKDAY}$`))!;
    const mode = /^last\b/i.test(g.wd.trim()) ? 'last' : /^next\b/i.test(g.wd) ? 'next' : future ? 'future' : 'past';
    return iso(weekday(name, ref, mode));
  }
  if (g.rel) {
    if (!ref) return undefined;
    const l = g.rel.toLowerCase();
    return iso(addDays(ref, l === 'yesterday' ? -1 : l === 'tomorrow' ? 1 : 0));
  }
  if (g.ago) {
    if (!ref) return undefined;
    const n = numberOf(m[0].split(/\s+/)[0]);
    const unit = m[0].split(/\s+/)[1].toLowerCase().replace(/s$/, '');
    if (!n) return undefined;
    if (unit === 'day') return iso(addDays(ref, -n));
    if (unit === 'week') return iso(addDays(ref, -7 * n));
    if (unit === 'month') { const k = ref.y * 12 + ref.m - 1 - n; return `${Math.floor(k / 12)}-${pad((k % 12) + 1)}`; }
    if (unit === 'year') return String(ref.y - n);
    return undefined;
  }
  if (g.this) {
    if (!ref) return undefined;
    const l = g.this.toLowerCase();
    const shift = /\b(last|past)\b/.test(l) ? -1 : /\b(next|coming)\b/.test(l) ? 1 : 0;
    if (/\byear\b/.test(l)) return String(ref.y + shift);
    if (/\bmonth\b/.test(l)) { const k = ref.y * 12 + ref.m - 1 + shift; return `${Math.floor(k / 12)}-${pad((k % 12) + 1)}`; }
    return undefined;
  }
  if (g.quarter) {
    if (!ref) return undefined;
    if (/^a\s+year/i.test(g.quarter)) return String(ref.y - 1);
    return undefined;
  }
  if (g.year) return yearStr;
  return undefined;
}

/** The article's date from its dateline ("LONDON 1996-08-30", "SAN FRANCISCO, June 2, 2024 —") or a date line at the top, when complete. */
export function articleDate(ctx: DocContext): string | undefined {
  const { text } = ctx;
  for (const p of ctx.paragraphs.slice(0, 4)) {
    const head = text.slice(p.start, Math.min(p.end, p.start + 160));
    let m = /^[\p{Lu}][\p{Lu} .,'’-]*?\s*,?\s+(\d{4})-(\d{2})-(\d{2})\b/u.exec(head);
    if (m) { const t = { y: +m[1], m: +m[2], d: +m[3] }; if (valid(t)) return iso(t); }
    m = new RegExp(`^[\\p{Lu}][\\p{Lu} .'’-]*(?:,\\s*[\\p{L}. ]+?)?,\\s*(?:${WEEKDAY},?\\s+)?${MONTH}\\s+${DAY},?\\s+${YEAR}\\s*(?:\\([^)]*\\)\\s*)?[—–-]`, 'u').exec(head);
    if (m) {
      const parts = m.slice(1).filter((x) => x !== undefined);
      const mm = monthOf(parts.find((x) => monthOf(x) > 0) ?? '');
      const dd = +(parts.find((x) => /^\d{1,2}$/.test(x)) ?? 0);
      const yy = +(parts.find((x) => /^\d{4}$/.test(x)) ?? 0);
      const t = { y: yy, m: mm, d: dd };
      if (valid(t)) return iso(t);
    }
    // a date line of its own at the top: "October 19, 2021", "Published 2021-10-19"
    if (p.end - p.start <= 80) {
      const d = new RegExp(`${MONTH}\\s+${DAY},?\\s+${YEAR}|${DAY}\\s+${MONTH}\\s+${YEAR}|\\b(\\d{4})-(\\d{2})-(\\d{2})\\b`, 'u').exec(head);
      if (d) {
        const parts = d.slice(1);
        let t: YMD;
        if (parts[8]) t = { y: +parts[8], m: +parts[9], d: +parts[10] };
        else if (parts[0]) t = { y: +parts[2], m: monthOf(parts[0]), d: +parts[1] };
        else t = { y: +parts[5], m: monthOf(parts[4]), d: +parts[3] };
        if (valid(t)) return iso(t);
      }
    }
  }
  return undefined;
}
