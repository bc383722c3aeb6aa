// Applies the reader's corrections on top of a finished Analysis (a post-process: analyze() is never
// told about them), so they hold across re-analysis and new Byline versions. Pure: returns a new Analysis.
import type { Actor, Analysis, EntityType, Mention, MentionType, Span } from '../types';
import { overlaps, resolveAnchor, sameSpan } from './anchor';
import { applyClaim, applyEvent, applySpeaker } from './applyClaims';
import { CORRECTION_OPS, type Correction, type EntityCorrection } from './model';
import {
  actorAtAnchor, actorOf, APPLIED, clipText, isNamed, mentionAt, mentionKey, note,
  type CorrectionStatus, type Outcome, type Work,
} from './work';

export type { CorrectionStatus } from './work';

export interface CorrectionResult {
  correction: Correction;
  status: CorrectionStatus;
  /** Where its text is now (absent when orphaned). */
  span?: Span;
  /** Why it is orphaned or changed nothing. */
  why?: string;
}

export interface CorrectedAnalysis {
  analysis: Analysis;
  results: CorrectionResult[];
  /** What the reader changed, for "edited" marks: keys `a:<actor id>`, `c:<claim id>`, `e:<event id>`, `m:<start>:<end>`. */
  edits: Map<string, string[]>;
}

function newActor(w: Work, id: string, m: Mention, type: EntityType): Actor {
  const actor: Actor = { id: `reader-${id}`, name: m.text.replace(/\s+/g, ' '), type, aliases: [], mentions: [] };
  w.a.actors.push(actor);
  note(w, `a:${actor.id}`, 'added by you');
  return actor;
}

function setActorType(w: Work, actor: Actor, type: EntityType): void {
  if (actor.type === type) return;
  actor.type = type;
  for (const m of w.a.mentions) if (m.actor === actor.id && isNamed(m.type)) m.type = type;
  note(w, `a:${actor.id}`, `marked as ${type}`);
}

function retype(w: Work, m: Mention, c: EntityCorrection, type: MentionType): void {
  if (type === 'date') {
    if (m.actor) note(w, `a:${m.actor}`, `“${m.text}” is a date`);
    delete m.actor;
    m.type = 'date';
  } else if (!m.actor) {
    m.type = type;
    delete m.value;
    m.actor = newActor(w, c.id, m, isNamed(type) ? type : 'person').id;
  } else {
    const actor = actorOf(w, m.actor);
    const wasNamed = isNamed(m.type);
    m.type = type;
    if (actor && isNamed(type) && (wasNamed || actor.type !== type)) setActorType(w, actor, type);
  }
  if (type === 'date' && c.value !== undefined) {
    if (c.value) m.value = c.value;
    else delete m.value;
  }
}

function applyEntity(w: Work, c: EntityCorrection, span: Span): Outcome {
  const exact = w.a.mentions.find((m) => sameSpan(m, span));
  if (c.type === 'none') {
    const gone = exact ? [exact] : w.a.mentions.filter((m) => m.start >= span.start && m.end <= span.end);
    if (!gone.length) return { status: 'unchanged', why: 'Byline does not mark it any more' };
    w.a.mentions = w.a.mentions.filter((m) => !gone.includes(m));
    for (const m of gone) if (m.actor) note(w, `a:${m.actor}`, `“${m.text}” is not a mention`);
    return APPLIED;
  }
  const type = c.type;
  if (exact) {
    const sameValue = type !== 'date' || c.value === undefined || (exact.value ?? null) === (c.value ?? null);
    if (exact.type === type && sameValue) return { status: 'unchanged', why: `Byline already marks it as ${type}` };
    retype(w, exact, c, type);
    note(w, mentionKey(exact), `marked as ${type}`);
    return APPLIED;
  }
  const over = w.a.mentions.filter((m) => overlaps(m, span));
  const heir = type === 'date' ? undefined : actorOf(w, (over.find((m) => m.actor && isNamed(m.type)) ?? over.find((m) => m.actor))?.actor);
  w.a.mentions = w.a.mentions.filter((m) => !over.includes(m));
  const m: Mention = { start: span.start, end: span.end, text: w.text.slice(span.start, span.end), type };
  if (type === 'date') {
    if (c.value) m.value = c.value;
  } else if (heir) {
    m.actor = heir.id;
    if (isNamed(type)) setActorType(w, heir, type);
    note(w, `a:${heir.id}`, `“${m.text}” marked as ${type}`);
  } else {
    m.actor = newActor(w, c.id, m, isNamed(type) ? type : 'person').id;
  }
  w.a.mentions.push(m);
  note(w, mentionKey(m), `marked as ${type}`);
  return APPLIED;
}

function applyActorOp(w: Work, c: Correction, span: Span): Outcome {
  const m = mentionAt(w, span, true);
  const actor = actorOf(w, m?.actor);
  if (!m || !actor) return { status: 'unchanged', why: 'no actor is marked there any more' };
  if (c.op === 'role') {
    if ((actor.role ?? '') === c.role) return { status: 'unchanged', why: 'the role is already that' };
    if (c.role) actor.role = c.role;
    else delete actor.role;
    delete actor.evidence;
    note(w, `a:${actor.id}`, c.role ? 'role set by you' : 'role removed by you');
    return APPLIED;
  }
  if (c.op === 'split') {
    if (!w.a.mentions.some((x) => x.actor === actor.id && x !== m)) return { status: 'unchanged', why: 'it is already an actor of its own' };
    const type = isNamed(m.type) ? m.type : actor.type;
    m.actor = newActor(w, c.id, m, type).id;
    note(w, `a:${actor.id}`, `“${m.text}” split off`);
    note(w, mentionKey(m), 'split off by you');
    return APPLIED;
  }
  if (c.op === 'merge') {
    const into = actorAtAnchor(w, c.into);
    if (!into) return { status: 'orphaned', why: 'the actor to merge into is gone' };
    if (into === actor) return { status: 'unchanged', why: 'already one actor' };
    mergeActors(w, actor, into);
    return APPLIED;
  }
  return { status: 'unchanged' };
}

function mergeActors(w: Work, from: Actor, into: Actor): void {
  for (const m of w.a.mentions) if (m.actor === from.id) m.actor = into.id;
  const names = [from.name, ...from.aliases].filter((n) => n !== into.name && !into.aliases.includes(n));
  into.aliases.push(...new Set(names));
  if (!into.role && from.role) into.role = from.role;
  for (const cl of w.a.claims) if (cl.speaker === from.id) cl.speaker = into.id;
  for (const ev of w.a.events) {
    ev.participants = [...new Set(ev.participants.map((p) => (p === from.id ? into.id : p)))];
    if (ev.place === from.id) ev.place = into.id;
  }
  w.a.actors = w.a.actors.filter((x) => x !== from);
  note(w, `a:${into.id}`, `merged with “${from.name}” by you`);
}

/** Actors' mention lists, dangling references and order, after the ops. */
function finish(w: Work, before: Map<string, number>): void {
  const a = w.a;
  a.mentions.sort((x, y) => x.start - y.start || y.end - x.end);
  const spans = new Map<string, Span[]>();
  for (const m of a.mentions) if (m.actor) (spans.get(m.actor) ?? spans.set(m.actor, []).get(m.actor)!).push({ start: m.start, end: m.end });
  // an actor goes with its last mention (one that never had any, if the analyzer makes such, stays)
  a.actors = a.actors.filter((x) => spans.has(x.id) || before.get(x.id) === 0);
  for (const x of a.actors) {
    const now = spans.get(x.id) ?? [];
    if (now.length !== x.mentions.length || now.some((s, i) => !sameSpan(s, x.mentions[i]))) x.mentions = now;
  }
  const alive = new Set(a.actors.map((x) => x.id));
  for (const cl of a.claims) if (cl.speaker && !alive.has(cl.speaker)) cl.speaker = null;
  for (const ev of a.events) {
    ev.participants = ev.participants.filter((p) => alive.has(p));
    if (ev.place && !alive.has(ev.place)) delete ev.place;
  }
  a.claims.sort((x, y) => x.start - y.start);
  a.events.sort((x, y) => x.trigger.start - y.trigger.start);
}

export function applyCorrections(base: Analysis, text: string, corrections: readonly Correction[]): CorrectedAnalysis {
  const w: Work = { text, a: structuredClone(base), edits: new Map() };
  const before = new Map(base.actors.map((x) => [x.id, x.mentions.length]));
  const results = new Map<Correction, CorrectionResult>();
  for (const op of CORRECTION_OPS) {
    for (const c of corrections) {
      if (c.op !== op) continue;
      const span = resolveAnchor(text, c.at);
      if (!span) {
        results.set(c, { correction: c, status: 'orphaned', why: `“${clipText(c.at.exact)}” is no longer in the article` });
        continue;
      }
      const out = applyOne(w, c, span);
      results.set(c, { correction: c, span, ...out });
    }
    // later ops find actors through mentions: keep each actor's list current between op kinds
    if (op === 'merge') finish(w, before);
  }
  finish(w, before);
  return { analysis: w.a, results: corrections.map((c) => results.get(c)!), edits: w.edits };
}

function applyOne(w: Work, c: Correction, span: Span): Outcome {
  switch (c.op) {
    case 'entity': return applyEntity(w, c, span);
    case 'split': case 'merge': case 'role': return applyActorOp(w, c, span);
    case 'claim': return applyClaim(w, c, span);
    case 'speaker': return applySpeaker(w, c, span);
    case 'event': return applyEvent(w, c, span);
  }
}
