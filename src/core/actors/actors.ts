// Merging mentions into actors: full names and surnames, spelling variants of transliterated names
// (Bagheri/Baqeri), acronyms (CSTO, FTC), short forms (Corvane Systems/Corvane), a country's names
// (Russian Federation/Russia); then descriptions ("the Iranian general", "his Russian counterpart")
// and pronouns, resolved in reading order, become mentions of the actors they stand for.
import type { DocContext } from '../text/document';
import { sameSurname } from '../entities/spelling';
import { wordsOf, type Word } from '../entities/words';
export { sameSurname, spellingKey } from '../entities/spelling';
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME, CAPITAL_BY_NAME, stateOf, type CountryInfo } from '../lexicon/places';
import { BUSINESS_NOMINALS, FEMALE_PRONOUNS, MALE_PRONOUNS, ORG_NOMINAL_HEADS, PERSON_NOMINAL_HEADS, PLACE_NOMINAL_HEADS, PUBLIC_BODY_HEADS, PUBLIC_BODY_NOMINALS } from '../lexicon/nominals';
import { ORG_HEADS } from '../lexicon/organizations';
import { HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles';
import { counterpartRole, roleClues, roleCountry, roleWords, type RoleClue } from '../roles/roles';
import type { Actor, EntityType, Mention } from '../types';

interface Cluster {
  type: EntityType;
  mentions: Mention[];
  /** Lower-cased name forms. */
  forms: Set<string>;
  titles: Set<string>;
  clues: RoleClue[];
  country?: CountryInfo;
  gender?: 'm' | 'f';
  id?: string;
  /** Merged into this cluster (an acronym into its expansion, a short form into the full name). */
  into?: Cluster;
  /** Descriptions and pronouns resolved to this actor. */
  refs?: Mention[];
  /** The words of its roles and titles (cached). */
  roleWords?: Set<string>;
}

const CONNECTOR_WORDS = new Set(['of', 'and', 'the', 'for', '&', 'de', 'du', 'la', 'le', 'on']);

/** "FTC" for "Federal Trade Commission": capitals of the main words. */
export function initialsOf(name: string): string {
  return name.split(/[\s-]+/).filter((w) => w && !CONNECTOR_WORDS.has(w.toLowerCase())).map((w) => w[0]).join('').toUpperCase();
}

const isAcronym = (s: string): boolean => /^[\p{Lu}][\p{Lu}.&]{1,7}$/u.test(s) && s.replace(/[^\p{L}]/gu, '').length >= 2;

export interface ActorResult {
  actors: Actor[];
  /** Named mentions with actor ids, plus descriptions and pronouns that refer to an actor. */
  mentions: Mention[];
}

/**
 * Named mentions -> actors. The result's mentions are copies of the named ones with their actor ids, plus
 * the descriptions and pronouns that refer to an actor; the input (the entities layer) is left unchanged.
 * `titles`: the title or honorific written before a mention, by its start ("General" for "General Bagheri").
 */
export function resolveActors(ctx: DocContext, input: readonly Mention[], titles: ReadonlyMap<number, string>): ActorResult {
  const ws = wordsOf(ctx);
  // words are in text order, their starts and ends strictly increasing: found by binary search
  const wordAt = { get: (pos: number): number | undefined => wordWith(ws, pos, 'start') };
  const wordEnd = { get: (pos: number): number | undefined => wordWith(ws, pos, 'end') };
  const named = input.filter((m) => m.type === 'person' || m.type === 'organization' || m.type === 'place').map((m) => ({ ...m }));
  const others = input.filter((m) => !(m.type === 'person' || m.type === 'organization' || m.type === 'place'));
  const clusterOf = new Map<Mention, Cluster>();
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const add = (c: Cluster, m: Mention): void => {
    c.mentions.push(m);
    c.forms.add(m.text.toLowerCase());
    clusterOf.set(m, c);
  };
  const fresh = (m: Mention): Cluster => {
    const c: Cluster = { type: m.type as EntityType, mentions: [], forms: new Set(), titles: new Set(), clues: [] };
    clusters.push(c);
    return c;
  };
  const keyed = (key: string, m: Mention): void => {
    let c = byKey.get(key);
    while (c && !c.mentions.length && c.into) c = c.into;
    if (!c) { c = fresh(m); byKey.set(key, c); }
    add(c, m);
  };

  // places: one actor per country whatever its name; otherwise by name
  for (const m of named) if (m.type === 'place') {
    const l = m.text.toLowerCase();
    const country = COUNTRY_BY_NAME.get(l);
    const state = stateOf(m.text);
    keyed(country ? `place:${country.code}` : `place:${(state ?? l).toLowerCase()}`, m);
    if (country) byKey.get(`place:${country.code}`)!.country = country;
  }
  // organizations: by name; then acronyms and short forms join their full names
  const orgs = named.filter((m) => m.type === 'organization');
  for (const m of orgs) keyed(`org:${m.text.toLowerCase().replace(/^the\s+/, '')}`, m);
  // indexes over distinct names, so that long documents stay linear in their mentions
  const distinct = new Map<string, Mention>();
  for (const m of orgs) if (!distinct.has(m.text)) distinct.set(m.text, m);
  const expansionOf = new Map<string, Cluster>(); // "CSTO" -> the name written before "(CSTO)"
  for (const o of orgs) {
    if (isAcronym(o.text)) continue;
    const p = /^\s*\(([\p{Lu}][\p{Lu}.&]{1,7})\)/u.exec(ctx.text.slice(o.end, o.end + 14));
    if (p && !expansionOf.has(p[1])) expansionOf.set(p[1], clusterOf.get(o)!);
  }
  const byInitials = new Map<string, Set<Cluster>>();
  const byFirstWord = new Map<string, Set<Cluster>>();
  const byPrefix = new Map<string, Set<Cluster>>();
  const index = (map: Map<string, Set<Cluster>>, key: string, c: Cluster): void => {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(c);
  };
  for (const [t, o] of distinct) {
    if (isAcronym(t)) continue;
    const words = t.toLowerCase().replace(/^the\s+/, '').split(/\s+/);
    if (words.length < 2) continue;
    const c = clusterOf.get(o)!;
    index(byInitials, initialsOf(t), c);
    index(byFirstWord, words[0], c);
    if (ORG_HEADS.has(words[words.length - 1])) index(byFirstWord, words[words.length - 1], c);
    for (let k = 1; k < words.length - 1; k++) if (/^(of|for|in|on)$/.test(words[k])) index(byPrefix, words.slice(0, k).join(' '), c);
  }
  const find = (c: Cluster): Cluster => (c.mentions.length || !c.into ? c : find(c.into));
  const only = (set: Set<Cluster> | undefined): Cluster | undefined => {
    if (!set) return undefined;
    const live = new Set([...set].map(find));
    return live.size === 1 ? [...live][0] : undefined;
  };
  for (const [t, m] of distinct) {
    const mine = find(clusterOf.get(m)!);
    if (isAcronym(t)) {
      // "Collective Security Treaty Organization (CSTO)": the explicit expansion wins; else "FTC" = Federal Trade Commission
      if ([...mine.forms].some((f) => !isAcronym(f.toUpperCase()) || f.toUpperCase() !== t.toUpperCase())) continue;
      const target = expansionOf.get(t) ? find(expansionOf.get(t)!) : only(byInitials.get(t.replace(/[^\p{L}]/gu, '')));
      if (target && target !== mine) merge(mine, target);
    } else if (!/\s/.test(t)) {
      // "Corvane" for "Corvane Systems", "Lattice" for "Lattice Shield"
      if ([...mine.forms].some((f) => /\s/.test(f))) continue;
      const target = only(byFirstWord.get(t.toLowerCase()));
      if (target && target !== mine) merge(mine, target);
    } else {
      // "Port Authority" for "Port Authority of New York and New Jersey"
      const target = only(byPrefix.get(t.toLowerCase().replace(/^the\s+/, '')));
      if (target && target !== mine) merge(mine, target);
    }
  }
  function merge(from: Cluster, into: Cluster): void {
    for (const m of from.mentions) add(into, m);
    for (const t of from.titles) into.titles.add(t);
    from.mentions = [];
    from.into = into;
  }

  // people: longest names first; shorter forms (surname, "Al Mansour", "de la Vega", "Sheikh Khalid", a family
  // name written first) and spelling variants join the most recently mentioned person they fit
  const people = named.filter((m) => m.type === 'person');
  const personClusters: Cluster[] = [];
  const coreOf = (m: Mention): string[] => {
    const parts = m.text.toLowerCase().split(/\s+/);
    while (parts.length > 1 && (TITLE_HEADS.has(parts[0].replace(/\.$/, '')) || HONORIFICS.has(parts[0].replace(/\.$/, '')))) parts.shift();
    return parts;
  };
  const cores = new Map<Mention, string[]>();
  for (const m of people) cores.set(m, coreOf(m));
  const byLength = people.slice().sort((x, y) => cores.get(y)!.length - cores.get(x)!.length || x.start - y.start);
  // indexes over the forms of the people seen so far, so that each new name is tried only against the
  // people it may fit (a long document has thousands of them); every fit is still checked in full below
  const bySuffix = new Map<string, Set<Cluster>>(); // "2|al mansour" -> people with a longer form ending so
  const byPenultimate = new Map<string, Set<Cluster>>();
  const byFirst = new Map<string, Set<Cluster>>();
  const byLastInitial = new Map<string, Set<Cluster>>(); // spelling variants share the first letter of the last word
  const personOrder = new Map<Cluster, number>();
  const indexForm = (c: Cluster, f: string): void => {
    const w = f.split(/\s+/);
    for (let k = 1; k < w.length; k++) index(bySuffix, `${k}|${w.slice(w.length - k).join(' ')}`, c);
    if (w.length >= 3) index(byPenultimate, w[w.length - 2], c);
    if (w.length >= 2) index(byFirst, w[0], c);
    index(byLastInitial, (w[w.length - 1][0] ?? '').toLowerCase(), c);
  };
  for (const m of byLength) {
    const core = cores.get(m)!;
    const l = core.join(' ');
    let c = byKey.get(`person:${l}`);
    if (!c) {
      const lastSeenBefore = (p: Cluster): number => {
        let best = -1;
        for (const x of p.mentions) if (x.start < m.start && x.start > best) best = x.start;
        return best;
      };
      const forms = (p: Cluster): string[][] => [...p.forms].map((f) => f.split(/\s+/)).filter((f) => f.length > core.length);
      const fits: Array<[Set<Cluster> | undefined, (p: Cluster) => boolean]> = [
        // a word-final part of a longer name: "Bagheri", "Al Mansour", "de la Vega"
        [bySuffix.get(`${core.length}|${l}`), (p: Cluster) => forms(p).some((f) => f.slice(f.length - core.length).join(' ') === l)],
        // a father's surname before a mother's: "Huamaní" of "Carmen Rosa Huamaní Ccori"
        [core.length === 1 ? byPenultimate.get(l) : undefined, (p: Cluster) => core.length === 1 && forms(p).some((f) => f.length >= 3 && f[f.length - 2] === l)],
        // the first name or a family name written first: "Khalid" (of "Sheikh Khalid"), "Han" (of "Han Jae-won")
        [core.length === 1 ? byFirst.get(l) : undefined, (p: Cluster) => core.length === 1 && forms(p).some((f) => f[0] === l)],
        // every word a spelling variant: "Baqeri", "Mohammed Bagheri"
        [byLastInitial.get((core[core.length - 1][0] ?? '').toLowerCase()),
          (p: Cluster) => [...p.forms].some((f) => { const q = f.split(/\s+/); return q.length === core.length && q.every((x, i) => sameSurname(x, core[i])); })
          || forms(p).some((f) => core.length === 1 && sameSurname(f[f.length - 1], core[0]))],
      ];
      for (const [candidates, fit] of fits) {
        if (!candidates) continue;
        // the fit is pure: filtering first sorts only the few that fit (a common last initial gathers thousands)
        const hits = [...candidates].filter(fit).sort((x, y) => personOrder.get(x)! - personOrder.get(y)!);
        if (hits.length) { c = hits.sort((x, y) => lastSeenBefore(y) - lastSeenBefore(x))[0]; break; }
      }
      if (!c) { c = fresh(m); personOrder.set(c, personClusters.length); personClusters.push(c); }
      byKey.set(`person:${l}`, c);
    }
    const newForms = [m.text.toLowerCase(), l].filter((f) => !c!.forms.has(f));
    add(c, m);
    c.forms.add(l);
    for (const f of new Set(newForms)) indexForm(c, f);
  }
  // titles written before a name ("General Bagheri") and roles stated around it
  for (const c of clusters) for (const m of c.mentions) {
    const t = titles.get(m.start);
    if (t) c.titles.add(t);
    if (c.type === 'person') {
      const a = wordAt.get(m.start), e = wordEnd.get(m.end);
      if (a !== undefined && e !== undefined) for (const clue of roleClues(ctx, ws, a, e + 1)) addClue(c, clue);
      if (t && /^(mr|sir|lord)\.?$/i.test(t)) c.gender = 'm';
      if (t && /^(mrs|ms|miss|lady|dame|madam)\.?$/i.test(t)) c.gender = 'f';
    }
  }
  for (const c of clusters) if (c.type === 'person') settleRole(c);

  // descriptions and pronouns, in reading order, with the people and organizations seen so far
  const live = clusters.filter((c) => c.mentions.length);
  const refs = findReferences(ctx, ws, named);
  const timeline = sortedTimeline(live, ctx.text.length);
  // seenByWord is only asked about the head words of references: other words of names are not kept
  const heads = new Set<string>();
  for (const r of refs) heads.add(r.head);
  const headsOfText = new Map<string, string[]>();
  const extra: Mention[] = [];
  const recent: Array<{ at: number; c: Cluster; sentence: number }> = [];
  const seenByWord = new Map<string, Cluster>();
  let ti = 0;
  const sentenceOf = (pos: number): number => ws[wordAt.get(pos) ?? 0]?.sentence ?? 0;
  for (const r of refs) {
    while (ti < timeline.length && timeline[ti].at < r.start) {
      const t = timeline[ti];
      recent.push({ at: t.at, c: t.c, sentence: sentenceOf(t.at) });
      if (t.c.type !== 'person') {
        const written = ctx.text.slice(t.at, t.end);
        let hs = headsOfText.get(written);
        if (!hs) headsOfText.set(written, (hs = written.toLowerCase().split(/\s+/).filter((w) => heads.has(w))));
        for (const w of hs) seenByWord.set(`${t.c.type}:${w}`, t.c);
      }
      ti++;
    }
    const s = ws[r.word].sentence;
    let target: Cluster | undefined;
    if (r.kind === 'pronoun') {
      const g = MALE_PRONOUNS.has(r.lower) ? 'm' : FEMALE_PRONOUNS.has(r.lower) ? 'f' : undefined;
      for (let k = recent.length - 1; k >= 0; k--) {
        const x = recent[k];
        if (s - x.sentence > 3) break;
        if (x.c.type === 'person' && (!g || !x.c.gender || x.c.gender === g)) { target = x.c; break; }
      }
    } else if (r.appositive) {
      // "his Russian counterpart, Valery Gerasimov"
      target = clusterOf.get(r.appositive);
      if (target && r.counterpart && r.possessorAt !== undefined) {
        const owner = lastPerson(recent, s, target);
        const ownerRole = owner?.clues[0]?.role;
        if (owner && ownerRole && r.country) {
          const role = counterpartRole(ownerRole, r.country);
          addClue(target, { role, kind: 'counterpart', sentence: sentenceText(ctx, s), country: r.country, rank: 2.6 });
          settleRole(target);
        }
      }
    } else if (r.type === 'person') {
      // "her client": not the person "her" stands for
      const possessor = r.lower === 'his' || r.lower === 'her' ? lastPerson(recent, s) : undefined;
      target = matchDescription(r, recent, s, possessor);
    } else {
      target = matchThing(r, recent, s, seenByWord);
    }
    if (!target) continue;
    const m: Mention = { start: r.start, end: r.end, text: ctx.text.slice(r.start, r.end), type: r.kind, actor: undefined };
    extra.push(m);
    clusterOf.set(m, target);
    recent.push({ at: r.start, c: target, sentence: s });
    if (r.kind === 'nominal' && r.type === 'person' && r.head !== 'counterpart' && (r.titleWords.size > 1 || !target.clues.length) && !/^(man|woman)$/.test(r.head) && (r.lower === 'the' || r.lower === 'this')) {
      addClue(target, { role: m.text.replace(/^(the|his|her|its|their)\s+/i, ''), kind: 'description', sentence: sentenceText(ctx, s), country: r.country, rank: 0.5 });
    }
    (target.refs ??= []).push(m);
  }

  // actors, numbered in order of first mention
  const ordered = live.sort((x, y) => x.mentions[0].start - y.mentions[0].start);
  const actors: Actor[] = [];
  ordered.forEach((c, i) => {
    c.id = `a${i + 1}`;
    const refsOf = c.refs ?? [];
    for (const m of c.mentions) m.actor = c.id;
    for (const m of refsOf) m.actor = c.id;
    const texts = [...new Set(c.mentions.map((m) => m.text))];
    const name = texts.slice().sort((x, y) => y.length - x.length || caseRank(x) - caseRank(y))[0];
    const aliases = new Set<string>();
    for (const t of texts) if (t !== name) aliases.add(t);
    for (const t of c.titles) {
      const surname = texts.find((x) => !/\s/.test(x));
      if (surname && TITLE_HEADS.has(t.toLowerCase().replace(/\.$/, '')) && !/\s/.test(t)) aliases.add(`${t} ${surname}`);
    }
    for (const m of refsOf) if (m.type === 'nominal') aliases.add(m.text);
    const actor: Actor = { id: c.id, name, type: c.type, aliases: [...aliases], mentions: [...c.mentions, ...refsOf].sort((x, y) => x.start - y.start).map((m) => ({ start: m.start, end: m.end })) };
    if (c.type === 'person') {
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
    } else if (c.type === 'place' && c.country) {
      actor.country = c.country.name;
    } else if (c.type === 'place') {
      const cap = CAPITAL_BY_NAME.get(name.toLowerCase());
      if (cap) actor.country = cap.name;
    }
    actors.push(actor);
  });
  const mentions = [...named, ...others, ...extra.filter((m) => m.actor)].sort((a, b) => a.start - b.start || b.end - a.end);
  return { actors, mentions };
}

/** Index of the word whose start (or end) is exactly pos, if any. */
function wordWith(ws: readonly Word[], pos: number, side: 'start' | 'end'): number | undefined {
  let lo = 0;
  let hi = ws.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ws[mid][side] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < ws.length && ws[lo][side] === pos ? lo : undefined;
}

/** Keep one clue per kind and role (a long document repeats them). */
function addClue(c: Cluster, clue: RoleClue): void {
  if (c.clues.some((x) => x.kind === clue.kind && x.role === clue.role)) return;
  c.clues.push(clue);
  c.roleWords = undefined;
}

function caseRank(s: string): number {
  return s === s.toUpperCase() ? 1 : 0;
}

function sentenceText(ctx: DocContext, s: number): string {
  return ctx.text.slice(ctx.sentences[s].start, ctx.sentences[s].end).replace(/\s+/g, ' ');
}

function rankedClues(c: Cluster): RoleClue[] {
  return c.clues.filter((r) => r.kind !== 'counterpart' || !r.possessorAt).filter((r) => r.role && r.kind !== 'counterpart' || r.country)
    .sort((x, y) => y.rank - x.rank);
}

function settleRole(c: Cluster): void {
  c.clues = rankedClues(c);
  c.roleWords = undefined;
  const withCountry = c.clues.find((r) => r.country);
  if (withCountry && !c.country) c.country = withCountry.country;
}

function lastPerson(recent: Array<{ c: Cluster; sentence: number }>, s: number, not?: Cluster): Cluster | undefined {
  for (let k = recent.length - 1; k >= 0; k--) {
    if (s - recent[k].sentence > 3) break;
    if (recent[k].c.type === 'person' && recent[k].c !== not) return recent[k].c;
  }
  return undefined;
}

interface Reference {
  kind: 'nominal' | 'pronoun';
  type: 'person' | 'organization' | 'place';
  start: number;
  end: number;
  word: number;
  lower: string;
  head: string;
  titleWords: Set<string>;
  country?: CountryInfo;
  appositive?: Mention;
  counterpart?: boolean;
  possessorAt?: number;
}

const DETS = new Set(['the', 'his', 'her', 'its', 'their', 'this']);
const AGE = /^\d{1,3}-year-old$/;

/** Descriptions ("the Iranian general", "the Russian Minister of Defense", "the company") and pronouns. */
function findReferences(ctx: DocContext, ws: Word[], named: Mention[]): Reference[] {
  const out: Reference[] = [];
  const namedAt = new Map<number, Mention>();
  for (const m of named) namedAt.set(m.start, m);
  const spaced = (i: number): boolean => i + 1 < ws.length && ws[i].sentence === ws[i + 1].sentence && /^[ \t\u00a0]+$/.test(ctx.text.slice(ws[i].fullEnd, ws[i + 1].start));
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    const pronoun = MALE_PRONOUNS.has(w.lower) || FEMALE_PRONOUNS.has(w.lower);
    const before = out.length;
    if (DETS.has(w.lower) && spaced(i)) i = description(i);
    if (pronoun && out.length === before) out.push({ kind: 'pronoun', type: 'person', start: w.start, end: w.end, word: i, lower: w.lower, head: w.lower, titleWords: new Set() });
  }
  return out;

  /** A description starting at word i; returns the index of its last word (or i). */
  function description(i: number): number {
    const w = ws[i];
    // up to four modifiers, then a head; "of" + title words after the head ("Chief of Staff", "Minister of Defense")
    let j = i + 1;
    let headAt = -1;
    let country: CountryInfo | undefined;
    const words: string[] = [];
    while (j < ws.length && j - i <= 5) {
      const x = ws[j];
      if (namedAt.has(x.start) && !(x.caps && x.text.length <= 5)) break;
      const l = x.lower;
      if (PERSON_NOMINAL_HEADS.has(l) || ORG_NOMINAL_HEADS.has(l) || PLACE_NOMINAL_HEADS.has(l) || (AGE.test(l) && headAt < 0)) headAt = j;
      const dem = COUNTRY_BY_DEMONYM.get(l);
      if (dem) country = dem;
      const ok = dem || AGE.test(l) || TITLE_HEADS.has(l) || TITLE_MODIFIERS.has(l) || PERSON_NOMINAL_HEADS.has(l) || ORG_NOMINAL_HEADS.has(l) || PLACE_NOMINAL_HEADS.has(l)
        || (!x.cap && (x.tags.has('Adjective') || x.tags.has('Noun')) && !x.tags.has('Plural') && !x.tags.has('Pronoun'))
        || (x.caps && x.text.length <= 5);
      if (!ok) break;
      words.push(l);
      if (x.possessive || !spaced(j)) { j++; break; }
      j++;
    }
    if (headAt < 0) return i;
    let end = headAt + 1;
    // "Chief of Staff", "Minister of Defense"
    if (end + 1 < ws.length && ws[end].lower === 'of' && spaced(headAt) && spaced(end) && (TITLE_HEADS.has(ws[end + 1].lower) || TITLE_MODIFIERS.has(ws[end + 1].lower)) && ws[end + 1].cap) end += 2;
    const head = AGE.test(ws[headAt].lower) ? 'person' : ws[headAt].lower;
    const personal = head === 'person' || (PERSON_NOMINAL_HEADS.has(head) && !ORG_NOMINAL_HEADS.has(head));
    const placeHead = !personal && PLACE_NOMINAL_HEADS.has(head) && !ORG_NOMINAL_HEADS.has(head);
    // "the state news agency", "the city council": the head is the last word
    if (headAt < j - 1 && !personal && ws.slice(headAt + 1, j).some((x) => !x.cap)) return i;
    const last = ws[end - 1];
    // followed by a name: a pre-title ("the Russian Defense Minister Sergei Shoigu"), not a description
    const next = end < ws.length && spaced(end - 1) ? ws[end] : undefined;
    if (next && namedAt.has(next.start)) return i;
    // a plural or a generic head with nothing to tell: "the two countries", "the man"
    if (ws.slice(i + 1, end).some((x) => (/^\d/.test(x.lower) && !AGE.test(x.lower)) || /^(two|three|four|both|several|many|other|same|whole|first|last|next|new)$/.test(x.lower))) return i;
    let appositive: Mention | undefined;
    const comma = end < ws.length && /^\s*,\s*$/.test(ctx.text.slice(last.end, ws[end].start));
    if (comma && namedAt.get(ws[end].start)?.type === 'person' && personal) appositive = namedAt.get(ws[end].start);
    if (head === 'counterpart' && !appositive && w.lower === 'the') return i;
    // "the ECB chief": a name inside stays the name's mention; the description is what follows it ("chief")
    let from = i;
    for (let k = i + 1; k < end; k++) if (namedAt.has(ws[k].start)) from = k + 1;
    if (from >= end) return end - 1;
    const titleWords = new Set([...words, ...ws.slice(headAt + 1, end).map((x) => x.lower)].filter((x) => x !== 'of' && !COUNTRY_BY_DEMONYM.has(x)));
    out.push({
      kind: 'nominal', type: personal ? 'person' : placeHead ? 'place' : 'organization', start: ws[from].start, end: last.end, word: i, lower: w.lower, head,
      titleWords: new Set([...titleWords].map((x) => (x === 'defence' ? 'defense' : x))), country, appositive,
      counterpart: head === 'counterpart' && !!appositive, possessorAt: head === 'counterpart' && w.lower !== 'the' ? i : undefined,
    });
    return end - 1;
  }
}

type Recent = Array<{ at: number; c: Cluster; sentence: number }>;

/** The actors seen in the last sentences (bounded, so that long documents stay linear): last position and count. */
function window(recent: Recent, s: number, sentences = 40, entries = 400): Map<Cluster, { last: number; count: number }> {
  const out = new Map<Cluster, { last: number; count: number }>();
  for (let k = recent.length - 1; k >= 0 && recent.length - k <= entries; k--) {
    const x = recent[k];
    if (s - x.sentence > sentences) break;
    const seen = out.get(x.c);
    if (seen) seen.count++;
    else out.set(x.c, { last: x.at, count: 1 });
  }
  return out;
}

/**
 * The mentions of these clusters by start, ties in cluster then mention order (as a stable sort of them
 * gives): sorted as numbers start * n + index, exact while those stay below 2^53.
 */
function sortedTimeline(live: Cluster[], textLength: number): Array<{ at: number; end: number; c: Cluster }> {
  const timeline: Array<{ at: number; end: number; c: Cluster }> = [];
  for (const c of live) for (const m of c.mentions) timeline.push({ at: m.start, end: m.end, c });
  const n = timeline.length;
  if (n < 2 || (textLength + 1) * n >= 2 ** 52 || timeline.some((t) => !Number.isInteger(t.at) || t.at < 0 || t.at > textLength)) {
    return timeline.sort((x, y) => x.at - y.at);
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = timeline[i].at * n + i;
  keys.sort();
  const out: Array<{ at: number; end: number; c: Cluster }> = new Array(n);
  for (let i = 0; i < n; i++) out[i] = timeline[keys[i] % n];
  return out;
}

/** Which organization or place a description stands for: one whose name has the head word, else the most talked-about recent one. */
function matchThing(r: Reference, recent: Recent, s: number, seenByWord: Map<string, Cluster>): Cluster | undefined {
  // "the court" = the U.S. District Court ...: the last one seen with that word in its name (not "this city" = "City Hall")
  if (!/^(city|town|village|capital|country|nation|region|group|company|firm)$/.test(r.head)) {
    const named = seenByWord.get(`${r.type}:${r.head}`);
    if (named) return named;
  }
  const near = window(recent, s, 4, 200);
  const wide = window(recent, s);
  let best: Cluster | undefined, score = -1;
  for (const [c, seen] of near) {
    if (c.type !== r.type) continue;
    if (r.type === 'place' && /^(city|town|village|capital|port)$/.test(r.head) && c.country) continue;
    if (r.type === 'place' && /^(country|nation|kingdom|republic)$/.test(r.head) && !c.country) continue;
    // "the agency" is a public body, "the company" is not
    const publicBody = [...c.forms].some((f) => PUBLIC_BODY_HEADS.has(f.split(/\s+/).pop()!) || (isAcronym(f.toUpperCase()) && c.forms.size > 1 && [...c.forms].some((g) => PUBLIC_BODY_HEADS.has(g.split(/\s+/).pop()!))));
    if (r.type === 'organization' && PUBLIC_BODY_NOMINALS.has(r.head) && !publicBody) continue;
    if (r.type === 'organization' && BUSINESS_NOMINALS.has(r.head) && publicBody) continue;
    // the most talked-about, with a lead for the one just named
    const sc = (wide.get(c)?.count ?? seen.count) + (recentSentence(recent, c, s) ? 3 : 0);
    if (sc > score || (sc === score && best && seen.last > (near.get(best)?.last ?? -1))) { best = c; score = sc; }
  }
  return best;
}

function recentSentence(recent: Recent, c: Cluster, s: number): boolean {
  for (let k = recent.length - 1; k >= 0; k--) {
    if (s - recent[k].sentence > 1) return false;
    if (recent[k].c === c) return true;
  }
  return false;
}

/** Which person a description stands for: the role it names, its country, then the most recent person. */
function matchDescription(r: Reference, recent: Recent, s: number, not?: Cluster): Cluster | undefined {
  const seen = window(recent, s);
  const people = [...seen.keys()].filter((c) => c.type === 'person' && c !== not);
  const lastSeen = (c: Cluster): number => seen.get(c)?.last ?? -1;
  const wordsOfCluster = (c: Cluster): Set<string> => {
    if (c.roleWords) return c.roleWords;
    const out = new Set<string>();
    for (const cl of c.clues) for (const x of roleWords(cl.role)) out.add(x);
    for (const t of c.titles) for (const x of roleWords(t)) out.add(x);
    c.roleWords = out;
    return out;
  };
  const countryOk = (c: Cluster): boolean => !r.country || !c.country || c.country.code === r.country.code;
  const specific = [...r.titleWords].filter((x) => TITLE_HEADS.has(x) || TITLE_MODIFIERS.has(x));
  // every title word matches ("the Russian Minister of Defense" = "Russian Defense Minister")
  const byRole = people.filter((c) => countryOk(c) && specific.length > 0 && (() => { const cw = wordsOfCluster(c); return specific.every((x) => cw.has(x)); })());
  const pick = (xs: Cluster[]): Cluster | undefined => xs.slice().sort((x, y) => lastSeen(y) - lastSeen(x))[0];
  if (r.country) {
    const strict = byRole.filter((c) => c.country && c.country.code === r.country!.code);
    if (strict.length) return pick(strict);
  }
  if (byRole.length) return pick(byRole);
  if (r.country) {
    const p = pick(people.filter((c) => c.country?.code === r.country!.code));
    if (p) return p;
  }
  // the most recent person, within a few sentences
  for (let k = recent.length - 1; k >= 0; k--) {
    const x = recent[k];
    if (s - x.sentence > 4) break;
    if (x.c.type === 'person' && x.c !== not && countryOk(x.c)) return x.c;
  }
  return undefined;
}

// re-exported for tests
export { roleCountry };
