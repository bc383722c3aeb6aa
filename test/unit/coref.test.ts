// The coreference stage fed with hand-built clusters: one resolution of pronouns and descriptions,
// read by claims through the Referents view; a person's gender decided once.
import * as assert from 'node:assert/strict';
import { buildActors } from '../../src/core/actors/build';
import type { Cluster, ClusterResult } from '../../src/core/actors/cluster';
import { findClaims } from '../../src/core/claims/claims';
import { genderOf } from '../../src/core/coref/gender';
import { indexMentions, Referents } from '../../src/core/coref/referents';
import { resolveReferences } from '../../src/core/coref/resolve';
import { buildWords } from '../../src/core/entities/words';
import { deepFreeze } from '../../src/core/pipeline';
import { buildContext } from '../../src/core/text/document';
import { quotesOf } from '../../src/core/text/quotes';
import type { EntityType, Mention } from '../../src/core/types';

/** Clusters for the given names (each written once in the text), with titles such as "Mr.". */
function layerOf(text: string, names: Array<[string, EntityType, string[]?]>): ClusterResult {
  const named: Mention[] = [];
  const live: Cluster[] = [];
  const clusterOf = new Map<Mention, Cluster>();
  for (const [name, type, titles = []] of names) {
    const start = text.indexOf(name);
    assert.ok(start >= 0, name);
    const m: Mention = { start, end: start + name.length, text: name, type };
    const c: Cluster = { type, mentions: [m], forms: new Set([name.toLowerCase()]), titles: new Set(titles), clues: [] };
    named.push(m);
    live.push(c);
    clusterOf.set(m, c);
  }
  const layer = { named, others: [], live, clusterOf };
  deepFreeze(layer);
  return layer;
}

function resolved(text: string, names: Array<[string, EntityType, string[]?]>): Map<string, string | undefined> {
  const ctx = buildContext(text);
  const coref = resolveReferences(ctx, buildWords(ctx), layerOf(text, names));
  const nameOf = new Map(coref.clusters.map((c) => [c.id, c.mentions[0].text]));
  return new Map(coref.links.map((l) => [`${text.slice(l.start, l.end)}@${l.start}`, l.actor && nameOf.get(l.actor)]));
}

describe('stage: coref.resolve (one owner of pronouns and descriptions)', () => {
  it('reads a pronoun as the subject of the sentence before, not its object', () => {
    const text = 'Amira Haddad met Leila Nour in Oslo on Monday. She spoke briefly afterwards.';
    const links = resolved(text, [['Amira Haddad', 'person'], ['Leila Nour', 'person'], ['Oslo', 'place']]);
    assert.equal(links.get(`She@${text.indexOf('She')}`), 'Amira Haddad');
  });

  it('skips a person of the other gender, and takes the last fitting one in its own sentence', () => {
    const text = 'Amira Haddad met Omar Khan in Oslo on Monday. He spoke briefly. Haddad said she was pleased.';
    const links = resolved(text, [['Amira Haddad', 'person', ['Mrs.']], ['Omar Khan', 'person', ['Mr.']], ['Oslo', 'place']]);
    assert.equal(links.get(`He@${text.indexOf('He ')}`), 'Omar Khan');
    assert.equal(links.get(`she@${text.indexOf('she')}`), 'Amira Haddad');
  });

  it('gives a he/she to the most salient person: the subject over an object, the topic over a passing name', () => {
    const text = 'Tomas Vidal barred Ruben Ortiz from his studio. Ortiz wrote to the press. Vidal later sold his paintings.';
    const links = resolved(text, [['Tomas Vidal', 'person', ['Mr.']], ['Ruben Ortiz', 'person', ['Mr.']], ['Ortiz wrote', 'person'], ['Vidal later', 'person']]);
    assert.equal(links.get(`his@${text.indexOf('his studio')}`), 'Tomas Vidal', 'the subject of its own sentence, not the object');
    const bio = 'Marta Quell was born in Lisbon. She studied law in Porto. She met the painter Ilse Brand there. ' +
      'The two opened a gallery. It closed in 1990. Prices fell. Her book appeared in 1995.';
    const later = resolved(bio, [['Marta Quell', 'person', ['Ms.']], ['Lisbon', 'place'], ['Porto', 'place'], ['Ilse Brand', 'person', ['Ms.']]]);
    assert.equal(later.get(`Her@${bio.indexOf('Her book')}`), 'Marta Quell', 'four sentences on, the person mentioned again and again');
  });

  it('never gives a description naming one office to a person known to hold another', () => {
    const text = 'Senator Tom Harlan toured the plant. The mayor promised jobs. The senator agreed.';
    const links = resolved(text, [['Tom Harlan', 'person', ['Senator']]]);
    assert.equal(links.get(`The mayor@${text.indexOf('The mayor')}`), undefined);
    assert.equal(links.get(`The senator@${text.indexOf('The senator')}`), 'Tom Harlan');
  });

  it('reads "the city" far from any name as the article’s only city, but not as one of two named once', () => {
    const filler = 'Rain fell all week. Roads were closed. Schools stayed shut. Buses ran late. Shops opened late. ';
    const text = 'Nairobi opened new schools. Officials were pleased. ' + filler + 'Teachers across the city welcomed it.';
    const links = resolved(text, [['Nairobi', 'place']]);
    assert.equal(links.get(`the city@${text.indexOf('the city')}`), 'Nairobi');
    const two = 'Lima opened new schools. Quito hired teachers. ' + filler + 'Teachers across the city welcomed it.';
    const none = resolved(two, [['Lima', 'place'], ['Quito', 'place']]);
    assert.equal(none.get(`the city@${two.indexOf('the city')}`), undefined);
  });

  it('leaves an "it" that stands for nothing, and an "it" after an organization only mentioned in passing', () => {
    const text = 'Corvane Systems cut 200 jobs, and it is unclear whether more will go. It said demand fell.';
    const links = resolved(text, [['Corvane Systems', 'organization']]);
    assert.ok(!links.has(`it@${text.indexOf('it is')}`), '"it is unclear whether" is no reference');
    assert.equal(links.get(`It@${text.indexOf('It said')}`), 'Corvane Systems');
    const passing = 'Shares of Corvane Systems fell on Monday. It was a bad week.';
    const thing = resolved(passing, [['Corvane Systems', 'organization']]);
    assert.equal(thing.get(`It@${passing.indexOf('It was')}`), undefined, 'the organization was no subject: "it" is a thing');
  });

  it('resolves "it" and "they" to an organization just named, and keeps unresolved pronouns with no actor', () => {
    const text = 'Corvane Systems cut 200 jobs on Monday. It said demand had fallen. They expect more cuts.\n\nHe left early.';
    const links = resolved(text, [['Corvane Systems', 'organization']]);
    assert.equal(links.get(`It@${text.indexOf('It ')}`), 'Corvane Systems');
    assert.equal(links.get(`They@${text.indexOf('They')}`), 'Corvane Systems', '"they" reaches back one sentence to an organization');
    assert.ok(links.has(`He@${text.indexOf('He ')}`), 'the pronoun is a link');
    assert.equal(links.get(`He@${text.indexOf('He ')}`), undefined);
  });

  it('resolves a description by its head and gives the actors their ids in order of first mention', () => {
    const text = 'Shares of Corvane Systems fell after Dana Reyes resigned. The company said profits were lower.';
    const ctx = buildContext(text);
    const layer = layerOf(text, [['Dana Reyes', 'person'], ['Corvane Systems', 'organization']]);
    const coref = resolveReferences(ctx, buildWords(ctx), layer, true);
    assert.deepEqual(coref.clusters.map((c) => [c.id, c.mentions[0].text]), [['a1', 'Corvane Systems'], ['a2', 'Dana Reyes']]);
    const company = coref.links.find((l) => text.slice(l.start, l.end) === 'The company');
    assert.equal(company?.actor, 'a1');
    assert.match(company?.why ?? '', /^description/);
    assert.equal(layer.live[0].id, undefined, 'the clusters layer is untouched');
  });

  it('claims read the stage\'s result: a pronoun speaker is the actor it was resolved to', () => {
    const text = 'Amira Haddad arrived in Oslo on Monday. “We will not give up,” she said.';
    const ctx = buildContext(text);
    const layer = layerOf(text, [['Amira Haddad', 'person'], ['Oslo', 'place']]);
    const coref = resolveReferences(ctx, buildWords(ctx), layer);
    const { actors, mentions } = buildActors(layer, coref);
    const index = indexMentions(ctx, mentions);
    const { claims } = findClaims(ctx, quotesOf(ctx), index, actors, undefined, coref);
    assert.equal(claims.length, 1);
    assert.equal(claims[0].speaker, 'a1');
    // without the coreference layer nothing resolves the pronoun
    const she = ctx.tokens.findIndex((t) => t.normal === 'she');
    assert.equal(new Referents(ctx, indexMentions(ctx, []), actors).resolvePronoun(she), null);
    assert.equal(new Referents(ctx, index, actors, coref).resolvePronoun(she), 'a1');
  });
});

describe('coref gender (decided once)', () => {
  const person = (text: string, name: string, titles: string[] = []): number => {
    const ctx = buildContext(text);
    const start = text.indexOf(name);
    const c: Cluster = { type: 'person', mentions: [{ start, end: start + name.length, text: name, type: 'person' }], forms: new Set(), titles: new Set(titles), clues: [] };
    const g = genderOf(ctx, c);
    return g === 'm' ? 1 : g === 'f' ? -1 : 0;
  };

  it('reads an honorific first, then the first name only, then a Slavic surname', () => {
    assert.equal(person('Ms. Jordan Reid spoke.', 'Jordan Reid', ['Ms.']), -1);
    assert.equal(person('Sandra Okonjo-Reid spoke.', 'Sandra Okonjo-Reid'), -1, 'not a man for "Reid"');
    assert.equal(person('Valery Gerasimov spoke.', 'Valery Gerasimov'), 1);
    assert.equal(person('Corvane spoke.', 'Corvane'), 0);
  });
});
