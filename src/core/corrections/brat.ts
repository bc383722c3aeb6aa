// brat standoff (.ann) -> corrections: what the file says that the analysis does not becomes a
// correction, so re-exporting gives the same entities, spans, events and speakers back. Lines that do
// not map are reported, never dropped silently; a file that does not fit the article is refused.
import type { Analysis, EventType, MentionType, Span } from '../types';
import { makeAnchor, sameSpan } from './anchor';
import { applyCorrections } from './apply';
import { CorrectionsError, EVENT_TYPES, type Anchor, type Correction, type EventCorrection, type NewCorrection } from './model';

const ENTITY_TYPES: Record<string, MentionType> = {
  Person: 'person', Organization: 'organization', Location: 'place', Date: 'date', Nominal: 'nominal', Pronoun: 'pronoun',
};

export interface AnnSpan extends Span { id: string; type: string; line: number }
export interface AnnFile {
  spans: Map<string, AnnSpan>;
  events: Array<{ id: string; type: string; trigger: string; args: Array<[string, string]>; line: number }>;
  relations: Array<{ id: string; type: string; arg1: string; arg2: string; line: number }>;
  /** Equiv sets: the T ids of one actor. */
  equivs: Array<{ ids: string[]; line: number }>;
  notes: Map<string, string>;
  unmapped: string[];
}

const flat = (s: string): string => s.replace(/[\r\n\t]+/g, ' ').trim();

/** Parses a .ann against its article; throws CorrectionsError (naming the file) when it does not fit. */
export function parseAnn(ann: string, fileName: string, article: string): AnnFile {
  const out: AnnFile = { spans: new Map(), events: [], relations: [], equivs: [], notes: new Map(), unmapped: [] };
  const fail = (line: number, why: string): never => { throw new CorrectionsError(`${fileName}, line ${line}: ${why}`); };
  ann.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, i) => {
    const n = i + 1;
    if (!raw.trim()) return;
    const [id, body = '', text = ''] = raw.split('\t');
    if (/^T\d+$/.test(id)) {
      const m = /^(\S+) (\d+) (\d+)((?:;\d+ \d+)*)$/.exec(body);
      if (!m) return fail(n, `“${body}” is not a brat text-bound annotation (TYPE START END)`);
      const start = Number(m[2]), end = Number(m[3]);
      if (m[4]) return void out.unmapped.push(`line ${n}: ${id} has a discontinuous span, which Byline does not import`);
      if (end <= start || end > article.length) return fail(n, `${id} has offsets ${start}–${end}, outside the article (${article.length} characters): is this another article's .ann?`);
      if (text && flat(article.slice(start, end)) !== flat(text)) {
        return fail(n, `${id} marks “${flat(text).slice(0, 40)}” at ${start}–${end}, but the article has “${flat(article.slice(start, end)).slice(0, 40)}” there: is this another article's .ann?`);
      }
      out.spans.set(id, { id, type: m[1], start, end, line: n });
    } else if (/^E\d+$/.test(id)) {
      const [head, ...args] = body.split(' ').filter(Boolean);
      const [type, trigger] = (head ?? '').split(':');
      if (!type || !trigger) return fail(n, `“${body}” is not a brat event (TYPE:TRIGGER ROLE:ARG…)`);
      out.events.push({ id, type, trigger, args: args.map((a) => a.split(':') as [string, string]), line: n });
    } else if (/^R\d+$/.test(id)) {
      const m = /^(\S+) Arg1:(\S+) Arg2:(\S+)$/.exec(body);
      if (!m) return fail(n, `“${body}” is not a brat relation (TYPE Arg1:ID Arg2:ID)`);
      out.relations.push({ id, type: m[1], arg1: m[2], arg2: m[3], line: n });
    } else if (/^#\d*$/.test(id) && /^AnnotatorNotes \S+$/.test(body)) {
      out.notes.set(body.split(' ')[1], text);
    } else if (id === '*' && /^Equiv( T\d+)+$/.test(body)) {
      out.equivs.push({ ids: body.split(' ').slice(1), line: n });
    } else if (/^[AM*N]/.test(id)) {
      out.unmapped.push(`line ${n}: ${id} (${body.split(' ')[0] || 'empty'}) is not imported`);
    } else fail(n, `“${raw.slice(0, 40)}” is not a brat standoff line`);
  });
  return out;
}

export interface BratImport {
  corrections: Correction[];
  /** What the file says that Byline could not take over, one line each. */
  unmapped: string[];
}

/** The corrections that make `base` (a fresh analysis of `article`) say what the .ann says. */
export function importBrat(ann: string, fileName: string, article: string, base: Analysis): BratImport {
  const file = parseAnn(ann, fileName, article);
  const unmapped = [...file.unmapped];
  const corrections: Correction[] = [];
  const add = (c: NewCorrection): void => void corrections.push({ ...c, id: `c${corrections.length + 1}` } as Correction);
  const anchor = (s: Span): Anchor => makeAnchor(article, s);
  // entities
  const wanted = [...file.spans.values()].filter((s) => ENTITY_TYPES[s.type]);
  for (const m of base.mentions) {
    if (!wanted.some((w) => sameSpan(w, m))) add({ op: 'entity', at: anchor(m), type: 'none' });
  }
  for (const w of wanted) {
    const type = ENTITY_TYPES[w.type];
    const value = type === 'date' ? file.notes.get(w.id) ?? null : undefined;
    const had = base.mentions.find((m) => sameSpan(m, w));
    if (!had || had.type !== type || (type === 'date' && (had.value ?? null) !== value)) add({ op: 'entity', at: anchor(w), type, ...(type === 'date' ? { value } : {}) });
  }
  const a1 = applyCorrections(base, article, corrections).analysis;
  for (const w of wanted) if (!a1.mentions.some((m) => sameSpan(m, w))) unmapped.push(`line ${w.line}: ${w.id} overlaps another entity and was not kept`);
  checkHappenings(file, a1, unmapped);
  importActors(file, a1, add, anchor, unmapped);
  // speakers and participants are compared with the actors as the file groups them
  const a2 = applyCorrections(base, article, corrections).analysis;
  const actorOfT = (t: string): string | undefined => {
    const s = file.spans.get(t);
    return s && a2.mentions.find((m) => sameSpan(m, s) && m.actor)?.actor;
  };
  importClaims(file, a2, article, add, actorOfT, unmapped);
  importEvents(file, a2, add, actorOfT, anchor, unmapped);
  for (const s of file.spans.values()) {
    if (!ENTITY_TYPES[s.type] && !/^(Event_|Quote$|ReportedSpeech$)/.test(s.type)) unmapped.push(`line ${s.line}: ${s.id} has the type ${s.type}, which Byline does not know`);
  }
  return { corrections, unmapped };
}

type Add = (c: NewCorrection) => void;

/** An Equiv set over event triggers: the mentions of one happening (as the exporter writes them). */
function isHappening(file: AnnFile, e: AnnFile['equivs'][number]): boolean {
  return e.ids.every((t) => file.spans.get(t)?.type.startsWith('Event_'));
}

/**
 * Happenings are Byline's own grouping, re-derived on every analysis and not (yet) correctable: a set that
 * groups the triggers as Byline does is taken as it is; one that groups them otherwise is reported.
 */
function checkHappenings(file: AnnFile, a: Analysis, unmapped: string[]): void {
  for (const e of file.equivs) {
    if (!isHappening(file, e)) continue;
    const of = e.ids.map((t) => { const s = file.spans.get(t)!; return a.events.find((ev) => sameSpan(ev.trigger, s))?.happening; });
    const h = of[0];
    // events the file leaves out (corrected away) do not count against the set
    const inFile = (ev: Analysis['events'][number]): boolean => [...file.spans.values()].some((s) => s.type.startsWith('Event_') && sameSpan(s, ev.trigger));
    const same = h !== undefined && of.every((x) => x === h) && a.events.filter((ev) => ev.happening === h && inFile(ev)).length === e.ids.length;
    if (!same) unmapped.push(`line ${e.line}: this Equiv set groups event mentions into a happening other than Byline's; happenings cannot be corrected yet`);
  }
}

/**
 * Equiv sets -> split and merge corrections: an actor whose mentions the file puts in several sets is
 * split (all but the set of its first mention), then each set is merged into its first mention's actor.
 */
function importActors(file: AnnFile, a1: Analysis, add: Add, anchor: (s: Span) => Anchor, unmapped: string[]): void {
  const isActorT = (t: string): boolean => { const s = file.spans.get(t); return !!s && !!ENTITY_TYPES[s.type] && ENTITY_TYPES[s.type] !== 'date'; };
  const group = new Map<string, number>();
  file.equivs.forEach((e, i) => {
    if (isHappening(file, e)) return;
    for (const t of e.ids) {
      if (isActorT(t)) group.set(t, i);
      else unmapped.push(`line ${e.line}: ${t} in an Equiv set is not a person, organization, place, nominal or pronoun`);
    }
  });
  const spans = [...file.spans.values()].filter((s) => isActorT(s.id)).sort((x, y) => x.start - y.start || y.end - x.end);
  let next = file.equivs.length;
  for (const s of spans) if (!group.has(s.id)) group.set(s.id, next++);
  const byActor = new Map<string, AnnSpan[]>();
  for (const s of spans) {
    const actor = a1.mentions.find((m) => sameSpan(m, s) && m.actor)?.actor;
    if (actor) (byActor.get(actor) ?? byActor.set(actor, []).get(actor)!).push(s);
  }
  const identity = new Map<string, string>();
  for (const [actor, list] of byActor) {
    const main = group.get(list[0].id);
    for (const s of list) {
      if (group.get(s.id) === main) identity.set(s.id, actor);
      else { add({ op: 'split', at: anchor(s) }); identity.set(s.id, `split:${s.id}`); }
    }
  }
  const members = new Map<number, AnnSpan[]>();
  for (const s of spans) if (identity.has(s.id)) (members.get(group.get(s.id)!) ?? members.set(group.get(s.id)!, []).get(group.get(s.id)!)!).push(s);
  for (const [home, ...rest] of members.values()) {
    const done = new Set([identity.get(home.id)]);
    for (const s of rest) {
      if (done.has(identity.get(s.id))) continue;
      done.add(identity.get(s.id));
      add({ op: 'merge', at: anchor(s), into: anchor(home) });
    }
  }
}

function importClaims(file: AnnFile, a1: Analysis, article: string, add: Add, actorOfT: (t: string) => string | undefined, unmapped: string[]): void {
  const spans = [...file.spans.values()].filter((s) => s.type === 'Quote' || s.type === 'ReportedSpeech');
  const speakerOf = new Map<string, string>();
  for (const r of file.relations) {
    if (r.type === 'Speaker' && file.spans.has(r.arg1) && file.spans.has(r.arg2)) speakerOf.set(r.arg1, r.arg2);
    else unmapped.push(`line ${r.line}: relation ${r.id} (${r.type}) is not imported`);
  }
  for (const c of a1.claims) if (!spans.some((s) => sameSpan(s, c))) add({ op: 'claim', at: makeAnchor(article, c), kind: 'none' });
  for (const s of spans) {
    const kind = s.type === 'Quote' ? 'quote' : 'reported';
    const st = speakerOf.get(s.id);
    const speaker = st ? actorOfT(st) : undefined;
    if (st && !speaker) unmapped.push(`line ${s.line}: the speaker of ${s.id} (${st}) is not an actor's mention`);
    const had = a1.claims.find((c) => sameSpan(c, s));
    if (had && had.kind === kind && had.speaker === (speaker ?? null)) continue;
    add({ op: 'claim', at: makeAnchor(article, s), kind, speaker: speaker && st ? makeAnchor(article, file.spans.get(st)!) : null });
  }
}

function importEvents(file: AnnFile, a1: Analysis, add: Add, actorOfT: (t: string) => string | undefined, anchor: (s: Span) => Anchor, unmapped: string[]): void {
  const wanted = file.events.filter((e) => {
    const t = file.spans.get(e.trigger);
    const type = e.type.replace(/^Event_/, '') as EventType;
    if (t && EVENT_TYPES.includes(type)) return true;
    unmapped.push(`line ${e.line}: event ${e.id} (${e.type}) is not a Byline event type or has no trigger`);
    return false;
  });
  const triggerOf = (e: (typeof wanted)[number]): Span => file.spans.get(e.trigger)!;
  for (const ev of a1.events) if (!wanted.some((w) => sameSpan(triggerOf(w), ev.trigger))) add({ op: 'event', at: anchor(ev.trigger), type: 'none' });
  for (const w of wanted) {
    const type = w.type.replace(/^Event_/, '') as EventType;
    const parts: string[] = [];
    let place: string | undefined;
    for (const [role, t] of w.args) {
      if (!actorOfT(t)) { unmapped.push(`line ${w.line}: ${role}:${t} of ${w.id} is not an actor's mention`); continue; }
      if (/^Participant\d*$/.test(role)) parts.push(t);
      else if (role === 'Place') place = t;
      else unmapped.push(`line ${w.line}: the role ${role} of ${w.id} is not imported`);
    }
    const had = a1.events.find((e) => sameSpan(e.trigger, triggerOf(w)));
    const ids = parts.map((t) => actorOfT(t)!);
    const c: Omit<EventCorrection, 'id'> = { op: 'event', at: anchor(triggerOf(w)) };
    if (!had || had.type !== type) c.type = type;
    if (!had ? parts.length : had.participants.join() !== ids.join()) c.participants = parts.map((t) => anchor(file.spans.get(t)!));
    if ((had?.place ?? undefined) !== (place ? actorOfT(place) : undefined)) c.place = place ? anchor(file.spans.get(place)!) : null;
    if (c.type || c.participants || c.place !== undefined) add(c);
  }
}
