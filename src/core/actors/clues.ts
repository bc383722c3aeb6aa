// A person's role clues: one per kind and role, ranked; the country a role names becomes the person's.
import type { RoleClue } from '../roles/roles';
import type { DocContext } from '../text/document';
import type { Cluster } from './cluster';

/** Keep one clue per kind and role (a long document repeats them). */
export function addClue(c: Cluster, clue: RoleClue): void {
  if (c.clues.some((x) => x.kind === clue.kind && x.role === clue.role)) return;
  c.clues.push(clue);
  c.roleWords = undefined;
}

export function caseRank(s: string): number {
  return s === s.toUpperCase() ? 1 : 0;
}

export function sentenceText(ctx: DocContext, s: number): string {
  return ctx.text.slice(ctx.sentences[s].start, ctx.sentences[s].end).replace(/\s+/g, ' ');
}

export function rankedClues(c: Cluster): RoleClue[] {
  return c.clues.filter((r) => r.kind !== 'counterpart' || !r.possessorAt).filter((r) => r.role && r.kind !== 'counterpart' || r.country)
    .sort((x, y) => y.rank - x.rank);
}

export function settleRole(c: Cluster): void {
  c.clues = rankedClues(c);
  c.roleWords = undefined;
  const withCountry = c.clues.find((r) => r.country);
  if (withCountry && !c.country) c.country = withCountry.country;
}
