// Types of brat.mjs for the TypeScript unit test.
import type { Span } from './readers.d.mts';
export interface BratSpan { type: string; frags: Span[] }
export interface Attribution { source: BratSpan | null; cue: BratSpan | null; content: Span[] }
export function parseAnn(ann: string): { spans: Map<string, BratSpan>; attributions: Attribution[]; discard: Span[] };
