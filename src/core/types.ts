// The annotation model: the plain data every part of Byline speaks (see shared/eval/README.md).
// Offsets are UTF-16 code units into the analyzed text, end-exclusive.

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export type EntityType = 'person' | 'organization' | 'place';
export type MentionType = EntityType | 'date' | 'nominal' | 'pronoun';

export interface Mention extends TextSpan {
  type: MentionType;
  /** The actor this mention belongs to (absent for dates). */
  actor?: string;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) for date mentions, when it can be resolved. */
  value?: string;
}

export interface Actor {
  id: string;
  name: string;
  type: EntityType;
  role?: string;
  /** Other roles stated in the article, most specific first. */
  roles?: string[];
  country?: string;
  aliases: string[];
  mentions: Span[];
  /** Where the role came from: the kind of clue and the sentence, quoted. */
  evidence?: string;
  /**
   * Never named: known only by descriptions, either mentioned twice or more ("the man ... the man ... he") or
   * a speaker described ("Israeli officials said", "a campaign spokesman"). Its name is its description. Shown
   * in hovers, the claims tree and exports; in the actor tree only by its claims; never merged across articles.
   */
  unnamed?: true;
}

export type EventType =
  | 'meeting' | 'travel' | 'agreement' | 'military' | 'conflict' | 'criticism' | 'legal'
  | 'economic' | 'personnel' | 'disaster' | 'protest' | 'aid' | 'other';

export interface NewsEvent {
  id: string;
  type: EventType;
  trigger: TextSpan;
  participants: string[];
  place?: string;
  date?: string;
  /** The date's own words when they name no calendar day ("Monday" with no article date to resolve it). */
  when?: string;
  /** "did not meet", "will meet", "plans to visit": not (yet) a fact. */
  negated?: boolean;
  modality?: 'asserted' | 'planned' | 'hypothetical';
  /** The sentence the event was read from. */
  sentence?: Span;
  /** Events with the same happening are mentions of one real-world happening ("met", "the meeting"). */
  happening?: string;
}

export type ClaimKind = 'quote' | 'reported';

export interface Claim extends TextSpan {
  id: string;
  kind: ClaimKind;
  speaker: string | null;
  cue?: TextSpan;
}

export interface Analysis {
  schema: 'byline.annotations/1';
  source?: string;
  /** The article's own date (ISO), when found in the dateline or given as an option. */
  date?: string;
  mentions: Mention[];
  actors: Actor[];
  events: NewsEvent[];
  claims: Claim[];
  /** Why each decision was made (only with `explain`: `byline annotate --explain`). */
  explain?: Explanation;
}

/** One decision and its reason. */
export interface Reason extends Span {
  /** The mention's text, or the claim's / event's id. */
  text: string;
  why: string;
}

export interface Explanation {
  /** Why each name is a person, organization or place; why a description or pronoun is that actor. */
  mentions: Reason[];
  /** Why each claim has its speaker (by claim id in `text`). */
  claims: Reason[];
  /** Why each event has its type (by event id in `text`). */
  events: Reason[];
}

export interface AnalyzeOptions {
  /** Path shown as `source`. */
  source?: string;
  /** ISO date of publication; relative dates ("on Tuesday") resolve against it. */
  date?: string;
  /** Polled between pieces of work; when it returns true, analyze() throws CancelledError. */
  isCancelled?: () => boolean;
  /**
   * A document identity (e.g. its URI). With one, tagged pieces are kept between analyses of that
   * document, so an edit re-tags only what it touched; without one, nothing is cached.
   */
  cacheKey?: string;
  /** A second thread that tags part of the text concurrently (see tagger.ts); the worker sets it. */
  taggingHelper?: import('./text/tagger').TaggingHelper;
  /** Freeze every layer once written and check each stage's declared reads (tests and debugging; slower). */
  checkStages?: boolean;
  /** Add `explain` to the analysis: a short reason for each mention type, coreference, speaker and event type. */
  explain?: boolean;
}
