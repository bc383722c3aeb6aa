// The actors, numbered in order of first mention, from the clusters as coreference left them: a name,
// aliases, the role (with its evidence) and the country; and every mention with its actor id.
import { CAPITAL_BY_NAME } from '../lexicon/places';
import { HONORIFICS, TITLE_HEADS } from '../lexicon/titles';
import type { Coreference } from '../coref/resolve';
import type { Actor, Mention } from '../types';
import { caseRank, rankedClues } from './clues';
import type { Cluster, ClusterResult } from './cluster';

export interface ActorResult {
  actors: Actor[];
  /** Named mentions with actor ids, plus descriptions and pronouns that refer to an actor. */
  mentions: Mention[];
}

export function buildActors(layer: ClusterResult, coref: Coreference): ActorResult {
  const actorOf = new Map<Mention, string>();
  // the coreference stage numbered the actors in order of first mention
  const actors = coref.clusters.map((c, i) => {
    const id = c.id ?? `a${i + 1}`;
    for (const m of c.mentions) actorOf.set(m, id);
    for (const m of c.refs ?? []) actorOf.set(m, id);
    return actorFrom(c, id);
  });
  const withActor = (m: Mention): Mention => { const id = actorOf.get(m); return id === undefined ? m : { ...m, actor: id }; };
  const refs = coref.refs.filter((m) => actorOf.has(m)).map(withActor);
  const mentions = [...layer.named.map(withActor), ...layer.others, ...refs].sort((a, b) => a.start - b.start || b.end - a.end);
  return { actors, mentions };
}

function actorFrom(c: Cluster, id: string): Actor {
  const refsOf = c.refs ?? [];
  if (c.unnamed) return unnamedActor(c, id, refsOf);
  const texts = [...new Set(c.mentions.map((m) => m.text))];
  const name = texts.slice().sort((x, y) => y.length - x.length || caseRank(x) - caseRank(y))[0];
  const aliases = new Set<string>();
  for (const t of texts) if (t !== name) aliases.add(t);
  for (const t of c.titles) {
    const surname = texts.find((x) => !/\s/.test(x));
    if (surname && TITLE_HEADS.has(t.toLowerCase().replace(/\.$/, '')) && !/\s/.test(t)) aliases.add(`${t} ${surname}`);
  }
  for (const m of refsOf) if (m.type === 'nominal') aliases.add(m.text);
  const actor: Actor = { id, name, type: c.type, aliases: [...aliases], mentions: [...c.mentions, ...refsOf].sort((x, y) => x.start - y.start).map((m) => ({ start: m.start, end: m.end })) };
  if (c.type === 'person') personRole(c, actor, name);
  else if (c.type === 'place' && c.country) {
    actor.country = c.country.name;
  } else if (c.type === 'place') {
    const cap = CAPITAL_BY_NAME.get(name.toLowerCase());
    if (cap) actor.country = cap.name;
  }
  return actor;
}

/** A person's role: the best ranked clue (the others as roles, all as evidence), else a title; and a country. */
function personRole(c: Cluster, actor: Actor, name: string): void {
  const roles = rankedClues(c);
  if (roles.length) {
    actor.role = roles[0].role;
    if (roles.length > 1) actor.roles = [...new Set(roles.slice(1).map((r) => r.role))].filter((r) => r !== actor.role);
    actor.evidence = roles.map((r) => `${r.kind}: “${r.sentence.length > 160 ? r.sentence.slice(0, 157) + '…' : r.sentence}”`).filter((v, k, arr) => arr.indexOf(v) === k).join('\n');
  } else if (c.titles.size) {
    const t = [...c.titles].find((x) => !HONORIFICS.has(x.toLowerCase().replace(/\.$/, '')));
    if (t) { actor.role = t; actor.evidence = `title: “${t} ${name}”`; }
  }
  const country = c.country ?? roles.find((r) => r.country)?.country;
  if (country) actor.country = country.name;
}

/** An actor known only by descriptions: named by its first definite one ("the man"), the others as aliases. */
function unnamedActor(c: Cluster, id: string, refs: Mention[]): Actor {
  const nominals = [...new Set(refs.filter((m) => m.type === 'nominal').map((m) => m.text))];
  const first = nominals.find((t) => /^the\s/i.test(t)) ?? nominals[0] ?? refs[0].text;
  // "The man" opening a sentence is "the man"; so is "Residents"
  const name = /^\p{Lu}\p{Ll}+$/u.test(first) ? first.toLowerCase() : first.replace(/^The\s/, 'the ');
  const actor: Actor = { id, name, type: c.type, aliases: nominals.filter((t) => t !== first && t !== name), mentions: refs.map((m) => ({ start: m.start, end: m.end })), unnamed: true };
  if (c.type === 'person') personRole(c, actor, name);
  return actor;
}
