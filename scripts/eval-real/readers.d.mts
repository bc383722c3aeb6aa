// Types of the eval-real readers for the TypeScript unit test (see brat.mjs, source-head.mjs, gum-conllu.mjs, ner.mjs).
export interface Span { start: number; end: number }
export interface Word extends Span { w: string }
