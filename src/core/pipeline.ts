// The engine as a declared list of stages over one document (after spaCy's requires/assigns): each
// stage names the layers it reads and the one layer it writes; runPipeline checks the order once and,
// in check mode, that a stage reads only what it declared and that no layer changes once written.
import type { Session } from './session';
import type { Layers } from './layers';

export type { Layers } from './layers';
export type LayerName = keyof Layers;

export interface Stage<W extends LayerName = LayerName> {
  /** Folder and step, e.g. "entities.rules". */
  readonly name: string;
  readonly reads: readonly LayerName[];
  readonly writes: W;
  /** Builds the written layer from the read ones; never changes a layer it reads. */
  run(doc: Doc, session: Session): Layers[W];
}

/** Declares a stage with its written layer's type checked against run()'s result. */
export function stage<W extends LayerName>(s: Stage<W>): Stage<W> {
  return s;
}

export class PipelineError extends Error {}

/** The document as the stages see it: its layers by name, each written once. */
export class Doc {
  private readonly layers: Partial<Layers> = {};
  /** In check mode, the layers the running stage declared it reads. */
  allowed?: ReadonlySet<LayerName>;
  stageName = '';

  constructor(readonly text: string) {}

  get<K extends LayerName>(name: K): Layers[K] {
    if (this.allowed && !this.allowed.has(name)) throw new PipelineError(`stage ${this.stageName} reads ${name} without declaring it`);
    if (!(name in this.layers)) throw new PipelineError(`stage ${this.stageName} reads ${name} before any stage wrote it`);
    return this.layers[name] as Layers[K];
  }

  has(name: LayerName): boolean {
    return name in this.layers;
  }

  /** Only the runner writes, once per layer. */
  put<K extends LayerName>(name: K, value: Layers[K]): void {
    if (name in this.layers) throw new PipelineError(`layer ${name} written twice (by ${this.stageName})`);
    this.layers[name] = value;
  }
}

/** Every read layer is written by an earlier stage, and every layer by one stage only. */
export function checkOrder(stages: readonly Stage[], given: readonly LayerName[] = []): void {
  const written = new Set<LayerName>(given);
  for (const s of stages) {
    for (const r of s.reads) if (!written.has(r)) throw new PipelineError(`stage ${s.name} reads ${r}, which no earlier stage writes`);
    if (written.has(s.writes)) throw new PipelineError(`stage ${s.name} writes ${s.writes}, which an earlier stage wrote`);
    written.add(s.writes);
  }
}

const checked = new WeakSet<readonly Stage[]>();

/** Runs the stages in order and returns the document with all their layers. */
export function runPipeline(stages: readonly Stage[], text: string, session: Session): Doc {
  if (!checked.has(stages)) {
    checkOrder(stages);
    checked.add(stages);
  }
  const doc = new Doc(text);
  for (const s of stages) {
    session.throwIfCancelled();
    doc.stageName = s.name;
    if (session.checkStages) doc.allowed = new Set(s.reads);
    const value = s.run(doc, session);
    doc.allowed = undefined;
    if (session.checkStages) deepFreeze(value);
    doc.put(s.writes, value);
  }
  return doc;
}

/** Freezes plain objects and arrays, deeply (Maps, Sets, typed arrays and class instances are left alone). */
export function deepFreeze(value: unknown, seen = new Set<object>()): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  const proto = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return;
  for (const v of Object.values(value)) deepFreeze(v, seen);
  Object.freeze(value);
}
