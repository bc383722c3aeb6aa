// The stage list of analyze(), in order. Each stage lives in its folder; this file only declares them.
// Insertion point: reader corrections go after `output.analysis` (read analysis, write a new layer).
import { buildActors } from './actors/build';
import { clusterMentions } from './actors/cluster';
import { findClaims } from './claims/claims';
import { SentenceReads } from './coref/reads';
import { quotedFirstPerson } from './coref/quoted';
import { indexMentions } from './coref/referents';
import { resolveReferences } from './coref/resolve';
import { voicesOutsideQuotes } from './coref/voices';
import { articleDate, findDates } from './dates/dates';
import { computeEntities } from './entities/entities';
import { buildWords } from './entities/words';
import { findEvents } from './events/events';
import { findHappenings } from './events/happenings';
import { refineNames } from './ner/names';
import { assemble } from './output/assemble';
import { stage, type Doc, type Stage } from './pipeline';
import type { Session } from './session';
import { tagDocument } from './text/document';
import { quotesOf } from './text/quotes';
import type { Mention } from './types';

/**
 * What claims and events read of each sentence (coref/reads.ts), when the document has a session: one per run,
 * built by the first of the two stages (both read the layers it comes from).
 */
function sentenceReads(doc: Doc, session: Session): SentenceReads | undefined {
  const pieces = session.memoPieces;
  return pieces && session.once('sentenceReads', () => new SentenceReads(doc.get('context'), doc.get('quotes'), doc.get('mentionIndex'), doc.get('actors').actors, doc.get('coreference').links, pieces));
}

export const STAGES: readonly Stage[] = [
  stage({
    name: 'text.tokens', reads: [], writes: 'context',
    run: (doc, session) => {
      const { context, pieces } = tagDocument(doc.text, session.options, session.cache);
      session.pieces = pieces;
      return context;
    },
  }),
  stage({ name: 'text.quotes', reads: ['context'], writes: 'quotes', run: (doc) => quotesOf(doc.get('context')) }),
  stage({
    name: 'dates.article', reads: ['context'], writes: 'articleDate',
    run: (doc, session) => session.options.date ?? articleDate(doc.get('context')) ?? null,
  }),
  stage({ name: 'entities.words', reads: ['context'], writes: 'words', run: (doc, session) => buildWords(doc.get('context'), session.pieces) }),
  stage({
    name: 'entities.rules', reads: ['context', 'words'], writes: 'ruleEntities',
    run: (doc, session) => computeEntities(doc.get('context'), doc.get('words'), session.spellingKeys, !!session.reasons, session.pieces, !!session.memoPieces),
  }),
  // the trained tagger (ner/): rules kept where they are sure, the tagger decides the rest
  stage({ name: 'entities.names', reads: ['ruleEntities'], writes: 'entities', run: (doc, session) => refineNames(doc.text, doc.get('ruleEntities'), session.document?.names) }),
  stage({
    name: 'actors.cluster', reads: ['context', 'words', 'entities'], writes: 'clusters',
    run: (doc, session) => { const e = doc.get('entities'); return clusterMentions(doc.get('context'), doc.get('words'), e.mentions, e.titles, session.spellingKeys); },
  }),
  stage({
    name: 'coref.resolve', reads: ['context', 'words', 'clusters'], writes: 'coreference',
    run: (doc, session) => resolveReferences(doc.get('context'), doc.get('words'), doc.get('clusters'), !!session.reasons),
  }),
  stage({ name: 'actors.build', reads: ['clusters', 'coreference'], writes: 'actors', run: (doc) => buildActors(doc.get('clusters'), doc.get('coreference')) }),
  stage({
    name: 'dates.find', reads: ['context', 'articleDate'], writes: 'dates',
    run: (doc, session) => findDates(doc.get('context'), doc.get('articleDate') ?? undefined, session.cache),
  }),
  stage({
    name: 'output.mentions', reads: ['actors', 'dates'], writes: 'mentions',
    run: (doc): Mention[] => [...doc.get('actors').mentions, ...doc.get('dates')].sort((a, b) => a.start - b.start || b.end - a.end),
  }),
  stage({
    name: 'coref.index', reads: ['context', 'mentions'], writes: 'mentionIndex',
    run: (doc) => indexMentions(doc.get('context'), doc.get('mentions')),
  }),
  stage({
    name: 'claims.find', reads: ['context', 'quotes', 'mentionIndex', 'actors', 'coreference'], writes: 'claims',
    run: (doc, session) => findClaims(doc.get('context'), doc.get('quotes'), doc.get('mentionIndex'), doc.get('actors').actors, session.reasons?.claims, doc.get('coreference'), sentenceReads(doc, session), session.cache),
  }),
  stage({ name: 'coref.voices', reads: ['quotes', 'mentions'], writes: 'voices', run: (doc) => voicesOutsideQuotes(doc.text, doc.get('quotes').quotes, doc.get('mentions')) }),
  stage({ name: 'coref.quoted', reads: ['claims', 'mentions'], writes: 'quotedRefs', run: (doc) => quotedFirstPerson(doc.text, doc.get('claims').claims, doc.get('mentions')) }),
  stage({
    name: 'events.find', reads: ['context', 'quotes', 'mentionIndex', 'mentions', 'actors', 'coreference'], writes: 'events',
    run: (doc, session) => findEvents(doc.get('context'), doc.get('quotes'), doc.get('mentionIndex'), doc.get('mentions'), doc.get('actors').actors, session.reasons?.events, doc.get('coreference'), sentenceReads(doc, session)),
  }),
  // event coreference: mentions of one happening merged, its participants, place and date shared
  stage({
    name: 'events.happenings', reads: ['context', 'events', 'mentions', 'actors'], writes: 'happenings',
    run: (doc) => findHappenings(doc.get('context'), doc.get('events'), doc.get('mentions'), doc.get('actors').actors),
  }),
  stage({
    name: 'output.analysis', reads: ['mentions', 'quotedRefs', 'voices', 'actors', 'happenings', 'events', 'claims', 'articleDate', 'entities', 'coreference'], writes: 'analysis',
    run: (doc, session) => assemble(doc, session.options.source, session.reasons),
  }),
];
