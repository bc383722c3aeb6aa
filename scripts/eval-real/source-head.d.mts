// Types of source-head.mjs for the TypeScript unit test.
import type { Span, Word } from './readers.d.mts';
export function sourceHeads(text: string, source: { frags: Span[] }): Word[];
export function isNamedSource(text: string, source: { frags: Span[] }, lowerWords: Set<string>): boolean;
export function lowerCaseWords(text: string): Set<string>;
