// Who a word refers to, for claims and events: the mention under a token, and a conservative
// resolution of pronouns ("he", "it") and definite descriptions ("the general", "the company") to an
// actor named before. Works with whatever mentions the entity stage produced; never guesses across
// an indefinite ("a lawyer said") or a plural ("officials said").
import type { DocContext } from '../text/document';
import type { Token } from '../text/tagger';
import type { Actor, EntityType, Mention } from '../types';

export interface Ref {
  /** Offset of the referring expression. */
  pos: number;
  actor: string;
  type: EntityType;
  /** The first reference in its sentence: the likely subject. */
  sentence: number;
}

const PERSON_PRONOUNS = new Map<string, 'm' | 'f'>([['he', 'm'], ['him', 'm'], ['his', 'm'], ['she', 'f'], ['her', 'f']]);
const ORG_PRONOUNS = new Set(['it', 'its']);

/** Heads of descriptions that stand for an organization. */
const ORG_HEADS = new Set([
  'administration', 'agency', 'airline', 'alliance', 'army', 'authority', 'bank', 'board', 'cabinet', 'campaign',
  'club', 'coalition', 'commission', 'committee', 'company', 'council', 'court', 'department', 'embassy', 'firm',
  'government', 'group', 'insurer', 'lender', 'manufacturer', 'maker', 'military', 'ministry', 'network', 'newspaper',
  'office', 'organization', 'organisation', 'parliament', 'party', 'police', 'regulator', 'retailer', 'startup', 'team',
  'union', 'university',
]);

/** Heads of descriptions that stand for a person. */
const PERSON_HEADS = new Set([
  'ambassador', 'analyst', 'attorney', 'candidate', 'ceo', 'chairman', 'chairwoman', 'chancellor', 'chief', 'coach',
  'commander', 'counterpart', 'diplomat', 'director', 'economist', 'envoy', 'executive', 'founder', 'general',
  'governor', 'head', 'judge', 'king', 'lawmaker', 'lawyer', 'leader', 'manager', 'mayor', 'minister', 'nominee',
  'officer', 'official', 'president', 'premier', 'prince', 'professor', 'prosecutor', 'queen', 'secretary', 'senator',
  'spokesman', 'spokesperson', 'spokeswoman', 'staff', 'striker', 'player', 'woman', 'man',
]);

const DEFINITE = new Set(['the', 'this', 'that', 'his', 'her', 'its', 'their', 'our']);
const STOP = new Set(['the', 'of', 'a', 'an', 'and', 'for', 'in', 'on', 'this', 'that', 'his', 'her', 'its', 'their']);

export class Referents {
  /** Non-date mention under each token (the longest one), or undefined. */
  private readonly mentionOf: Array<Mention | undefined>;
  /** References by sentence, in text order (actor mentions, plus speakers resolved along the way). */
  private readonly refs: Ref[][];
  private readonly actors: Map<string, Actor>;
  private readonly gender = new Map<string, 'm' | 'f' | null>();
  private readonly words = new Map<string, Set<string>>();

  constructor(private readonly ctx: DocContext, index: MentionIndex, actors: Actor[], quoted?: (pos: number) => boolean) {
    this.actors = new Map(actors.map((a) => [a.id, a]));
    const { mentionOf, withActor } = index;
    this.mentionOf = mentionOf;
    this.refs = ctx.sentences.map(() => []);
    for (const [m, s] of withActor) {
      const actor = this.actors.get(m.actor!);
      if (actor && !(quoted && quoted(m.start))) this.refs[s].push({ pos: m.start, actor: actor.id, type: actor.type, sentence: s });
    }
  }

  actor(id: string | undefined): Actor | undefined {
    return id ? this.actors.get(id) : undefined;
  }

  mentionAt(i: number): Mention | undefined {
    return this.mentionOf[i];
  }

  /** Record a resolved reference (a speaker found through a pronoun or description) for later pronouns. */
  addRef(tokenIndex: number, actorId: string): void {
    const a = this.actors.get(actorId);
    const t = this.ctx.tokens[tokenIndex];
    if (!a || !t) return;
    const list = this.refs[t.sentence];
    let k = list.length;
    while (k > 0 && list[k - 1].pos > t.start) k--;
    if (list[k - 1]?.pos === t.start && list[k - 1].actor === actorId) return;
    list.splice(k, 0, { pos: t.start, actor: actorId, type: a.type, sentence: t.sentence });
  }

  /**
   * The actor a pronoun at token i stands for: he/she → a person, it → an organization, looked for in the
   * same sentence before it, then up to three sentences back (the first fitting reference of the nearest
   * sentence that has one: subjects outrank objects). Null when nothing fits.
   */
  resolvePronoun(i: number): string | null {
    const t = this.ctx.tokens[i];
    const w = t.normal;
    const g = PERSON_PRONOUNS.get(w);
    if (g) return this.nearest(i, (r) => r.type === 'person' && this.genderOf(r.actor) !== (g === 'm' ? 'f' : 'm'));
    if (ORG_PRONOUNS.has(w)) return this.nearest(i, (r) => r.type === 'organization');
    return null;
  }

  /**
   * A definite description ending at token `head` ("the Russian Chief of Staff", "the company"): the
   * earlier actor of the right kind whose name, role or aliases share its words, else for a bare role
   * noun the nearest fitting actor. Null for indefinites and plurals.
   */
  resolveDescription(from: number, head: number): string | null {
    const toks = this.ctx.tokens;
    const det = toks[from].normal;
    const headWord = toks[head].normal;
    if (!DEFINITE.has(det) && !(from === head && (headWord === 'police'))) return null;
    if (toks[head].tags.has('Plural') && headWord !== 'police') return null;
    const words: string[] = [];
    for (let k = from; k <= head; k++) if (!STOP.has(toks[k].normal)) words.push(toks[k].normal.replace(/['’]s$/, ''));
    const kind: EntityType | null = ORG_HEADS.has(headWord) ? 'organization' : PERSON_HEADS.has(headWord) || toks[head].tags.has('Actor') ? 'person' : null;
    if (!kind) return null;
    const here = toks[from].start;
    // the actor whose own words share the most with the description, nearest first on ties
    let best: string | null = null;
    let bestScore = 0;
    const seen = new Set<string>();
    this.walkBack(from, 40, (r) => {
      if (r.type !== kind || seen.has(r.actor) || r.pos >= here) return false;
      seen.add(r.actor);
      const mine = this.wordsOf(r.actor);
      let score = 0;
      for (const w of words) if ([...mine].some((m) => sameWord(m, w))) score += w === headWord ? 2 : 1;
      if (score > bestScore) { best = r.actor; bestScore = score; }
      return false;
    });
    if (best) return best;
    if (kind === 'organization' && (headWord === 'police' || headWord === 'court' || headWord === 'ministry')) return null;
    // a bare role noun: the nearest actor of that kind, unless its known role says otherwise
    return this.nearest(from, (r) => r.type === kind && !(kind === 'person' && this.actors.get(r.actor)?.role));
  }

  /** Calls visit for references before token i, nearest sentence first, within `sentences` sentences. */
  private walkBack(i: number, sentences: number, visit: (r: Ref) => boolean): void {
    const t = this.ctx.tokens[i];
    for (let s = t.sentence; s >= 0 && s > t.sentence - sentences; s--) {
      const list = this.refs[s];
      for (let k = list.length - 1; k >= 0; k--) if (list[k].pos < t.start && visit(list[k])) return;
    }
  }

  private nearest(i: number, ok: (r: Ref) => boolean): string | null {
    const t = this.ctx.tokens[i];
    const para = this.ctx.sentences[t.sentence].paragraph;
    for (let s = t.sentence; s >= 0 && s > t.sentence - 4; s--) {
      // do not reach back over more than one paragraph break
      if (para - this.ctx.sentences[s].paragraph > 1) break;
      const list = this.refs[s].filter((r) => r.pos < t.start && ok(r));
      if (list.length === 0) continue;
      return s === t.sentence ? list[list.length - 1].actor : list[0].actor;
    }
    return null;
  }

  /** True when a he/she pronoun is linked to a person known to be of the other gender. */
  genderClash(pronoun: string, actorId: string | undefined): boolean {
    const g = PERSON_PRONOUNS.get(pronoun);
    if (!g || !actorId) return false;
    const a = this.actors.get(actorId);
    if (!a || a.type !== 'person') return false;
    const h = this.genderOf(actorId);
    return h !== null && h !== g;
  }

  private genderOf(id: string): 'm' | 'f' | null {
    if (this.gender.has(id)) return this.gender.get(id)!;
    let g: 'm' | 'f' | null = null;
    const a = this.actors.get(id);
    const toks = this.ctx.tokens;
    for (const m of a?.mentions ?? []) {
      for (let k = firstTokenAtOrAfter(toks, m.start); k < toks.length && toks[k].start < m.end; k++) {
        const tags = toks[k].tags;
        if (!tags.has('FirstName')) continue;
        if (tags.has('FemaleName') && !tags.has('MaleName')) g = 'f';
        if (tags.has('MaleName') && !tags.has('FemaleName')) g = 'm';
      }
      const before = toks[firstTokenAtOrAfter(toks, m.start) - 1];
      if (before && /^(mr|sir)$/.test(before.normal.replace(/\.$/, ''))) g = 'm';
      if (before && /^(mrs|ms|miss|dame)$/.test(before.normal.replace(/\.$/, ''))) g = 'f';
      if (g) break;
    }
    this.gender.set(id, g);
    return g;
  }

  private wordsOf(id: string): Set<string> {
    let w = this.words.get(id);
    if (w) return w;
    w = new Set();
    const a = this.actors.get(id);
    if (a) {
      for (const s of [a.name, a.role ?? '', ...(a.roles ?? []), a.country ?? '', ...a.aliases]) {
        for (const x of s.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (x && !STOP.has(x)) w.add(x);
      }
    }
    this.words.set(id, w);
    return w;
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
  for (const m of sorted) {
    let i = firstTokenAtOrAfter(toks, m.start);
    // a mention may start inside a token ("“Iran"): take the token it overlaps
    if (i > 0 && toks[i - 1].end > m.start) i--;
    for (; i < toks.length && toks[i].start < m.end; i++) {
      const old = mentionOf[i];
      if (!old || old.end - old.start < m.end - m.start) mentionOf[i] = m;
    }
    if (m.actor) {
      const t = firstTokenAtOrAfter(toks, m.start);
      const s = t < toks.length ? toks[t].sentence : -1;
      if (s >= 0) withActor.push([m, s]);
    }
  }
  return { mentionOf, withActor };
}

/** "russian" ~ "russia", "iranian" ~ "iran", "general" ~ "general". */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 4 || b.length < 4) return false;
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  return l.startsWith(s) && l.length - s.length <= 3;
}

/** Index of the first token starting at or after offset (binary search). */
export function firstTokenAtOrAfter(toks: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
