// Who a word refers to, for claims and events: the mention under a token, and what the coreference
// stage (resolve.ts) decided for a pronoun ("he", "it") or a definite description ("the general",
// "the company"). A read-only view: nothing is resolved here.
import { firstTokenAtOrAfter, type DocContext } from '../text/document';
import type { Actor, Mention } from '../types';
import type { Gender } from './gender';
import type { Coreference, Link } from './resolve';

export { firstTokenAtOrAfter };

/** The part of the coreference layer claims and events read. */
export type CorefView = Pick<Coreference, 'clusters' | 'links'>;

const PERSON_PRONOUNS = new Map<string, Gender>([['he', 'm'], ['him', 'm'], ['his', 'm'], ['she', 'f'], ['her', 'f']]);

export class Referents {
  /** Non-date mention under each token (the longest one), or undefined. */
  private readonly mentionOf: Array<Mention | undefined>;
  private readonly actors: Map<string, Actor>;
  private readonly gender = new Map<string, Gender>();
  private readonly links: readonly Link[];

  constructor(private readonly ctx: DocContext, index: MentionIndex, actors: Actor[], coref?: CorefView) {
    this.actors = new Map(actors.map((a) => [a.id, a]));
    this.mentionOf = index.mentionOf;
    this.links = coref?.links ?? [];
    for (const c of coref?.clusters ?? []) if (c.id && c.gender) this.gender.set(c.id, c.gender);
  }

  actor(id: string | undefined): Actor | undefined {
    return id ? this.actors.get(id) : undefined;
  }

  mentionAt(i: number): Mention | undefined {
    return this.mentionOf[i];
  }

  /** The actor the pronoun at token i stands for, as the coreference stage decided; null when none. */
  resolvePronoun(i: number): string | null {
    const t = this.ctx.tokens[i];
    const l = t && this.linkAt(t.start);
    return l && l.kind === 'pronoun' && l.start === t.start ? l.actor ?? null : null;
  }

  /** The actor of the definite description over tokens from..head ("the Russian Chief of Staff", "the company"); null when none. */
  resolveDescription(from: number, head: number): string | null {
    const toks = this.ctx.tokens;
    const h = toks[head];
    const l = h && this.linkAt(h.start);
    return l && l.kind === 'nominal' && l.end >= toks[from].end ? l.actor ?? null : null;
  }

  /** True when a he/she pronoun would stand for a person known to be of the other gender. */
  genderClash(pronoun: string, actorId: string | undefined): boolean {
    const g = PERSON_PRONOUNS.get(pronoun);
    if (!g || !actorId) return false;
    const a = this.actors.get(actorId);
    if (!a || a.type !== 'person') return false;
    const h = this.gender.get(actorId);
    return h !== undefined && h !== g;
  }

  /** The link starting at or before pos that covers it (links do not overlap). */
  private linkAt(pos: number): Link | undefined {
    const ls = this.links;
    let lo = 0;
    let hi = ls.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ls[mid].start <= pos) lo = mid + 1;
      else hi = mid;
    }
    const l = ls[lo - 1];
    return l && l.end > pos ? l : undefined;
  }
}

export interface MentionIndex {
  /** Non-date mention under each token (the longest one), or undefined. Read only. */
  mentionOf: Array<Mention | undefined>;
  /** Non-date mentions naming an actor, in text order, with the sentence of their first token. */
  withActor: Array<[Mention, number]>;
}

/** The part of Referents that depends only on the tokens and the mentions: built once for claims and events. */
export function indexMentions(ctx: DocContext, mentions: readonly Mention[]): MentionIndex {
  const toks = ctx.tokens;
  const mentionOf: Array<Mention | undefined> = new Array(toks.length);
  const withActor: Array<[Mention, number]> = [];
  const sorted = mentions.filter((m) => m.type !== 'date').sort((a, b) => a.start - b.start);
  // the first token starting at or after each mention's start: mentions come by start, so one cursor over the tokens
  let at = 0;
  for (const m of sorted) {
    while (at < toks.length && toks[at].start < m.start) at++;
    let i = at;
    // a mention may start inside a token ("“Iran"): take the token it overlaps
    if (i > 0 && toks[i - 1].end > m.start) i--;
    for (; i < toks.length && toks[i].start < m.end; i++) {
      const old = mentionOf[i];
      if (!old || old.end - old.start < m.end - m.start) mentionOf[i] = m;
    }
    if (m.actor) {
      const t = at;
      const s = t < toks.length ? toks[t].sentence : -1;
      if (s >= 0) withActor.push([m, s]);
    }
  }
  return { mentionOf, withActor };
}
