// Types of world-countries-slim.mjs for the TypeScript unit test.
import type { Plugin } from 'esbuild';

export function slimCountry(c: unknown): unknown;
export const worldCountriesSlim: Plugin;
