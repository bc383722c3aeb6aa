// The claim and event ops: mark or unmark a claim, set its speaker, and correct an event.
import type { Actor, Claim, NewsEvent, Span } from '../types';
import { overlaps, sameSpan } from './anchor';
import type { Anchor, ClaimCorrection, EventCorrection, SpeakerCorrection } from './model';
import { actorAtAnchor, APPLIED, note, type Outcome, type Work } from './work';

/** The claim at exactly this span, else the smallest one covering it, else the first overlapping it. */
function claimAt(w: Work, span: Span): Claim | undefined {
  const claims = w.a.claims;
  return claims.find((c) => sameSpan(c, span))
    ?? claims.filter((c) => c.start <= span.start && span.end <= c.end).sort((x, y) => x.end - x.start - (y.end - y.start))[0]
    ?? claims.find((c) => overlaps(c, span));
}

/** null: nobody; undefined: the speaker's text is gone. */
function speakerFrom(w: Work, anchor: Anchor | null): Actor | null | undefined {
  return anchor === null ? null : actorAtAnchor(w, anchor);
}

export function applyClaim(w: Work, c: ClaimCorrection, span: Span): Outcome {
  if (c.kind === 'none') {
    const exact = w.a.claims.find((x) => sameSpan(x, span));
    const gone = exact ? [exact] : w.a.claims.filter((x) => x.start >= span.start && x.end <= span.end);
    if (!gone.length) return { status: 'unchanged', why: 'Byline does not mark it as a claim any more' };
    w.a.claims = w.a.claims.filter((x) => !gone.includes(x));
    return APPLIED;
  }
  const speaker = c.speaker === undefined ? undefined : speakerFrom(w, c.speaker);
  let claim = w.a.claims.find((x) => sameSpan(x, span));
  if (!claim) {
    w.a.claims = w.a.claims.filter((x) => !overlaps(x, span));
    claim = { id: `reader-${c.id}`, kind: c.kind, start: span.start, end: span.end, text: w.text.slice(span.start, span.end), speaker: null };
    w.a.claims.push(claim);
    note(w, `c:${claim.id}`, `marked as ${c.kind === 'quote' ? 'a quote' : 'reported speech'} by you`);
  } else if (claim.kind !== c.kind) {
    claim.kind = c.kind;
    note(w, `c:${claim.id}`, `marked as ${c.kind === 'quote' ? 'a quote' : 'reported speech'} by you`);
  } else if (c.speaker === undefined || claim.speaker === (speaker?.id ?? null)) {
    return { status: 'unchanged', why: 'Byline already marks it so' };
  }
  if (speaker !== undefined && claim.speaker !== (speaker?.id ?? null)) {
    claim.speaker = speaker?.id ?? null;
    note(w, `c:${claim.id}`, 'speaker set by you');
  }
  return c.speaker && !speaker ? { status: 'applied', why: 'the speaker’s text is gone' } : APPLIED;
}

export function applySpeaker(w: Work, c: SpeakerCorrection, span: Span): Outcome {
  const claim = claimAt(w, span);
  if (!claim) return { status: 'unchanged', why: 'no claim is marked there any more' };
  const speaker = speakerFrom(w, c.speaker);
  if (speaker === undefined) return { status: 'orphaned', why: 'the speaker’s text is gone' };
  if (claim.speaker === (speaker?.id ?? null)) return { status: 'unchanged', why: 'Byline already gives it that speaker' };
  claim.speaker = speaker?.id ?? null;
  note(w, `c:${claim.id}`, speaker ? 'speaker set by you' : 'unattributed by you');
  return APPLIED;
}

function triggerAt(w: Work, span: Span): NewsEvent | undefined {
  return w.a.events.find((e) => sameSpan(e.trigger, span)) ?? w.a.events.find((e) => overlaps(e.trigger, span));
}

export function applyEvent(w: Work, c: EventCorrection, span: Span): Outcome {
  let ev = triggerAt(w, span);
  if (c.type === 'none') {
    if (!ev) return { status: 'unchanged', why: 'Byline does not mark it as an event any more' };
    w.a.events = w.a.events.filter((e) => e !== ev);
    return APPLIED;
  }
  let changed = false;
  if (!ev) {
    if (!c.type) return { status: 'unchanged', why: 'no event is marked there any more' };
    ev = { id: `reader-${c.id}`, type: c.type, trigger: { start: span.start, end: span.end, text: w.text.slice(span.start, span.end) }, participants: [] };
    w.a.events.push(ev);
    note(w, `e:${ev.id}`, 'added by you');
    changed = true;
  } else if (c.type && ev.type !== c.type) {
    ev.type = c.type;
    note(w, `e:${ev.id}`, `type set to ${c.type} by you`);
    changed = true;
  }
  let lost = false;
  if (c.participants) {
    const ids = c.participants.map((p) => actorAtAnchor(w, p)?.id);
    lost = ids.some((x) => !x);
    const now = [...new Set(ids.filter((x): x is string => !!x))];
    if (now.join() !== ev.participants.join()) {
      ev.participants = now;
      note(w, `e:${ev.id}`, 'participants set by you');
      changed = true;
    }
  }
  if (c.place !== undefined) {
    const place = c.place === null ? undefined : actorAtAnchor(w, c.place)?.id;
    lost ||= c.place !== null && !place;
    if (place !== ev.place) {
      if (place) ev.place = place;
      else delete ev.place;
      note(w, `e:${ev.id}`, 'place set by you');
      changed = true;
    }
  }
  if (!changed) return { status: 'unchanged', why: 'Byline already marks it so' };
  return lost ? { status: 'applied', why: 'some participants’ text is gone' } : APPLIED;
}
