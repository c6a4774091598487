import spec from '../../cms/openapi/bot-api.json';
import { CHANNEL_MAX_LENGTH, CHANNEL_PATTERN } from '@botkb/contract';
import { knownChannel } from '../../cms/src/analytics/known-channel';
import { prototypeKeyPath } from '../../cms/src/prototype-key-path';
import { DEFAULT_SAVINGS_PARAMETERS, minutesPerContact } from '../../cms/src/analytics/savings-parameters';
import { validateAskRequest } from '../../cms/src/bot/validate-ask-request';

/** Every schema in the contract whose property is called `channel`, with where it sits. */
function channelSchemas(node: unknown, where = ''): Array<[string, Record<string, unknown>]> {
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) => [
    ...(key === 'channel' && typeof value === 'object' && value !== null
      ? [[`${where}.channel`, value] as [string, Record<string, unknown>]]
      : []),
    ...channelSchemas(value, `${where}.${key}`),
  ]);
}

describe('the channel rule', () => {
  it('allows a–z 0–9 _ up to the column width and nothing every object already has', () => {
    expect(['web_chat', 'phone_bot', 'x', 'a'.repeat(CHANNEL_MAX_LENGTH)].every((c) => CHANNEL_PATTERN.test(c))).toBe(
      true,
    );
    const refused = [
      'Web Chat!',
      '',
      'a'.repeat(CHANNEL_MAX_LENGTH + 1),
      '__proto__',
      'constructor',
      'web-chat',
      'WEB_CHAT',
    ];
    expect(refused.filter((c) => CHANNEL_PATTERN.test(c))).toEqual([]);
  });

  it('is the pattern of every bot channel in the OpenAPI contract (handoff channels are their own enum)', () => {
    const schemas = channelSchemas(spec).filter(([, s]) => !Array.isArray(s.enum) && s.type === 'string');
    expect(schemas.length).toBeGreaterThan(3);
    for (const [where, schema] of schemas) expect([where, schema.pattern]).toEqual([where, CHANNEL_PATTERN.source]);
  });

  it('is what /bot/ask accepts', () => {
    expect(validateAskRequest({ question: 'q', locale: 'fi', channel: 'web_chat' }, 500).channel).toBe('web_chat');
    expect(() => validateAskRequest({ question: 'q', locale: 'fi', channel: 'Web Chat!' }, 500)).toThrow(/^channel:/);
  });

  it('shows channels stored against the rule as unknown', () => {
    expect(['web_chat', 'Web Chat!', 'constructor', null, undefined, ''].map(knownChannel)).toEqual([
      'web_chat',
      '',
      '',
      '',
      '',
      '',
    ]);
  });
});

describe('prototypeKeyPath', () => {
  it('finds the first __proto__ key anywhere in a parsed JSON body', () => {
    expect(prototypeKeyPath(JSON.parse('{"__proto__":{"x":1}}'))).toEqual(['__proto__']);
    expect(prototypeKeyPath(JSON.parse('{"events":[{"id":"a"},{"id":"b","__proto__":1}]}'))).toEqual([
      'events',
      1,
      '__proto__',
    ]);
    expect(prototypeKeyPath(JSON.parse('{"a":{"b":[[{"__proto__":null}]]},"__proto__":1}'))).toEqual(['__proto__']);
    expect(prototypeKeyPath(JSON.parse('{"a":{"b":[[{"__proto__":null}]]}}'))).toEqual(['a', 'b', 0, 0, '__proto__']);
    expect(
      prototypeKeyPath(JSON.parse('{"constructor":1,"prototype":{"toString":2},"list":["__proto__"]}')),
    ).toBeNull();
  });

  it('walks a deeply nested body without overflowing the stack', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}{"__proto__":1}${']'.repeat(100_000)}`);
    expect(prototypeKeyPath(deep)).toHaveLength(100_001);
  });
});

describe('minutesPerContact', () => {
  it('reads only the parameters own channels, never inherited properties', () => {
    const p = DEFAULT_SAVINGS_PARAMETERS;
    expect(
      ['web_chat', 'phone_bot', 'constructor', 'toString', '__proto__', 'sms'].map((c) => minutesPerContact(p, c)),
    ).toEqual([5, 6, 6, 6, 6, 6]);
  });
});
