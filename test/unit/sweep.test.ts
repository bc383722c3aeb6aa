import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { tagPiece } from '../../src/core/text/tagger';
import { postTag } from '../../src/core/text/sweep';

const root = join(__dirname, '..', '..');

/** The paragraphs of the seed and fixture articles. */
function pieces(): string[] {
  const out: string[] = [];
  for (const dir of ['seeds', 'test/fixtures/articles']) {
    for (const f of readdirSync(join(root, dir)).filter((x) => x.endsWith('.txt')).sort()) {
      const text = readFileSync(join(root, dir, f), 'utf8');
      out.push(...text.split(/\n\s*\n/).filter((p) => p.trim()));
    }
  }
  return out;
}

type Terms = Array<Array<{ text: string; normal: string; tags: Set<string> }>>;

/** Every word with its tags, sorted: what Byline reads from the tagger. */
function words(docs: Terms): string[] {
  return docs.flat().map((t) => `${t.text}|${t.normal}|${[...t.tags].sort().join(',')}`);
}

const hooks = (nlp.world() as unknown as { hooks: string[] }).hooks;
const bare = nlp.tokenize.bind({ _world: { compute: {} } } as unknown as typeof nlp);

describe('sweep (compromise postTagger, cheaper)', () => {
  it('gives the tags of compromise\'s own postTagger on every piece of the seed and fixture articles', () => {
    const all = pieces();
    assert.ok(all.length > 100);
    let differing = 0;
    for (const piece of all) {
      const before = hooks.slice(0, hooks.indexOf('postTagger'));
      const theirs = bare(piece).compute(before).compute('postTagger');
      const ours = bare(piece).compute(before);
      postTag(ours as unknown as Parameters<typeof postTag>[0]);
      if (words(theirs.docs as unknown as Terms).join('\n') !== words(ours.docs as unknown as Terms).join('\n')) differing++;
    }
    assert.equal(differing, 0, `${differing} of ${all.length} pieces tagged differently`);
  });

  it('leaves compromise itself working in the same process (nlp() after and before tagPiece)', () => {
    const text = 'Prime Minister Kaja Kallas said on Tuesday that Estonia would not back down, unlike others.';
    const first = nlp(text).people().out('array');
    assert.ok(tagPiece(text).some((t) => t.text === 'Estonia' && t.tags.has('Country')));
    assert.deepEqual(nlp(text).people().out('array'), first);
  });
});
