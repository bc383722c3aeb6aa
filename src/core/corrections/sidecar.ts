// The sidecar file (`article.txt.byline.json`): strict reading with messages naming the file and the
// problem, and a stable, sorted, one-correction-per-line writing that diffs well in git.
import {
  CORRECTION_OPS, CORRECTIONS_SCHEMA, CorrectionsError, EVENT_TYPES, MENTION_TYPES,
  type Anchor, type Correction, type CorrectionsFile,
} from './model';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function anchorOf(v: unknown, where: string): Anchor {
  if (!isObj(v)) throw new CorrectionsError(`${where} is not an anchor object`);
  const { exact, prefix, suffix, start } = v;
  if (typeof exact !== 'string' || !exact) throw new CorrectionsError(`${where}.exact must be the non-empty text it marks`);
  if (typeof prefix !== 'string' || typeof suffix !== 'string') throw new CorrectionsError(`${where}.prefix and .suffix must be strings`);
  if (typeof start !== 'number' || !Number.isInteger(start) || start < 0) throw new CorrectionsError(`${where}.start must be a whole number ≥ 0 (an offset), got ${JSON.stringify(start)}`);
  return { exact, prefix, suffix, start };
}

function oneOf<T extends string>(v: unknown, allowed: readonly T[], where: string): T {
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    throw new CorrectionsError(`${where} must be one of ${allowed.join(', ')}; got ${JSON.stringify(v)}`);
  }
  return v as T;
}

function correctionOf(v: unknown, where: string): Correction {
  if (!isObj(v)) throw new CorrectionsError(`${where} is not an object`);
  if (typeof v.id !== 'string' || !v.id) throw new CorrectionsError(`${where} has no "id"`);
  const op = oneOf(v.op, CORRECTION_OPS, `${where}.op`);
  const id = v.id;
  const at = anchorOf(v.at, `${where}.at`);
  const optAnchor = (x: unknown, w: string): Anchor | null => (x === null ? null : anchorOf(x, w));
  switch (op) {
    case 'entity': {
      const c: Correction = { id, op, at, type: oneOf(v.type, [...MENTION_TYPES, 'none'] as const, `${where}.type`) };
      if (v.value !== undefined) {
        if (v.value !== null && typeof v.value !== 'string') throw new CorrectionsError(`${where}.value must be a string or null`);
        c.value = v.value;
      }
      return c;
    }
    case 'merge': return { id, op, at, into: anchorOf(v.into, `${where}.into`) };
    case 'split': return { id, op, at };
    case 'role':
      if (typeof v.role !== 'string') throw new CorrectionsError(`${where}.role must be a string`);
      return { id, op, at, role: v.role };
    case 'speaker': return { id, op, at, speaker: optAnchor(v.speaker, `${where}.speaker`) };
    case 'claim': {
      const c: Correction = { id, op, at, kind: oneOf(v.kind, ['quote', 'reported', 'none'] as const, `${where}.kind`) };
      if (v.speaker !== undefined) c.speaker = optAnchor(v.speaker, `${where}.speaker`);
      return c;
    }
    case 'event': {
      const c: Correction = { id, op, at };
      if (v.type !== undefined) c.type = oneOf(v.type, [...EVENT_TYPES, 'none'] as const, `${where}.type`);
      if (v.participants !== undefined) {
        if (!Array.isArray(v.participants)) throw new CorrectionsError(`${where}.participants must be a list of anchors`);
        c.participants = v.participants.map((p, i) => anchorOf(p, `${where}.participants[${i}]`));
      }
      if (v.place !== undefined) c.place = optAnchor(v.place, `${where}.place`);
      return c;
    }
  }
}

/**
 * Reads a sidecar. Throws CorrectionsError naming `fileName` and the problem: not JSON, another
 * schema, or (given `article`) the corrections of another article.
 */
export function parseCorrections(json: string, fileName: string, article?: string): CorrectionsFile {
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CorrectionsError(`${fileName} is not valid JSON (${(e as Error).message})`);
  }
  try {
    if (!isObj(data)) throw new CorrectionsError('it is not a JSON object');
    if (data.schema !== CORRECTIONS_SCHEMA) {
      const what = data.schema === 'byline.annotations/1' ? 'an exported annotation file (byline.annotations/1), not corrections' : `schema ${JSON.stringify(data.schema)}`;
      throw new CorrectionsError(`it is ${what}; expected "schema": "${CORRECTIONS_SCHEMA}"`);
    }
    if (typeof data.article !== 'string') throw new CorrectionsError('"article" (the article\'s file name) is missing');
    if (article !== undefined && data.article !== article) throw new CorrectionsError(`it holds the corrections of “${data.article}”, not of “${article}”`);
    if (!Array.isArray(data.corrections)) throw new CorrectionsError('"corrections" must be a list');
    const corrections = data.corrections.map((c, i) => correctionOf(c, `correction #${i + 1}`));
    const seen = new Set<string>();
    for (const c of corrections) {
      if (seen.has(c.id)) throw new CorrectionsError(`the id "${c.id}" is used twice`);
      seen.add(c.id);
    }
    return { schema: CORRECTIONS_SCHEMA, article: data.article, corrections };
  } catch (e) {
    if (e instanceof CorrectionsError) throw new CorrectionsError(`${fileName}: ${e.message}`);
    throw e;
  }
}

const KEY_ORDER = ['id', 'op', 'type', 'kind', 'role', 'value', 'at', 'into', 'speaker', 'participants', 'place', 'exact', 'prefix', 'suffix', 'start'];
const rank = (k: string): number => (KEY_ORDER.indexOf(k) + 1 || 99);

/** JSON with keys in one fixed order, so the same correction always reads the same. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (isObj(v)) {
    const keys = Object.keys(v).filter((k) => v[k] !== undefined).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

const idNumber = (id: string): number => Number(/\d+/.exec(id)?.[0] ?? 0);

/** The sidecar's text: corrections in text order, one per line. */
export function serializeCorrections(file: CorrectionsFile): string {
  const sorted = [...file.corrections].sort((a, b) => a.at.start - b.at.start || idNumber(a.id) - idNumber(b.id) || a.id.localeCompare(b.id));
  const lines = sorted.map((c) => `    ${canonical(c)}`);
  return `{\n  "schema": ${JSON.stringify(file.schema)},\n  "article": ${JSON.stringify(file.article)},\n  "corrections": [${lines.length ? `\n${lines.join(',\n')}\n  ` : ''}]\n}\n`;
}
