// One article's analysis shrunk to what a workspace index keeps: actors with their names and where they are
// mentioned, claims with their speaker and a short text, events with their type, participants, place and
// date. A few kilobytes per article instead of the whole analysis (its mentions, sentences, explanations).
import { clip } from '../cards';
import { LineMap } from '../text/lines';
import type { Analysis, ClaimKind, EntityType, EventType } from '../types';

/** Bump when the summary's shape or content changes: cached summaries of another version are recomputed. */
export const SUMMARY_VERSION = 2;

/** Longest claim text kept (characters). */
export const CLAIM_CHARS = 160;

export interface ActorSummary {
  name: string;
  type: EntityType;
  role?: string;
  /** Other names of the actor in this article (descriptions such as "the minister" left out). */
  aliases: string[];
  /** The distinct texts of its mentions ("Marta Kowalczyk", "Kowalczyk", "she"). */
  forms: string[];
  /** Flat, five numbers a mention: start, end (offsets), line, column (0-based), index into `forms`. */
  mentions: number[];
  /** Never named, kept because it speaks ("a campaign spokesman"): never merged across articles. */
  unnamed?: true;
}

export interface ClaimSummary {
  kind: ClaimKind;
  /** Index into the summary's actors; -1 when nobody is named as the speaker. */
  speaker: number;
  text: string;
  start: number;
  end: number;
  line: number;
  column: number;
}

export interface EventSummary {
  type: EventType;
  trigger: string;
  participants: number[];
  place?: number;
  date?: string;
  negated?: boolean;
  start: number;
  end: number;
  line: number;
  column: number;
}

export interface ArticleSummary {
  version: number;
  /** The article's own date (ISO), when found. */
  date?: string;
  actors: ActorSummary[];
  claims: ClaimSummary[];
  events: EventSummary[];
}

const DESCRIPTION_START = /^(the|a|an|his|her|its|their|our|this|that|these|those)\b/i;

/** A name rather than a description: starts with a capital and not with a determiner. */
export function isNameLike(s: string): boolean {
  return /^[\p{Lu}\p{Lo}]/u.test(s) && !DESCRIPTION_START.test(s);
}

function summarizeActors(analysis: Analysis, text: string, lines: LineMap): { actors: ActorSummary[]; indexOf: Map<string, number> } {
  const indexOf = new Map<string, number>();
  // an unnamed actor ("the man") is this article's alone: kept (never merged) only when it speaks
  const speakers = new Set(analysis.claims.map((c) => c.speaker));
  const actors: ActorSummary[] = analysis.actors.filter((a) => !a.unnamed || speakers.has(a.id)).map((a, k) => {
    indexOf.set(a.id, k);
    const aliases = [...new Set(a.aliases.filter((x) => isNameLike(x) && x !== a.name))];
    return { name: a.name, type: a.type, ...(a.role ? { role: a.role } : {}), aliases, forms: [], mentions: [], ...(a.unnamed ? { unnamed: true as const } : {}) };
  });
  const formIndex = actors.map(() => new Map<string, number>());
  for (const m of analysis.mentions) {
    const k = m.actor === undefined ? undefined : indexOf.get(m.actor);
    if (k === undefined) continue;
    const form = text.slice(m.start, m.end) || m.text;
    let f = formIndex[k].get(form);
    if (f === undefined) {
      f = actors[k].forms.length;
      actors[k].forms.push(form);
      formIndex[k].set(form, f);
    }
    const { line, column } = lines.at(m.start);
    actors[k].mentions.push(m.start, m.end, line, column, f);
  }
  return { actors, indexOf };
}

/** The compact summary of one analyzed article (text: the analyzed text, for lines and mention texts). */
export function summarize(analysis: Analysis, text: string): ArticleSummary {
  const lines = new LineMap(text);
  const { actors, indexOf } = summarizeActors(analysis, text, lines);
  const who = (id: string | null | undefined): number => (id ? indexOf.get(id) ?? -1 : -1);
  const claims: ClaimSummary[] = analysis.claims.map((c) => ({
    kind: c.kind, speaker: who(c.speaker), text: clip(c.text, CLAIM_CHARS), start: c.start, end: c.end, ...lines.at(c.start),
  }));
  const events: EventSummary[] = analysis.events.map((e) => {
    const place = who(e.place);
    return {
      type: e.type,
      trigger: clip(e.trigger.text, 60),
      participants: e.participants.map(who).filter((k) => k >= 0),
      ...(place >= 0 ? { place } : {}),
      ...(e.date ? { date: e.date } : {}),
      ...(e.negated ? { negated: true } : {}),
      start: e.trigger.start,
      end: e.trigger.end,
      ...lines.at(e.trigger.start),
    };
  });
  return { version: SUMMARY_VERSION, ...(analysis.date ? { date: analysis.date } : {}), actors, claims, events };
}

/** Is this (parsed JSON from a cache) a summary of the current version? Guards against stale or damaged cache files. */
export function isSummary(x: unknown): x is ArticleSummary {
  const s = x as ArticleSummary | null;
  return !!s && typeof s === 'object' && s.version === SUMMARY_VERSION
    && Array.isArray(s.actors) && Array.isArray(s.claims) && Array.isArray(s.events);
}
