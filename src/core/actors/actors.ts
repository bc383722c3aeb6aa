// Mentions -> actors in one call (tests, tools): clustering, coreference and the actor list, as the
// pipeline's actors.cluster, coref.resolve and actors.build stages run them.
import { resolveReferences } from '../coref/resolve';
import type { DocContext } from '../text/document';
import { buildWords } from '../entities/words';
import type { Mention } from '../types';
import { buildActors, type ActorResult } from './build';
import { clusterMentions } from './cluster';

export type { ActorResult } from './build';
export { initialsOf } from './cluster';
export { sameSurname, spellingKey } from '../entities/spelling';
export { roleCountry } from '../roles/roles';

export function resolveActors(ctx: DocContext, input: readonly Mention[], titles: ReadonlyMap<number, string>): ActorResult {
  const ws = buildWords(ctx);
  const clusters = clusterMentions(ctx, ws, input, titles);
  return buildActors(clusters, resolveReferences(ctx, ws, clusters));
}
