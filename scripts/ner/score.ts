// Exact-span person/organization/place scoring (CoNLL's definition, MISC left out of the gold): per type
// and overall. A PER/ORG/LOC prediction exactly on a gold MISC span counts as a false positive.
import type { Doc } from './data';

export interface Pred { start: number; end: number; type: 'PER' | 'ORG' | 'LOC' }
const TYPES = ['PER', 'ORG', 'LOC'] as const;

export interface Score { f1: number; p: number; r: number; byType: Record<string, { p: number; r: number; f1: number }>; onMisc: number }

export function score(docs: Doc[], preds: Pred[][]): Score {
  const tp: Record<string, number> = {}, fp: Record<string, number> = {}, fn: Record<string, number> = {};
  for (const t of TYPES) { tp[t] = 0; fp[t] = 0; fn[t] = 0; }
  let onMisc = 0;
  docs.forEach((d, k) => {
    const gold = new Map<string, string>();
    for (const g of d.gold) gold.set(`${g.start}:${g.end}`, g.type);
    const seen = new Set<string>();
    for (const p of preds[k]) {
      const key = `${p.start}:${p.end}`;
      const g = gold.get(key);
      if (g === 'MISC') onMisc++;
      if (g === p.type) { tp[p.type]++; seen.add(key); } else fp[p.type]++;
    }
    for (const g of d.gold) if (g.type !== 'MISC' && !seen.has(`${g.start}:${g.end}`)) fn[g.type]++;
  });
  const prf = (a: number, b: number, c: number): { p: number; r: number; f1: number } => {
    const p = a / Math.max(1, a + b), r = a / Math.max(1, a + c);
    return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  const byType: Record<string, { p: number; r: number; f1: number }> = {};
  for (const t of TYPES) byType[t] = prf(tp[t], fp[t], fn[t]);
  const sum = (o: Record<string, number>): number => TYPES.reduce((s, t) => s + o[t], 0);
  return { ...prf(sum(tp), sum(fp), sum(fn)), byType, onMisc };
}

export function fmt(s: Score): string {
  const t = (x: { f1: number }): string => x.f1.toFixed(3);
  return `F1 ${s.f1.toFixed(3)} (P ${s.p.toFixed(3)} R ${s.r.toFixed(3)})  PER ${t(s.byType.PER)}  ORG ${t(s.byType.ORG)}  LOC ${t(s.byType.LOC)}  on-MISC ${s.onMisc}`;
}
