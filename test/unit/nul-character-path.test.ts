import { nulCharacterPath } from '../../cms/src/http/nul-character-path';

describe('nulCharacterPath (where a NUL character sits in a query or body)', () => {
  it('names the first string carrying it, through arrays and objects', () => {
    expect(nulCharacterPath({ locale: 'fi\u0000' })).toEqual(['locale']);
    expect(nulCharacterPath({ filters: { slug: { $eq: ['a', 'b\u0000'] } } })).toEqual(['filters', 'slug', '$eq', 1]);
    expect(nulCharacterPath('x\u0000', ['body'])).toEqual(['body']);
  });

  it('names a key that carries it, escaped so the message stays printable', () => {
    expect(nulCharacterPath({ events: [{ ['a\u0000']: 1 }] })).toEqual(['events', 0, 'a\\u0000']);
  });

  it('is null for clean values, numbers, null and nothing', () => {
    expect(nulCharacterPath({ question: 'hammaslääkäri', n: 1, ok: true, none: null, list: ['a'] })).toBeNull();
    expect(nulCharacterPath(undefined)).toBeNull();
    expect(nulCharacterPath('%00')).toBeNull();
  });
});
