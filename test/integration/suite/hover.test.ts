// Hover cards in the real extension host: the seed article's people get a card naming them.
import * as assert from 'assert';
import { hoverText, openAndActivate, seedUri, waitFor } from './helpers';

describe('hover', () => {
  it('shows a card for "Sergei Shoigu" in the seed article', async () => {
    const uri = seedUri();
    const editor = await openAndActivate(uri);
    const offset = editor.document.getText().indexOf('Sergei Shoigu');
    assert.ok(offset >= 0, 'the seed article mentions Sergei Shoigu');
    const position = editor.document.positionAt(offset + 'Sergei '.length + 2);
    // The analysis may run in the background: wait until the hover has content.
    const text = await waitFor('a hover on Sergei Shoigu', async () => {
      const t = await hoverText(uri, position);
      return t.trim() ? t : undefined;
    });
    assert.match(text, /Sergei Shoigu/, `hover text was: ${text}`);
  });
});
