// Types of ner.mjs for the TypeScript unit test.
import type { Span } from './readers.d.mts';
export interface TokenDoc { id: string; sentences: { word: string; tag: string }[][] }
export function docText(doc: TokenDoc): { id: string; title: string; text: string; spans: (Span & { type: string })[] };
