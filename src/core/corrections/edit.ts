// Changing a corrections list (add or replace one, remove some) and saying what a correction does.
import { clipText } from './work';
import { nextId, type Correction, type CorrectionsFile, type NewCorrection } from './model';



const sameTarget = (a: Correction, b: Omit<Correction, 'id'>): boolean =>
  a.op === b.op && a.at.exact === b.at.exact && a.at.start === b.at.start;

/**
 * The list with `c` added. A later correction of the same kind on the same text replaces the earlier
 * one (an event's type and participants are kept together), so the file holds the reader's last word.
 */
export function withCorrection(file: CorrectionsFile, c: NewCorrection): CorrectionsFile {
  const old = file.corrections.find((x) => sameTarget(x, c));
  const id = old?.id ?? nextId(file.corrections);
  const merged = (old && old.op === 'event' && c.op === 'event' && c.type !== 'none' && old.type !== 'none' ? { ...old, ...c, id } : { ...c, id }) as Correction;
  const corrections = old ? file.corrections.map((x) => (x === old ? merged : x)) : [...file.corrections, merged];
  return { ...file, corrections };
}

export function withoutCorrections(file: CorrectionsFile, ids: ReadonlySet<string>): CorrectionsFile {
  return { ...file, corrections: file.corrections.filter((c) => !ids.has(c.id)) };
}

const q = (s: string): string => `“${clipText(s)}”`;

/** One line for lists: what the correction says. */
export function describeCorrection(c: Correction): string {
  switch (c.op) {
    case 'entity': return c.type === 'none' ? `${q(c.at.exact)} is not an entity` : `${q(c.at.exact)} is a ${c.type}${c.value ? ` (${c.value})` : ''}`;
    case 'merge': return `${q(c.at.exact)} is the same actor as ${q(c.into.exact)}`;
    case 'split': return `${q(c.at.exact)} is an actor of its own`;
    case 'role': return c.role ? `role of ${q(c.at.exact)}: ${clipText(c.role)}` : `${q(c.at.exact)} has no role`;
    case 'speaker': return `speaker of ${q(c.at.exact)}: ${c.speaker ? q(c.speaker.exact) : 'unattributed'}`;
    case 'claim':
      if (c.kind === 'none') return `${q(c.at.exact)} is not a claim`;
      return `${q(c.at.exact)} is ${c.kind === 'quote' ? 'a quote' : 'reported speech'}${c.speaker ? ` of ${q(c.speaker.exact)}` : c.speaker === null ? ', unattributed' : ''}`;
    case 'event': {
      if (c.type === 'none') return `${q(c.at.exact)} is not an event`;
      const parts = [c.type ? `${q(c.at.exact)} is a ${c.type} event` : `event ${q(c.at.exact)}`];
      if (c.participants) parts.push(`participants: ${c.participants.map((p) => q(p.exact)).join(', ') || 'none'}`);
      if (c.place !== undefined) parts.push(`place: ${c.place ? q(c.place.exact) : 'none'}`);
      return parts.join('; ');
    }
  }
}
