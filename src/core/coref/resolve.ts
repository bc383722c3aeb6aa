// The coreference stage: descriptions and pronouns, in reading order, resolved to the people and
// organizations seen so far. Works on its own copies of the actors' clusters (a description may add a
// role: "the Iranian general"), so the clusters layer stays as the actor stage wrote it.
import { addClue, sentenceText, settleRole } from '../actors/clues';
import { wordWith, type Cluster, type ClusterResult } from '../actors/cluster';
import type { Word } from '../entities/words';
import { FEMALE_PRONOUNS, MALE_PRONOUNS } from '../lexicon/nominals';
import { counterpartRole } from '../roles/roles';
import type { DocContext } from '../text/document';
import type { Mention } from '../types';
import { lastPerson, matchDescription, matchThing, sortedTimeline, type Recent } from './match';
import { findReferences, type Reference } from './references';

export interface Coreference {
  /** The actors' clusters, copied, each with the descriptions and pronouns (refs) resolved to it. */
  clusters: Cluster[];
  /** Those descriptions and pronouns, in reading order (their `actor` is set by the actor stage). */
  refs: Mention[];
  /** Why each was resolved so, by start (only when asked: `explain`). */
  reasons?: Map<number, string>;
}

export function resolveReferences(ctx: DocContext, ws: Word[], layer: ClusterResult, explain = false): Coreference {
  const copyOf = new Map<Cluster, Cluster>();
  for (const c of layer.live) copyOf.set(c, { ...c, clues: [...c.clues], roleWords: undefined });
  const live = layer.live.map((c) => copyOf.get(c)!);
  const clusterOf = (m: Mention): Cluster | undefined => { const c = layer.clusterOf.get(m); return c && copyOf.get(c); };
  const refs = findReferences(ctx, ws, layer.named);
  const walk = new ReadingOrder(ctx, ws, live, refs);
  const extra: Mention[] = [];
  const reasons = explain ? new Map<number, string>() : undefined;
  for (const r of refs) {
    walk.seeUpTo(r.start);
    const s = ws[r.word].sentence;
    const [target, why] = resolve(ctx, r, s, walk, clusterOf);
    if (!target) continue;
    reasons?.set(r.start, why);
    const m: Mention = { start: r.start, end: r.end, text: ctx.text.slice(r.start, r.end), type: r.kind, actor: undefined };
    extra.push(m);
    walk.recent.push({ at: r.start, c: target, sentence: s });
    if (r.kind === 'nominal' && r.type === 'person' && r.head !== 'counterpart' && (r.titleWords.size > 1 || !target.clues.length) && !/^(man|woman)$/.test(r.head) && (r.lower === 'the' || r.lower === 'this')) {
      addClue(target, { role: m.text.replace(/^(the|his|her|its|their)\s+/i, ''), kind: 'description', sentence: sentenceText(ctx, s), country: r.country, rank: 0.5 });
    }
    (target.refs ??= []).push(m);
  }
  return reasons ? { clusters: live, refs: extra, reasons } : { clusters: live, refs: extra };
}

type Resolved = [Cluster | undefined, string];

/** The actor one reference (in sentence s) stands for, if any, and why. */
function resolve(ctx: DocContext, r: Reference, s: number, walk: ReadingOrder, clusterOf: (m: Mention) => Cluster | undefined): Resolved {
  const { recent } = walk;
  if (r.kind === 'pronoun') {
    const g = MALE_PRONOUNS.has(r.lower) ? 'm' : FEMALE_PRONOUNS.has(r.lower) ? 'f' : undefined;
    for (let k = recent.length - 1; k >= 0; k--) {
      const x = recent[k];
      if (s - x.sentence > 3) break;
      if (x.c.type === 'person' && (!g || !x.c.gender || x.c.gender === g)) return [x.c, 'pronoun: the last person named within three sentences, of no other gender'];
    }
    return [undefined, ''];
  }
  if (r.appositive) {
    // "his Russian counterpart, Valery Gerasimov"
    const target = clusterOf(r.appositive);
    if (target && r.counterpart && r.possessorAt !== undefined) {
      const owner = lastPerson(recent, s, target);
      const ownerRole = owner?.clues[0]?.role;
      if (owner && ownerRole && r.country) {
        const role = counterpartRole(ownerRole, r.country);
        addClue(target, { role, kind: 'counterpart', sentence: sentenceText(ctx, s), country: r.country, rank: 2.6 });
        settleRole(target);
      }
    }
    return [target, 'description: the name in apposition after it'];
  }
  if (r.type === 'person') {
    // "her client": not the person "her" stands for
    const possessor = r.lower === 'his' || r.lower === 'her' ? lastPerson(recent, s) : undefined;
    return [matchDescription(r, recent, s, possessor), 'description: the recent person whose role words and country fit, else the most recent person'];
  }
  return [matchThing(r, recent, s, walk.seenByWord), `description: the last ${r.type} named with "${r.head}", else the most talked-about recent one`];
}

/** The actor mentions read so far, in text order: the recent ones, and the last one named with each head word. */
class ReadingOrder {
  readonly recent: Recent = [];
  readonly seenByWord = new Map<string, Cluster>();
  private readonly timeline: Array<{ at: number; end: number; c: Cluster }>;
  /** seenByWord is only asked about the head words of references: other words of names are not kept. */
  private readonly heads = new Set<string>();
  private readonly headsOfText = new Map<string, string[]>();
  private next = 0;

  constructor(private readonly ctx: DocContext, private readonly ws: readonly Word[], live: Cluster[], refs: readonly Reference[]) {
    this.timeline = sortedTimeline(live, ctx.text.length);
    for (const r of refs) this.heads.add(r.head);
  }

  seeUpTo(pos: number): void {
    const { timeline, ws } = this;
    while (this.next < timeline.length && timeline[this.next].at < pos) {
      const t = timeline[this.next];
      this.recent.push({ at: t.at, c: t.c, sentence: ws[wordWith(ws, t.at, 'start') ?? 0]?.sentence ?? 0 });
      if (t.c.type !== 'person') {
        const written = this.ctx.text.slice(t.at, t.end);
        let hs = this.headsOfText.get(written);
        if (!hs) this.headsOfText.set(written, (hs = written.toLowerCase().split(/\s+/).filter((w) => this.heads.has(w))));
        for (const w of hs) this.seenByWord.set(`${t.c.type}:${w}`, t.c);
      }
      this.next++;
    }
  }
}
