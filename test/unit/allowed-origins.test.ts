import { allowedOrigins, parseOrigins } from '../../cms/src/config/allowed-origins';

describe('allowedOrigins', () => {
  it('allows what npm start prints and listens on when PUBLIC_URL is unset', () => {
    expect(allowedOrigins({ publicUrl: '', port: 1444, extra: [] }))
      .toEqual(['http://localhost:1444', 'http://127.0.0.1:1444']);
  });

  it('allows only the origin of PUBLIC_URL when it is set, plus CORS_ORIGINS', () => {
    const extra = parseOrigins(' https://www.turku.fi , https://chat.example.fi/widget/,https://kb.example.fi');
    expect(allowedOrigins({ publicUrl: 'https://kb.example.fi/cms/', port: 1337, extra }))
      .toEqual(['https://kb.example.fi', 'https://www.turku.fi', 'https://chat.example.fi']);
  });

  it('refuses a wildcard or anything else that is not an http(s) origin', () => {
    expect(() => parseOrigins('*')).toThrow();
    expect(() => parseOrigins('https://ok.fi,data:text/plain,x')).toThrow(/not an http\(s\) origin/);
  });

  it('reads an empty CORS_ORIGINS as no extra origins', () => {
    expect(parseOrigins('')).toEqual([]);
    expect(parseOrigins(' , ')).toEqual([]);
  });
});
