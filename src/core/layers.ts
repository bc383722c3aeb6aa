// The layers of an analyzed document, by name: what each stage writes and later stages read.
import type { ActorResult } from './actors/build';
import type { ClusterResult } from './actors/cluster';
import type { Coreference } from './coref/resolve';
import type { EntityResult } from './entities/entities';
import type { Word } from './entities/words';
import type { DocContext } from './text/document';
import type { DocQuotes } from './text/quotes';
import type { MentionIndex } from './coref/referents';
import type { Voices } from './coref/voices';
import type { Actor, Analysis, Claim, Mention, NewsEvent } from './types';

export interface Layers {
  /** Paragraphs, sentences and tagged tokens (text/). */
  context: DocContext;
  /** Quotation spans and the quote each token stands in (text/). */
  quotes: DocQuotes;
  /** The article's own date (ISO) from the options or its dateline; null when unknown (dates/). */
  articleDate: string | null;
  /** Words: tokens joined across hyphens, possessives cut off, with capitalization facts (entities/). */
  words: Word[];
  /** People, organizations and places found by the rules, with the titles written before them (entities/). */
  ruleEntities: EntityResult;
  /** The entity mentions actors are built from: the rule-based ones, or a name tagger's refinement of them. */
  entities: EntityResult;
  /** Named mentions grouped by actor, with titles and roles (actors/). */
  clusters: ClusterResult;
  /** Descriptions and pronouns resolved to those actors (coref/). */
  coreference: Coreference;
  /** Actors, and every mention with its actor: names, descriptions and pronouns (actors/). */
  actors: ActorResult;
  /** Date mentions with their resolved values (dates/). */
  dates: Mention[];
  /** All mentions, names and dates, in text order. */
  mentions: Mention[];
  /** The mention under each token, and the actor mentions by sentence (coref/). */
  mentionIndex: MentionIndex;
  /**
   * Direct quotes and reported speech with their speakers, the speakers known only by a description, and the
   * transcript labels ("WALLACE: …") read as mentions of the actor they name that the name stages missed (claims/).
   */
  claims: { claims: Claim[]; speakers: Actor[]; labels: Mention[] };
  /** I/me/my inside each attributed direct quote, as pronoun mentions of its speaker (coref/quoted). */
  quotedRefs: Mention[];
  /** I/we/you outside the quotes: the text's own voices as unnamed actors (coref/voices). */
  voices: Voices;
  /** Event mentions as found, each with its own arguments (events/). */
  events: NewsEvent[];
  /** The same events grouped into happenings, each carrying its happening's arguments (events/happenings). */
  happenings: NewsEvent[];
  /** The finished annotation document (output/). */
  analysis: Analysis;
}
