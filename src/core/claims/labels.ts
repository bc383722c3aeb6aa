// Transcripts: a paragraph that opens with a speaker label in capitals ("WALLACE: …", "SEN. JANE ROE: …",
// also inside a quotation mark that opens the paragraph) is said by the one the label names. The label
// is a speaker only when it names someone (a name mention in it, or an actor whose name ends in it); "Q:" and
// "A:" name no one, and a dateline before a colon ("LAGOS: …") is no label.
import type { Candidate } from './ranker';
import type { QuoteSpan } from '../text/quotes';
import type { Actor, Mention } from '../types';
import type { ClaimScan } from './scan';

/** A label: up to four words in capitals (one with two letters or more), then a colon and a space. */
const LABEL = /^((?:[\p{Lu}][\p{Lu}.'’-]*\s+){0,3}[\p{Lu}][\p{Lu}.'’-]+):[ \t]+(?=\S)/u;

export interface SpeakerLabel {
  /** The actor the label names. */
  actor: string;
  /** The colon after the label (a transcript's cue), and where what was said starts. */
  colon: number;
  after: number;
}

/**
 * The speaker labels of one document. A label is read as the actor of a name mention in it, else as the one
 * actor whose name ends in the label's last word ("WALLACE" for Chris Wallace); then the label is a
 * mention of that actor the name stages had missed (`mentions`).
 */
export class SpeakerLabels {
  readonly mentions: Mention[] = [];
  private readonly opens = new Map<string, number>();
  constructor(private readonly sc: ClaimScan, private readonly actors: readonly Actor[]) {}

  /** Whether `label` opens two paragraphs or more (also just inside a quotation mark). */
  private repeated(label: string): boolean {
    let n = this.opens.get(label);
    if (n === undefined) {
      n = 0;
      for (const p of this.sc.ctx.paragraphs) {
        if (this.sc.text.startsWith(`${label}:`, labelStart(this.sc.text, p.start))) n++;
      }
      this.opens.set(label, n);
    }
    return n >= 2;
  }

  /** The speaker label at `pos` (a paragraph start, or just inside the quotation mark that opens one), or null. */
  at(pos: number): SpeakerLabel | null {
    const m = LABEL.exec(this.sc.text.slice(pos, pos + 60));
    if (!m || !/\p{Lu}{2}/u.test(m[1])) return null;
    const end = pos + m[1].length;
    const found = { colon: end, after: pos + m[0].length };
    // A dateline before a colon ("NEW DELHI: The minister said …", "LAGOS: …") is no label: it opens one
    // paragraph, and names no one the text names elsewhere. A transcript's labels come back ("WALLACE:" ×5),
    // and then a name in capitals read as a place is still taken as the speaker.
    const named = mentionIn(this.sc.candidates, pos, end);
    if (named) {
      const elsewhere = named.type !== 'place' && this.actors.find((a) => a.id === named.actor)?.mentions.some((x) => x.start < pos || x.start >= end);
      return elsewhere || this.repeated(m[1]) ? { actor: named.actor, ...found } : null;
    }
    const word = /[\p{Lu}'’-]+$/u.exec(m[1])![0];
    const same = this.actors.filter((a) => a.type !== 'place' && a.name.split(/\s+/).pop()!.toLowerCase() === word.toLowerCase());
    if (same.length !== 1) return null;
    const start = end - word.length;
    if (!this.mentions.some((x) => x.start === start)) this.mentions.push({ start, end, text: word, type: same[0].type === 'organization' ? 'organization' : 'person', actor: same[0].id });
    return { actor: same[0].id, ...found };
  }
}

/** Where a label would start in the paragraph at `start`: just inside the quotation mark that opens it, if one does. */
const labelStart = (text: string, start: number): number => start + (/^["“'‘«]/.test(text[start]) ? 1 : 0);

function mentionIn(candidates: readonly Candidate[], start: number, end: number): Candidate | undefined {
  // the last mention in the label: "CNN’S JAKE TAPPER" is Tapper
  let found: Candidate | undefined;
  for (const c of candidates) if (c.start >= start && c.end <= end) found = c;
  return found;
}

/**
 * "TRUMP: The deaths of …" outside quotation marks: the rest of the paragraph is a reported claim of the
 * one the label names, the colon its cue. (Quoted paragraphs are quotes: see claims/quoted.ts.)
 */
export function labelClaims(sc: ClaimScan, labels: SpeakerLabels): void {
  const { text, ctx } = sc;
  for (const p of ctx.paragraphs) {
    const label = labels.at(p.start);
    if (!label || sc.quotes.some((q) => q.open <= p.start && p.start < q.close)) continue;
    sc.claims.push({ kind: 'reported', start: label.after, end: p.end, text: text.slice(label.after, p.end), speaker: label.actor, cue: { start: label.colon, end: label.colon + 1, text: ':' }, why: LABEL_WHY });
  }
}

export const LABEL_WHY = 'a transcript\'s speaker label in capitals before a colon';

/**
 * The paragraphs after the first of a quote that goes on over paragraph breaks ("WALLACE: …" ¶ "PENCE: …", each
 * opening with a quotation mark) that open with a label: where the paragraph opens, where what was said starts
 * (the label included), and the actor the label names.
 */
export function labelledParagraphs(sc: ClaimScan, labels: SpeakerLabels, q: QuoteSpan): Array<{ open: number; start: number; actor: string }> {
  const out: Array<{ open: number; start: number; actor: string }> = [];
  if (q.paragraphs === 0) return out;
  for (const p of sc.ctx.paragraphs) {
    if (p.start >= q.end) break;
    if (p.start <= q.start) continue;
    const at = labelStart(sc.text, p.start);
    const label = labels.at(at);
    if (label) out.push({ open: p.start, start: at, actor: label.actor });
  }
  return out;
}

/** The end of what was said before `before`: space and quotation marks left out. */
export function trimmedEnd(text: string, start: number, before: number): number {
  let e = before;
  while (e > start && /[\s"“”'‘’«»]/.test(text[e - 1])) e--;
  return e;
}
