// The finished annotation document, from the layers: the one shape every consumer reads.
import type { Doc } from '../pipeline';
import type { Analysis } from '../types';

export function assemble(doc: Doc, source: string | undefined): Analysis {
  const analysis: Analysis = {
    schema: 'byline.annotations/1', mentions: doc.get('mentions'), actors: doc.get('actors').actors, events: doc.get('happenings'), claims: doc.get('claims'),
  };
  if (source !== undefined) analysis.source = source;
  const date = doc.get('articleDate');
  if (date) analysis.date = date;
  return analysis;
}
