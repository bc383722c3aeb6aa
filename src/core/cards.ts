// Hover-card Markdown for actors, events and claims. Every piece of article text is escaped: the
// result is safe to render as untrusted Markdown (no links, HTML or commands can come from the article).
import { formatDate, happeningLabel, happeningsOf, happeningStatus, happeningTitle, lineFinder, mentionSnippet, participantsOf, type Happening } from './happenings';
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
  // what the actor took part in, one line per happening: "Bagheri met Shoigu · Moscow · 19 Oct 2021"
  const happenings = happeningsOf(index.eventsWith(actor.id));
  if (happenings.length) {
    lines.push(`Events (${happenings.length}):`);
    for (const h of happenings.slice(0, 3)) {
      const status = happeningStatus(h);
      lines.push(`- ${e(happeningLabel(index, h))}${status ? ` _(${status})_` : ''}`);
    }
  }
  return lines.join('\n\n');
}

/** Escaped text with the first occurrence of word in bold. */
function boldWord(text: string, word: string): string {
  const at = word ? text.indexOf(word) : -1;
  if (at < 0) return escapeMarkdown(text);
  return `${escapeMarkdown(text.slice(0, at))}**${escapeMarkdown(word)}**${escapeMarkdown(text.slice(at + word.length))}`;
}

const HOW_SURE: Record<Happening['modality'], string> = {
  asserted: 'reported as having happened',
  planned: 'planned, not (yet) happened',
  hypothetical: 'hypothetical: may or may not happen',
};

/**
 * The card of a happening, from one of its mentions: type, who, where, when, how sure, and its other
 * mentions with their lines and words around them (from `text`, the analyzed article).
 */
export function happeningCard(index: AnalysisIndex, h: Happening, text: string, current?: NewsEvent, lineOf = lineFinder(text)): string {
  const e = escapeMarkdown;
  const lines = [`**${e(h.type.charAt(0).toUpperCase() + h.type.slice(1))}** — ${e(happeningTitle(index, h))}`];
  const who = participantsOf(index, h);
  lines.push(`Who: ${who.length ? who.map((a) => e(a.name) + (a.role ? ` (${e(a.role)})` : '')).join(', ') : '_not identified_'}`);
  const place = index.actor(h.place);
  lines.push(`Where: ${place ? e(place.name) : '_not stated_'}`);
  lines.push(`When: ${h.date ? `${e(formatDate(h.date))} (${e(h.date)})` : h.when ? `${e(h.when)} (_no article date to resolve it_)` : '_not stated_'}`);
  const n = h.mentions.length;
  lines.push(`How sure: ${h.negated ? 'reported as not having happened' : HOW_SURE[h.modality]}${n > 1 ? ` · told ${n} times` : ''}`);
  const at = current ? h.mentions.indexOf(current) : -1;
  const others = h.mentions.filter((m) => m !== current);
  if (at >= 0 && n > 1) lines.push(`This mention: “${e(current!.trigger.text)}”, ${at + 1} of ${n}`);
  if (others.length) {
    lines.push(`${current ? 'Other mentions' : 'Mentions'} (${others.length}):`);
    lines.push(others.slice(0, 5).map((m) => `- line ${lineOf(m.trigger.start)}: ${boldWord(mentionSnippet(text, m, 90), m.trigger.text)}`).join('\n')
      + (others.length > 5 ? `\n- … ${others.length - 5} more` : ''));
  }
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
