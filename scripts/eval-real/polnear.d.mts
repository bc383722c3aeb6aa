// Types of polnear.mjs for the TypeScript unit test.
export function quoteMask(text: string): Uint8Array;
