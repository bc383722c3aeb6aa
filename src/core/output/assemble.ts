// The finished annotation document, from the layers: the one shape every consumer reads; with
// `explain`, the reasons the stages kept for their decisions.
import type { Doc } from '../pipeline';
import type { Actor, Analysis, Explanation, Mention, Reason } from '../types';

export function assemble(doc: Doc, source: string | undefined, reasons?: { claims: Map<string, string>; events: Map<string, string> }): Analysis {
  const analysis: Analysis = {
    schema: 'byline.annotations/1', mentions: withQuoted(doc.get('mentions'), doc.get('quotedRefs'), [...described(doc), ...doc.get('voices').refs]), actors: withDescribed(doc), events: doc.get('happenings'), claims: doc.get('claims').claims,
  };
  if (source !== undefined) analysis.source = source;
  const date = doc.get('articleDate');
  if (date) analysis.date = date;
  if (reasons) analysis.explain = explanation(doc, reasons);
  return analysis;
}

/** The actors, then the speakers known only by a description and the text's own voices (the same array when there are none). */
function withDescribed(doc: Doc): Actor[] {
  const more = [...doc.get('claims').speakers, ...doc.get('voices').actors];
  return more.length ? [...doc.get('actors').actors, ...more] : doc.get('actors').actors;
}

/** The described speakers' phrases as nominal mentions of them, and the transcript labels read as names. */
function described(doc: Doc): Mention[] {
  const out: Mention[] = [...doc.get('claims').labels];
  for (const a of doc.get('claims').speakers) for (const m of a.mentions) out.push({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end), type: 'nominal', actor: a.id });
  return out;
}

/** The mentions with the speakers' I/me/my inside their quotes and the described speakers, in text order (the same array when there are none). */
function withQuoted(mentions: Mention[], quoted: readonly Mention[], more: readonly Mention[]): Mention[] {
  return quoted.length || more.length ? [...mentions, ...quoted, ...more].sort((a, b) => a.start - b.start || b.end - a.end) : mentions;
}

function explanation(doc: Doc, reasons: { claims: Map<string, string>; events: Map<string, string> }): Explanation {
  const named = doc.get('entities').reasons;
  const coref = doc.get('coreference').reasons;
  const mentions: Reason[] = [];
  for (const m of doc.get('mentions')) {
    if (m.type === 'date') continue;
    const why = m.type === 'nominal' || m.type === 'pronoun' ? coref?.get(`${m.start}:${m.end}`) : named?.get(m.start);
    if (why !== undefined) mentions.push({ start: m.start, end: m.end, text: m.text, why: m.actor ? `${why} (${m.actor})` : why });
  }
  const claims = doc.get('claims').claims.map((c) => ({ start: c.start, end: c.end, text: c.id, why: reasons.claims.get(c.id) ?? '' }));
  const events = doc.get('events').map((e) => ({ start: e.trigger.start, end: e.trigger.end, text: e.id, why: reasons.events.get(e.id) ?? '' }));
  return { mentions, claims, events };
}
