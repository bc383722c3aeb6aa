// Actors the article never names: "a man ... the man ... he", "the researchers ... they", "his wife ... she".
// A description that fits no named actor opens one (kept by its head word, its number and, for a relation
// such as "his wife", its possessor); a later description with the same head reads it again. Only those
// mentioned twice or more become actors (`unnamed`: shown in hovers and exports, not in the actor tree).
import type { Cluster } from '../actors/cluster';
import type { Reference } from './references';

/** How many sentences back a description may pick up an unnamed actor with its head ("the man"). */
export const DESCRIBED_REACH = 25;

interface Open { c: Cluster; sentence: number }

export class DescribedActors {
  readonly all: Cluster[] = [];
  private readonly byKey = new Map<string, Open>();
  /** Each possessor's number in keys (unnamed actors have no id yet). */
  private readonly owners = new Map<Cluster, number>();

  /** The key of a reference: its type, head (singular), number, and possessor for a relation ("his wife"). */
  keyOf(r: Reference, possessor?: Cluster): string {
    const d = r.described;
    const head = d?.key ?? r.head;
    let owner = '';
    if (d?.relational && r.lower !== 'the' && possessor) {
      if (!this.owners.has(possessor)) this.owners.set(possessor, this.owners.size);
      owner = `@${this.owners.get(possessor)}`;
    }
    return `${r.type}:${head}:${d?.plural ? 'p' : 's'}${owner}`;
  }

  /** The unnamed actor last described with this key within reach, if any. */
  find(key: string, s: number, reach = DESCRIBED_REACH): Cluster | undefined {
    const o = this.byKey.get(key);
    return o && s - o.sentence <= reach ? o.c : undefined;
  }

  /** Opens a new unnamed actor for a description (its id is given when it proves to be an actor). */
  open(r: Reference, key: string, s: number): Cluster {
    const c: Cluster = {
      type: r.type, mentions: [], forms: new Set(), titles: new Set(), clues: [],
      unnamed: { head: r.described?.key ?? r.head, plural: !!r.described?.plural },
    };
    if (r.described?.gender && !r.described.plural) c.gender = r.described.gender;
    this.all.push(c);
    this.byKey.set(key, { c, sentence: s });
    return c;
  }

  /** Records that the actor under this key was described again in sentence s. */
  seen(key: string, c: Cluster, s: number): void {
    this.byKey.set(key, { c, sentence: s });
  }
}
