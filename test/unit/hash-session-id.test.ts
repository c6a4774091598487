import { createHmac, hkdfSync } from 'node:crypto';
import fc from 'fast-check';
import { hashSessionId, isHashedSessionId, sessionHashKey } from '../../cms/src/privacy/hash-session-id';

const key = sessionHashKey('test-session-key', 'test-encryption-key');

describe('hashSessionId', () => {
  it('gives one session the same value and different sessions different values', () => {
    const id = fc.string({ minLength: 1, maxLength: 100 });
    fc.assert(
      fc.property(id, id, (a, b) => {
        expect(hashSessionId(a, key)).toBe(hashSessionId(a, key));
        if (a !== b) expect(hashSessionId(a, key)).not.toBe(hashSessionId(b, key));
      }),
    );
  });

  it('stores a recognisable value of fixed length that does not contain the session id', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 4, maxLength: 100 }), (id) => {
        const hashed = hashSessionId(id, key);
        expect(hashed).toHaveLength(34);
        expect(isHashedSessionId(hashed)).toBe(true);
        expect(hashed.slice(2)).not.toContain(id);
      }),
    );
  });

  it('is the truncated HMAC-SHA-256 of the id under the key', () => {
    const mac = createHmac('sha256', 'test-session-key').update('session-42').digest();
    const truncated = mac.subarray(0, 24).toString('base64url');
    expect(hashSessionId('session-42', key)).toBe(`h:${truncated}`);
  });

  it('depends on the key', () => {
    expect(hashSessionId('s1', sessionHashKey('other-key', 'test-encryption-key'))).not.toBe(hashSessionId('s1', key));
  });

  it('recognises raw session ids as not hashed', () => {
    for (const raw of ['s1', 'h:short', 'abc-123', `h:${'x'.repeat(33)}`]) expect(isHashedSessionId(raw)).toBe(false);
  });
});

describe('sessionHashKey', () => {
  it('uses SESSION_HASH_KEY when it is set', () => {
    expect(sessionHashKey('k', 'e')).toEqual(Buffer.from('k'));
  });

  it('derives the key from ENCRYPTION_KEY with HKDF when SESSION_HASH_KEY is not set', () => {
    const derived = Buffer.from(hkdfSync('sha256', 'enc', 'botkb', 'session-id-hash', 32));
    expect(sessionHashKey(undefined, 'enc')).toEqual(derived);
    expect(sessionHashKey('', 'enc')).toEqual(derived);
    expect(sessionHashKey(undefined, 'enc2')).not.toEqual(derived);
  });
});
