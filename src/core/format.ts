// Analysis -> the export formats: JSON, JSON Lines, brat standoff (.ann) and a readable text summary.
import { happeningLabel, happeningsOf, happeningStatus } from './happenings';
import { indexAnalysis } from './query';
import type { Actor, Analysis } from './types';

export type OutputFormat = 'json' | 'jsonl' | 'brat' | 'text';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'jsonl', 'brat', 'text'];

export function toJson(a: Analysis): string {
  return JSON.stringify(a, null, 2) + '\n';
}

export function toJsonLine(a: Analysis): string {
  return JSON.stringify(a) + '\n';
}

const BRAT_TYPES: Record<string, string> = {
  person: 'Person', organization: 'Organization', place: 'Location', date: 'Date', nominal: 'Nominal', pronoun: 'Pronoun',
};

/** brat standoff: T lines for mentions, event triggers and claims; Equiv for actors; E lines for events; R for speakers; # for date values. */
export function toBrat(a: Analysis): string {
  const lines: string[] = [];
  let t = 0;
  const flat = (s: string): string => s.replace(/[\r\n\t]+/g, ' ');
  const tOf = new Map<string, string>();
  const tsOf = new Map<string, string[]>();
  for (const m of a.mentions) {
    const id = `T${++t}`;
    lines.push(`${id}\t${BRAT_TYPES[m.type] ?? m.type} ${m.start} ${m.end}\t${flat(m.text)}`);
    if (m.actor && !tOf.has(m.actor)) tOf.set(m.actor, id);
    if (m.actor) (tsOf.get(m.actor) ?? tsOf.set(m.actor, []).get(m.actor)!).push(id);
    if (m.value) lines.push(`#${t}\tAnnotatorNotes ${id}\t${m.value}`);
  }
  // each actor as a brat equivalence set: coreference survives the trip to other tools and back
  for (const ids of tsOf.values()) if (ids.length > 1) lines.push(`*\tEquiv ${ids.join(' ')}`);
  let e = 0;
  const byHappening = new Map<string, string[]>();
  for (const ev of a.events) {
    const tid = `T${++t}`;
    if (ev.happening) byHappening.set(ev.happening, [...(byHappening.get(ev.happening) ?? []), tid]);
    lines.push(`${tid}\tEvent_${ev.type} ${ev.trigger.start} ${ev.trigger.end}\t${flat(ev.trigger.text)}`);
    const args = ev.participants.map((p, i) => tOf.get(p) && `Participant${i + 1}:${tOf.get(p)}`).filter(Boolean);
    if (ev.place && tOf.get(ev.place)) args.push(`Place:${tOf.get(ev.place)}`);
    lines.push(`E${++e}\tEvent_${ev.type}:${tid}${args.length ? ' ' + args.join(' ') : ''}`);
  }
  // one happening told several times: brat's Equiv relation over the trigger spans
  for (const tids of byHappening.values()) if (tids.length > 1) lines.push(`*\tEquiv ${tids.join(' ')}`);
  let r = 0;
  for (const c of a.claims) {
    const cid = `T${++t}`;
    lines.push(`${cid}\t${c.kind === 'quote' ? 'Quote' : 'ReportedSpeech'} ${c.start} ${c.end}\t${flat(c.text)}`);
    if (c.speaker && tOf.get(c.speaker)) lines.push(`R${++r}\tSpeaker Arg1:${cid} Arg2:${tOf.get(c.speaker)}`);
  }
  return lines.join('\n') + (lines.length ? '\n' : '');
}

function actorLine(x: Actor): string {
  const parts = [`${x.name} (${x.type}`];
  if (x.role) parts[0] += `, ${x.role}`;
  parts[0] += ')';
  if (x.aliases.length) parts.push(`also: ${x.aliases.join(', ')}`);
  parts.push(`${x.mentions.length} mention${x.mentions.length === 1 ? '' : 's'}`);
  return parts.join(' — ');
}

export function toText(a: Analysis): string {
  const name = new Map(a.actors.map((x) => [x.id, x.name]));
  const out: string[] = [];
  out.push(`${a.source ?? 'text'}${a.date ? ` (dated ${a.date})` : ''}`);
  out.push('', `Actors (${a.actors.length})`);
  for (const x of a.actors) out.push(`  ${actorLine(x)}`);
  out.push('', `Claims (${a.claims.length})`);
  for (const c of a.claims) {
    const who = c.speaker ? name.get(c.speaker) ?? c.speaker : 'unattributed';
    out.push(`  ${who} [${c.kind}]: ${c.text.replace(/\s+/g, ' ')}`);
  }
  // events as happenings, by date: the headline, the type and the words of each mention
  const happenings = happeningsOf(a.events);
  out.push('', `Events (${happenings.length} happening${happenings.length === 1 ? '' : 's'}, ${a.events.length} mention${a.events.length === 1 ? '' : 's'})`);
  const index = indexAnalysis(a);
  for (const h of happenings) {
    const status = happeningStatus(h);
    out.push(`  ${happeningLabel(index, h)}${status ? ` (${status})` : ''} — ${h.type}: ${h.mentions.map((m) => `“${m.trigger.text}”`).join(', ')}`);
  }
  return out.join('\n') + '\n';
}

export function formatAnalysis(a: Analysis, format: OutputFormat): string {
  switch (format) {
    case 'json': return toJson(a);
    case 'jsonl': return toJsonLine(a);
    case 'brat': return toBrat(a);
    case 'text': return toText(a);
  }
}
