// "Edited by you" marks: what the reader changed about an actor, mention, claim or event, for the
// hover, the views and the ✓ after corrected text.
import * as vscode from 'vscode';
import type { CorrectedAnalysis } from '../../core/corrections';
import { escapeMarkdown } from '../../core/cards';
import type { AnalysisIndex } from '../../core/query';
import type { Span } from '../../core/types';

export type EditKey = `a:${string}` | `c:${string}` | `e:${string}` | `m:${number}:${number}`;

export function notesOf(corrected: CorrectedAnalysis | undefined, ...keys: EditKey[]): string[] {
  if (!corrected) return [];
  return [...new Set(keys.flatMap((k) => corrected.edits.get(k) ?? []))];
}

/** The hover's line for edited items (escaped: notes quote article text). */
export function editedMarkdown(notes: string[]): string | undefined {
  return notes.length ? vscode.l10n.t('✓ **Edited by you** — {0}', escapeMarkdown(notes.join('; '))) : undefined;
}

/** Where a ✓ goes: after each corrected mention, claim and event word, and an edited actor's first name. */
export function editedSpans(index: AnalysisIndex, corrected: CorrectedAnalysis | undefined): Span[] {
  if (!corrected) return [];
  const out: Span[] = [];
  for (const key of corrected.edits.keys()) {
    const [kind, a, b] = key.split(':');
    if (kind === 'm') out.push({ start: Number(a), end: Number(b) });
    else if (kind === 'a') { const m = index.firstNamed(a); if (m) out.push(m); }
    else if (kind === 'c') { const c = index.analysis.claims.find((x) => x.id === a); if (c) out.push(c); }
    else if (kind === 'e') { const e = index.analysis.events.find((x) => x.id === a); if (e) out.push(e.trigger); }
  }
  const seen = new Set<string>();
  return out.filter((s) => !seen.has(`${s.start}:${s.end}`) && !!seen.add(`${s.start}:${s.end}`));
}
