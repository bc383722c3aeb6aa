// Types of compromise-precomputed.mjs for the TypeScript unit test.
import type { Plugin } from 'esbuild';

export const PRETAGGER_MODEL: RegExp;
export function precomputedModelSource(path: string): Promise<string>;
export const compromisePrecomputed: Plugin;
export const EXTEND: RegExp;
export function extendSource(path: string): Promise<string>;
