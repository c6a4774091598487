import { allowedOrigins } from '../../cms/src/config/allowed-origins';

describe('allowedOrigins', () => {
  it('allows what npm start prints and listens on when PUBLIC_URL is unset', () => {
    expect(allowedOrigins({ publicUrl: '', port: 1444, extra: [] })).toEqual([
      'http://localhost:1444',
      'http://127.0.0.1:1444',
    ]);
  });

  it('allows only the origin of PUBLIC_URL when it is set, plus CORS_ORIGINS', () => {
    const extra = ['https://www.turku.fi', 'https://chat.example.fi', 'https://kb.example.fi'];
    expect(allowedOrigins({ publicUrl: 'https://kb.example.fi/cms/', port: 1337, extra })).toEqual([
      'https://kb.example.fi',
      'https://www.turku.fi',
      'https://chat.example.fi',
    ]);
  });
});
