// Types of coref-metrics.mjs for the TypeScript unit test.
export interface PRF { p: number; r: number; f: number }
export type Partition = string[][];
export function muc(key: Partition, response: Partition): PRF;
export function bcubed(key: Partition, response: Partition): PRF;
export function ceafe(key: Partition, response: Partition): PRF;
export function maxAssignment(w: number[][]): number;
export function conll2012(key: Partition, response: Partition): { muc: PRF; bcubed: PRF; ceafe: PRF; f: number };
