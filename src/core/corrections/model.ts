// The reader's corrections: plain data kept in a sidecar file beside the article (see sidecar.ts).
import type { ClaimKind, EventType, MentionType } from '../types';

/**
 * Where a correction applies, the way W3C Web Annotation's TextQuoteSelector anchors a quote: the
 * exact text plus a little context on each side; `start` is only a hint (a TextPositionSelector) used
 * to choose among equal candidates, so the anchor follows its text when the article is edited elsewhere.
 */
export interface Anchor {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
}

/** Mark a span as a kind of mention, or as not one ('none'). `value` is a date's ISO value. */
export interface EntityCorrection { id: string; op: 'entity'; at: Anchor; type: MentionType | 'none'; value?: string | null }
/** Move the actor of the mention at `at` into the actor of the mention at `into`. */
export interface MergeCorrection { id: string; op: 'merge'; at: Anchor; into: Anchor }
/** Take the mention at `at` out of its actor: it becomes an actor of its own. */
export interface SplitCorrection { id: string; op: 'split'; at: Anchor }
/** The reader's role for the actor of the mention at `at` (empty: no role). */
export interface RoleCorrection { id: string; op: 'role'; at: Anchor; role: string }
/** The speaker of the claim at `at`: the actor of the mention at `speaker`, or nobody (null). */
export interface SpeakerCorrection { id: string; op: 'speaker'; at: Anchor; speaker: Anchor | null }
/** Mark a span as a quote or reported claim (with an optional speaker), or as not a claim. */
export interface ClaimCorrection { id: string; op: 'claim'; at: Anchor; kind: ClaimKind | 'none'; speaker?: Anchor | null }
/** An event trigger at `at`: not an event ('none'), another type, other participants or place. */
export interface EventCorrection {
  id: string;
  op: 'event';
  at: Anchor;
  type?: EventType | 'none';
  participants?: Anchor[];
  place?: Anchor | null;
}

export type Correction =
  | EntityCorrection | MergeCorrection | SplitCorrection | RoleCorrection
  | SpeakerCorrection | ClaimCorrection | EventCorrection;

export type CorrectionOp = Correction['op'];
export const CORRECTION_OPS: readonly CorrectionOp[] = ['entity', 'split', 'merge', 'role', 'claim', 'speaker', 'event'];

export const CORRECTIONS_SCHEMA = 'byline.corrections/1';

/** The sidecar's content. `article` is the article's file name, to catch a sidecar of another article. */
export interface CorrectionsFile {
  schema: typeof CORRECTIONS_SCHEMA;
  article: string;
  corrections: Correction[];
}

export const EVENT_TYPES: readonly EventType[] = [
  'meeting', 'travel', 'agreement', 'military', 'conflict', 'criticism', 'legal',
  'economic', 'personnel', 'disaster', 'protest', 'aid', 'other',
];
export const MENTION_TYPES: readonly MentionType[] = ['person', 'organization', 'place', 'date', 'nominal', 'pronoun'];

/** Bad input (a sidecar or .ann): the message names the file and the problem. */
export class CorrectionsError extends Error {}

export function emptyCorrections(article: string): CorrectionsFile {
  return { schema: CORRECTIONS_SCHEMA, article, corrections: [] };
}

/** The next free id ("c1", "c2", …) in a list. */
export function nextId(corrections: readonly Correction[]): string {
  let max = 0;
  for (const c of corrections) {
    const n = /^c(\d+)$/.exec(c.id);
    if (n) max = Math.max(max, Number(n[1]));
  }
  return `c${max + 1}`;
}

/** A correction before it has an id (Omit distributed over the union). */
export type NewCorrection = Correction extends infer C ? (C extends Correction ? Omit<C, 'id'> : never) : never;
