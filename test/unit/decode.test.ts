import * as assert from 'node:assert/strict';
import { decodeText, DecodeError, textProblem } from '../../src/core/decode';

describe('decodeText', () => {
  it('drops a UTF-8 BOM and keeps the rest', () => {
    assert.equal(decodeText(Buffer.from('\ufeffTEHRAN – text', 'utf8')), 'TEHRAN – text');
  });

  it('decodes UTF-16 with a BOM', () => {
    assert.equal(decodeText(Buffer.from('\ufeffHello', 'utf16le')), 'Hello');
  });

  it('refuses binary content with a reason', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);
    assert.throws(() => decodeText(png), (e: unknown) => e instanceof DecodeError && /binary/.test((e as Error).message));
  });

  it('refuses Latin-1 with the offset of the first bad byte', () => {
    const latin1 = Buffer.from('Caf\xe9 au lait', 'latin1');
    assert.throws(() => decodeText(latin1), /not valid UTF-8 \(first bad byte at offset 3/);
  });

  it('accepts text with a stray control character', () => {
    assert.equal(decodeText(Buffer.from('a\u0001b said so.', 'utf8')), 'a\u0001b said so.');
  });
});

describe('textProblem', () => {
  it('names the size limit', () => {
    assert.match(textProblem('x'.repeat(2000), 1000, 'the byline.maxFileSize setting') ?? '', /too large \(2,000 characters; the limit is 1,000, see the byline\.maxFileSize setting\)/);
  });
  it('flags NUL-heavy and undecodable text, passes ordinary text', () => {
    assert.match(textProblem('\u0000\u0000\u0000abc', 1e6, '') ?? '', /binary/);
    assert.match(textProblem('\ufffd'.repeat(50) + 'abc', 1e6, '') ?? '', /UTF-8/);
    assert.equal(textProblem('An ordinary article.', 1e6, ''), undefined);
  });
});
