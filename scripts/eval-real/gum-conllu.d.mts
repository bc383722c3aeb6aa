// Types of gum-conllu.mjs for the TypeScript unit test.
import type { Span } from './readers.d.mts';
export interface GumMention extends Span {
  eid: string; etype: string; kind: 'named' | 'description' | 'pronoun'; headSpan: Span; headForm: string; name: Span | null;
}
export function readGumDoc(conllu: string, id: string): { id: string; genre: string | null; text: string; mentions: GumMention[] };
