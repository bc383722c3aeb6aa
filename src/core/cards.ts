// Hover-card Markdown for actors, events and claims. Every piece of article text is escaped: the
// result is safe to render as untrusted Markdown (no links, HTML or commands can come from the article).
import type { AnalysisIndex } from './query';
import type { Actor, Claim, NewsEvent } from './types';

/** Escapes Markdown and HTML syntax so that text renders literally. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|~>]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/:/g, '&#58;');
}

/** Text on one line, cut to max characters with an ellipsis. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1).trimEnd() + '…' : flat;
}

const KIND_LABEL: Record<string, string> = { person: 'Person', organization: 'Organization', place: 'Place' };

export function actorCard(index: AnalysisIndex, actor: Actor): string {
  const e = escapeMarkdown;
  const lines: string[] = [];
  const role = actor.role ? ` — ${e(actor.role)}` : '';
  lines.push(`**${e(actor.name)}**${role}`);
  const facts = [KIND_LABEL[actor.type] ?? actor.type];
  if (actor.country) facts.push(e(actor.country));
  const n = index.mentionsOf(actor.id).length || actor.mentions.length;
  facts.push(`${n} mention${n === 1 ? '' : 's'}`);
  lines.push(`_${facts.join(' · ')}_`);
  if (actor.evidence) lines.push(`Role evidence: ${e(clip(actor.evidence, 220))}`);
  if (actor.roles && actor.roles.length > 0) lines.push(`Also: ${actor.roles.map((r) => e(r)).join('; ')}`);
  if (actor.aliases.length) lines.push(`Aliases: ${actor.aliases.map((a) => e(a)).join(', ')}`);
  const claims = index.claimsBy(actor.id);
  if (claims.length) {
    lines.push(`Claims (${claims.length}):`);
    for (const c of claims.slice(0, 3)) lines.push(`- ${c.kind === 'quote' ? '“' : ''}${e(clip(c.text, 120))}${c.kind === 'quote' ? '”' : ''}`);
  }
  const events = index.eventsWith(actor.id);
  if (events.length) {
    lines.push(`Events (${events.length}):`);
    for (const ev of events.slice(0, 3)) lines.push(`- ${eventLine(index, ev)}`);
  }
  return lines.join('\n\n');
}

function eventLine(index: AnalysisIndex, ev: NewsEvent): string {
  const e = escapeMarkdown;
  const who = ev.participants.map((p) => index.actor(p)?.name).filter(Boolean) as string[];
  const place = index.actor(ev.place)?.name;
  let s = `${ev.type}: “${e(ev.trigger.text)}”`;
  if (ev.negated) s += ' (did not happen)';
  else if (ev.modality && ev.modality !== 'asserted') s += ` (${ev.modality})`;
  if (who.length) s += ` — ${who.map(e).join(', ')}`;
  if (place) s += ` in ${e(place)}`;
  if (ev.date) s += ` on ${e(ev.date)}`;
  return s;
}

export function eventCard(index: AnalysisIndex, ev: NewsEvent): string {
  const e = escapeMarkdown;
  const lines = [`**Event: ${e(ev.type)}** — “${e(ev.trigger.text)}”`];
  if (ev.negated) lines.push('_Negated: reported as not having happened._');
  else if (ev.modality && ev.modality !== 'asserted') lines.push(`_${e(ev.modality)}_`);
  const who = ev.participants.map((p) => index.actor(p)).filter(Boolean) as Actor[];
  lines.push(`Participants: ${who.length ? who.map((a) => e(a.name) + (a.role ? ` (${e(a.role)})` : '')).join(', ') : 'none identified'}`);
  const place = index.actor(ev.place);
  if (place) lines.push(`Place: ${e(place.name)}`);
  if (ev.date) lines.push(`Date: ${e(ev.date)}`);
  return lines.join('\n\n');
}

export function claimCard(index: AnalysisIndex, c: Claim): string {
  const e = escapeMarkdown;
  const speaker = index.actor(c.speaker);
  const lines = [`**${c.kind === 'quote' ? 'Direct quote' : 'Reported speech'}**`];
  lines.push(`Speaker: ${speaker ? `${e(speaker.name)}${speaker.role ? ` — ${e(speaker.role)}` : ''}` : '_not identified_'}`);
  if (c.cue) lines.push(`Cue: “${e(c.cue.text)}”`);
  return lines.join('\n\n');
}
