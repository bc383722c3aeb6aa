// Coreference metrics (MUC, B-cubed, CEAF-e and their CoNLL-2012 mean) over partitions of mention ids,
// as defined in Pradhan et al. 2014, "Scoring Coreference Partitions of Predicted Mentions". Hand-written:
// npm has no maintained coreference scorer, and CEAF-e needs only a small assignment solver.

const f1 = (p, r) => (p + r ? (2 * p * r) / (p + r) : 0);

function clusterOf(clusters) {
  const m = new Map();
  clusters.forEach((c, i) => c.forEach((x) => m.set(x, i)));
  return m;
}

/** MUC: links kept. Mentions of a cluster missing from the other side each form a part of their own. */
function mucSide(key, response) {
  const where = clusterOf(response);
  let num = 0, den = 0;
  for (const k of key) {
    const parts = new Set();
    let lone = 0;
    for (const x of k) {
      if (where.has(x)) parts.add(where.get(x)); else lone++;
    }
    num += k.length - (parts.size + lone);
    den += k.length - 1;
  }
  return den ? num / den : 0;
}

export function muc(key, response) {
  const r = mucSide(key, response), p = mucSide(response, key);
  return { r, p, f: f1(p, r) };
}

function overlapCounts(a, b) {
  const where = clusterOf(b);
  return a.map((c) => {
    const n = new Map();
    for (const x of c) if (where.has(x)) n.set(where.get(x), (n.get(where.get(x)) ?? 0) + 1);
    return n;
  });
}

function b3Side(key, response) {
  let num = 0, den = 0;
  overlapCounts(key, response).forEach((n, i) => {
    for (const v of n.values()) num += (v * v) / key[i].length;
    den += key[i].length;
  });
  return den ? num / den : 0;
}

export function bcubed(key, response) {
  const r = b3Side(key, response), p = b3Side(response, key);
  return { r, p, f: f1(p, r) };
}

/** Maximum-weight assignment (Hungarian method on costs = max - weight), rows ≤ or ≥ columns. */
export function maxAssignment(w) {
  const n = w.length, m = n ? w[0].length : 0;
  if (!n || !m) return 0;
  const size = Math.max(n, m);
  let max = 0;
  for (const row of w) for (const x of row) if (x > max) max = x;
  const cost = Array.from({ length: size }, (_, i) => Array.from({ length: size }, (_, j) => max - (w[i]?.[j] ?? 0)));
  const u = new Array(size + 1).fill(0), v = new Array(size + 1).fill(0);
  const p = new Array(size + 1).fill(0), way = new Array(size + 1).fill(0);
  for (let i = 1; i <= size; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array(size + 1).fill(Infinity), used = new Array(size + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0];
      let delta = Infinity, j1 = 0;
      for (let j = 1; j <= size; j++) {
        if (used[j]) continue;
        const cur = cost[i0 - 1][j - 1] - u[i0] - v[j];
        if (cur < minv[j]) { minv[j] = cur; way[j] = j0; }
        if (minv[j] < delta) { delta = minv[j]; j1 = j; }
      }
      for (let j = 0; j <= size; j++) {
        if (used[j]) { u[p[j]] += delta; v[j] -= delta; } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do { const j1 = way[j0]; p[j0] = p[j1]; j0 = j1; } while (j0);
  }
  let total = 0;
  for (let j = 1; j <= size; j++) if (p[j] && p[j] <= n && j <= m) total += w[p[j] - 1][j - 1];
  return total;
}

/** CEAF-e: entities aligned one-to-one to maximize the sum of phi4 = 2|K∩R| / (|K| + |R|). */
export function ceafe(key, response) {
  const counts = overlapCounts(key, response);
  // entities that share no mention weigh 0: the assignment is solved per group of overlapping ones (the
  // whole of a large split, e.g. GUM train, is too big for one cubic assignment), with the same total
  const parent = Array.from({ length: key.length + response.length }, (_, i) => i);
  const find = (x) => { while (parent[x] !== x) x = parent[x] = parent[parent[x]]; return x; };
  counts.forEach((row, i) => { for (const j of row.keys()) parent[find(i)] = find(key.length + j); });
  const groups = new Map();
  for (let x = 0; x < parent.length; x++) {
    const g = find(x);
    if (!groups.has(g)) groups.set(g, { keys: [], responses: [] });
    if (x < key.length) groups.get(g).keys.push(x); else groups.get(g).responses.push(x - key.length);
  }
  let phi = 0;
  for (const { keys, responses } of groups.values()) {
    if (!keys.length || !responses.length) continue;
    phi += maxAssignment(keys.map((i) => responses.map((j) => (2 * (counts[i].get(j) ?? 0)) / (key[i].length + response[j].length))));
  }
  const r = key.length ? phi / key.length : 0, p = response.length ? phi / response.length : 0;
  return { r, p, f: f1(p, r) };
}

/** The CoNLL-2012 score: the mean of the MUC, B-cubed and CEAF-e F1. */
export function conll2012(key, response) {
  const m = muc(key, response), b = bcubed(key, response), c = ceafe(key, response);
  return { muc: m, bcubed: b, ceafe: c, f: (m.f + b.f + c.f) / 3 };
}
