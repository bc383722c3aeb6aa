// The coreference stage, the one place where pronouns and descriptions are resolved: in reading order,
// each one to an actor seen so far (or to none), with a reason. Actors, claims and events read its result.
// Works on its own copies of the actors' clusters (a description may add a role: "the Iranian general";
// the stage numbers the actors and decides each person's gender), so the clusters layer stays as written.
import { addClue, sentenceText, settleRole } from '../actors/clues';
import type { Cluster, ClusterResult } from '../actors/cluster';
import type { Word } from '../entities/words';
import { counterpartRole } from '../roles/roles';
import type { DocContext } from '../text/document';
import type { Mention } from '../types';
import { genderOf } from './gender';
import { lastPerson, matchDescription, matchThing, sortedTimeline, windows, type Read, type Recent, type Window } from './match';
import { DescribedActors } from './described';
import { findReferences, type Reference } from './references';
import { ORG_NOMINAL_HEADS, PERSON_NOMINAL_HEADS, PLACE_NOMINAL_HEADS } from '../lexicon/nominals';

/** One pronoun or description and the actor it stands for (if any): what claims and events read. */
export interface Link {
  kind: 'pronoun' | 'nominal';
  /** From its first word (a description's determiner) to its end. */
  start: number;
  end: number;
  /** The actor's id, or undefined when nothing fits. */
  actor?: string;
  why: string;
}

export interface Coreference {
  /** The actors' clusters, copied, in order of first mention: each with its actor id, gender and the refs resolved to it. */
  clusters: Cluster[];
  /** The resolved descriptions and pronouns as mentions, in reading order (their `actor` is set by the actor stage). */
  refs: Mention[];
  /** Every pronoun and description found, resolved or not, in reading order. */
  links: Link[];
  /** Why each was resolved so, by `start:end` (only when asked: `explain`). */
  reasons?: Map<string, string>;
}

export function resolveReferences(ctx: DocContext, ws: Word[], layer: ClusterResult, explain = false): Coreference {
  const copyOf = new Map<Cluster, Cluster>();
  for (const c of layer.live) copyOf.set(c, { ...c, clues: [...c.clues], roleWords: undefined });
  const live = [...layer.live].sort((x, y) => x.mentions[0].start - y.mentions[0].start).map((c) => copyOf.get(c)!);
  live.forEach((c, i) => { c.id = `a${i + 1}`; c.gender = genderOf(ctx, c); });
  const clusterOf = (m: Mention): Cluster | undefined => { const c = layer.clusterOf.get(m); return c && copyOf.get(c); };
  const refs = findReferences(ctx, ws, layer.named);
  const walk = new ReadingOrder(ctx, ws, live, refs);
  const described = new DescribedActors();
  const extra: Array<[Mention, Cluster]> = [];
  const bare = new Set<Mention>();
  const found: Array<[Omit<Link, 'why'>, Cluster | undefined, string, string]> = [];
  for (const r of refs) {
    walk.seeUpTo(r.start);
    const s = ws[r.word].sentence;
    const [target, why] = resolve(ctx, ws, r, s, walk, clusterOf, described);
    // a description's link starts at its determiner, or after a possessive pronoun (a link of its own)
    const possessive = r.kind === 'nominal' && /^(his|her|its|their)$/.test(r.lower);
    found.push([{ kind: r.kind, start: possessive ? Math.max(ws[r.word + 1].start, r.start) : Math.min(ws[r.word].start, r.start), end: r.end }, target, why, `${r.start}:${r.end}`]);
    if (!target) continue;
    const m: Mention = { start: r.start, end: r.end, text: ctx.text.slice(r.start, r.end), type: r.kind, actor: undefined };
    extra.push([m, target]);
    walk.recent.push({ at: r.start, c: target, sentence: s, oblique: oblique(ws, r.word, r.kind === 'pronoun' && /^(his|her|its|their)$/.test(r.lower)) });
    if (r.kind === 'nominal' && r.type === 'person' && r.head !== 'counterpart' && (r.titleWords.size > 1 || !target.clues.length) && !/^(man|woman)$/.test(r.head) && (r.lower === 'the' || r.lower === 'this')) {
      addClue(target, { role: m.text.replace(/^(the|his|her|its|their)\s+/i, ''), kind: 'description', sentence: sentenceText(ctx, s), country: r.country, rank: 0.5 });
    }
    (target.refs ??= []).push(m);
    if (r.kind === 'nominal' && !r.lower) bare.add(m);
  }
  // an unnamed actor described once is no actor ("a man" passing by): only those mentioned again are kept,
  // and bare plurals alone make none ("officers" here and "officers" there need not be one group)
  const unnamed = described.all.filter((c) => (c.refs?.length ?? 0) >= 2 && c.refs!.some((m) => !bare.has(m)));
  unnamed.forEach((c, i) => { c.id = `a${live.length + i + 1}`; });
  const kept = (c: Cluster | undefined): Cluster | undefined => (c && (!c.unnamed || c.id) ? c : undefined);
  const links: Link[] = [];
  const reasons = explain ? new Map<string, string>() : undefined;
  for (const [l, c, why, at] of found) {
    const target = kept(c);
    links.push(target ? { ...l, actor: target.id, why } : { ...l, actor: undefined, why: c ? 'description: an unnamed actor described only once' : why });
    if (target) reasons?.set(at, why);
  }
  const clusters = [...live, ...unnamed];
  const refsOut = extra.filter(([, c]) => kept(c)).map(([m]) => m);
  return reasons ? { clusters, refs: refsOut, links, reasons } : { clusters, refs: refsOut, links };
}

/** A mention that cannot be its sentence's subject: a possessive, or after a preposition ("for his part", "in Moscow"). */
function oblique(ws: readonly Word[], w: number, possessive: boolean): boolean {
  const prev = ws[w - 1];
  return possessive || (!!prev && prev.sentence === ws[w].sentence && prev.tags.has('Preposition'));
}

type Resolved = [Cluster | undefined, string];

/** The actor one reference (in sentence s) stands for, if any, and why. */
function resolve(ctx: DocContext, ws: readonly Word[], r: Reference, s: number, walk: ReadingOrder, clusterOf: (m: Mention) => Cluster | undefined, described: DescribedActors): Resolved {
  const { recent } = walk;
  if (r.kind === 'pronoun') return resolvePronoun(r, s, walk);
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
  // "his wife": the possessive pronoun just read (a link of its own) is whom it relates to
  const last = recent[recent.length - 1];
  const possessor = r.lower !== 'the' && last && last.at === ws[r.word].start ? last.c : undefined;
  const key = described.keyOf(r, possessor);
  if (r.indefinite) return [described.open(r, key, s), 'description: someone new ("a man"): an unnamed actor'];
  const again = described.find(key, s);
  const generic = isGeneric(r);
  // "the man ... the man": the unnamed actor described so lately comes before any named one, else after
  const lately = again && (generic || described.find(key, s, 6));
  const named = lately ? undefined : generic ? namedForGeneric(r, s, walk) : namedFor(r, s, walk);
  if (named?.[0]) return named;
  if (again) { described.seen(key, again, s); return [again, 'description: the unnamed actor last described with the same head']; }
  return [described.open(r, key, s), 'description: it fits no named actor: an unnamed actor'];
}

/** A head only an unnamed actor is sure to fit: a plural, a relation ("his wife"), a head outside the title and name lexicons ("the school"). */
function isGeneric(r: Reference): boolean {
  const d = r.described;
  if (!d) return false;
  if (d.plural || d.relational) return true;
  return !(PERSON_NOMINAL_HEADS.has(r.head) || ORG_NOMINAL_HEADS.has(r.head) || PLACE_NOMINAL_HEADS.has(r.head)) || /^(man|woman)$/.test(r.head);
}

/** A title ("the minister"), a known organization or place head ("the company", "the city"): the named actor it fits. */
function namedFor(r: Reference, s: number, walk: ReadingOrder): Resolved {
  const { recent } = walk;
  if (r.type === 'person') {
    // "her client": not the person "her" stands for
    const possessor = r.lower === 'his' || r.lower === 'her' ? lastPerson(recent, s) : undefined;
    return [matchDescription(r, walk, s, possessor), 'description: the recent person whose role words and country fit, else the most recent person'];
  }
  return [matchThing(r, walk, s), `description: the last ${r.type} named with "${r.head}", else the most talked-about recent one`];
}

/**
 * A generic head: a named actor only when sure. "The museum" = the last organization named with "museum";
 * "the man"/"the woman" = the one person of that sex in the last sentences, when no other person is there.
 */
function namedForGeneric(r: Reference, s: number, walk: ReadingOrder): Resolved {
  const d = r.described!;
  if (r.type !== 'person') return [walk.seenByWord.get(`${r.type}:${r.head}`), `description: the last ${r.type} named with "${r.head}"`];
  if (d.plural || d.relational || !d.gender) return [undefined, ''];
  const people = new Set<Cluster>();
  for (let k = walk.recent.length - 1; k >= 0 && s - walk.recent[k].sentence <= 2; k--) {
    const c = walk.recent[k].c;
    if (c.type === 'person' && !c.unnamed?.plural) people.add(c);
  }
  const only = [...people];
  return only.length === 1 && !only[0].unnamed && only[0].gender === d.gender ? [only[0], 'description: the one person of its sex in the last sentences'] : [undefined, ''];
}

/**
 * A pronoun: it/they → an organization (in its sentence or the one before: "it" is mostly a thing, "they"
 * mostly people who are no actor), the last one before it in its sentence, else the first one (the
 * subject) of the sentence before. he/she → the most salient person of no other gender (personSalience).
 */
function resolvePronoun(r: Reference, s: number, walk: ReadingOrder): Resolved {
  const { recent } = walk;
  if (r.type === 'person') {
    const best = salientPerson(recent, s, r.gender);
    return best ? [best, 'pronoun: the most salient person of its gender (subjects, recent sentences, mentioned often)'] : [undefined, 'pronoun: no fitting actor nearby'];
  }
  const singular = /^(it|its|itself)$/.test(r.lower);
  let best: Cluster | undefined;
  let bestSentence = -1;
  let bestOblique = true;
  for (let k = recent.length - 1; k >= 0; k--) {
    const x = recent[k];
    if (s - x.sentence > 1) break;
    // "they": an organization or a group described ("the researchers"); "it": an organization or a place
    if (singular ? (x.c.type !== 'organization' && x.c.type !== 'place') || x.c.unnamed?.plural : x.c.type !== 'organization' && !x.c.unnamed?.plural) continue;
    // "it" is mostly a thing: an organization only as a subject ("Acme said it would", not "shares of Acme: it")
    if (singular && x.oblique) continue;
    if (x.sentence === s) return [x.c, 'pronoun: the last fitting actor before it in its sentence'];
    if (bestSentence >= 0 && x.sentence !== bestSentence) break;
    bestSentence = x.sentence;
    // the first one of the sentence, a subject before a possessive or an object of a preposition
    if (!x.oblique || bestOblique) { best = x.c; bestOblique = !!x.oblique; }
  }
  return best ? [best, 'pronoun: the first fitting actor (the subject) of the nearest sentence before it'] : [undefined, 'pronoun: no fitting actor nearby'];
}

/** How far back (sentences) a he/she looks for its person. */
const PERSON_REACH = 8;

/**
 * The person a he/she stands for: each mention of a person in the last sentences adds to its salience,
 * halved for each sentence back, less for an oblique mention (a possessive, after a preposition), more
 * for its sentence's first subject; a person of the pronoun's known gender is preferred to one of none.
 * So "Johann banned Daniel from his house" gives "his" to Johann, and a biography's subject, mentioned
 * again and again, keeps "he" over a name passing in a sentence's object.
 */
function salientPerson(recent: Recent, s: number, gender: 'm' | 'f' | undefined): Cluster | undefined {
  const score = new Map<Cluster, number>();
  for (let k = recent.length - 1; k >= 0; k--) {
    const x = recent[k];
    if (s - x.sentence > PERSON_REACH) break;
    if (x.c.type !== 'person' || x.c.unnamed?.plural || (gender && x.c.gender && x.c.gender !== gender)) continue;
    // the first non-oblique person of each sentence (read backwards: the last one seen in that sentence)
    let subject = false;
    if (!x.oblique) {
      let first = true;
      for (let j = k - 1; j >= 0 && recent[j].sentence === x.sentence; j--) if (!recent[j].oblique && recent[j].c.type === 'person') { first = false; break; }
      subject = first;
    }
    const w = (x.sentence === s ? 2 : 0.5 ** (s - x.sentence)) * (x.oblique ? 0.5 : 1) * (subject ? 1.6 : 1);
    score.set(x.c, (score.get(x.c) ?? 0) + w);
  }
  let best: Cluster | undefined;
  let top = 0;
  for (const [c, v0] of score) {
    // a person named is preferred to one only described ("his father" does not take the biography's "he")
    const v = v0 * (gender && c.gender === gender ? 1.5 : 1) * (c.unnamed ? 0.5 : 1);
    if (v > top) { best = c; top = v; }
  }
  return best;
}

/** The actor mentions read so far, in text order: the recent ones, and the last one named with each head word. */
class ReadingOrder implements Read {
  readonly recent: Recent = [];
  readonly seenByWord = new Map<string, Cluster>();
  readonly near: Window;
  readonly wide: Window;
  private readonly timeline: Array<{ at: number; end: number; c: Cluster }>;
  /** seenByWord is only asked about the head words of references: other words of names are not kept. */
  private readonly heads = new Set<string>();
  private readonly headsOfText = new Map<string, string[]>();
  private next = 0;
  /** The first word starting at or after the last timeline entry seen. */
  private word = 0;

  constructor(private readonly ctx: DocContext, private readonly ws: readonly Word[], live: Cluster[], refs: readonly Reference[]) {
    this.timeline = sortedTimeline(live, ctx.text.length);
    ({ near: this.near, wide: this.wide } = windows(this.recent));
    for (const r of refs) this.heads.add(r.head);
  }

  seeUpTo(pos: number): void {
    const { timeline, ws } = this;
    while (this.next < timeline.length && timeline[this.next].at < pos) {
      const t = timeline[this.next];
      // the timeline comes by start: the word starting there is found by one cursor over the words (wordWith's answer)
      while (this.word < ws.length && ws[this.word].start < t.at) this.word++;
      const w = this.word < ws.length && ws[this.word].start === t.at ? this.word : 0;
      const possessive = /^['’]s?\b/.test(this.ctx.text.slice(t.end, t.end + 2));
      this.recent.push({ at: t.at, c: t.c, sentence: ws[w]?.sentence ?? 0, oblique: !!ws[w] && oblique(ws, w, possessive) });
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
