/**
 * A scripted bot conversation that uses only what an integrator has: openapi-fetch and the types
 * openapi-typescript generates from cms/openapi/bot-api.json (test/generated/bot-api.ts, written by
 * `npx openapi-typescript`; test/unit/generated-client.test.ts checks that it is current).
 */
import createClient from 'openapi-fetch';
import type { components, paths } from '../generated/bot-api';
import type { TestStrapi } from '../helpers/test-strapi';
import { startDemoStrapi } from '../helpers/demo-strapi';
import { createBotToken } from '../helpers/api';
import { drainSearch } from '../helpers/search';
import { expectMatchesSchema } from '../helpers/openapi';
import { answerShownEventId } from '../../cms/src/analytics/answer-shown-event-id';

type BotEvent = components['schemas']['UsageEvent'];
type Schemas = components['schemas'];
type Client = ReturnType<typeof createClient<paths>>;

let t: TestStrapi;
let client: Client;
const SESSION = `integrator-${Date.now()}`;
const common = { sessionId: SESSION, channel: 'web_chat', locale: 'fi', audience: 'resident' } as const;
let n = 0;
const event = <E extends Omit<BotEvent, 'id' | 'timestamp' | keyof typeof common>>(fields: E) =>
  ({ id: `${SESSION}-${++n}`, timestamp: new Date().toISOString(), ...common, ...fields }) as BotEvent;

beforeAll(async () => {
  t = await startDemoStrapi();
  await drainSearch(t.strapi);
  const token = await createBotToken(t.strapi);
  client = createClient<paths>({ baseUrl: `${t.url}/api`, headers: { Authorization: `Bearer ${token}` } });
}, 180_000);
afterAll(async () => t?.stop());

const PATH = 'hammashoito-tarve';
const sent: BotEvent[] = [];
let askId: string | undefined;

describe('an integrator bot, using only the generated client', () => {
  it('asks in Finnish and gets an answer', async () => {
    sent.push(event({ type: 'conversation_started' }), event({ type: 'message', role: 'user' }));
    const { data, error, response } = await client.POST('/bot/ask', {
      body: {
        question: 'mistä saa ajan hammaslääkärille',
        locale: 'fi',
        audience: 'resident',
        sessionId: SESSION,
        channel: 'web_chat',
      },
    });
    expect([response.status, error]).toEqual([200, undefined]);
    expectMatchesSchema(data, 'AskResponse');
    expect(data?.answered).toBe(true);
    expect(data?.answer).toMatchObject({ kind: 'answer', locale: 'fi', slug: 'hammashoito-ajanvaraus' });
    askId = data?.askId;
    sent.push(event({ type: 'message', role: 'bot' }));
  });

  it("gets a path's first step with its options' keys when the answer is a path", async () => {
    const { data, response } = await client.POST('/bot/ask', {
      body: { question: 'yrityksen perustaminen', locale: 'fi', audience: 'business' },
    });
    expect(response.status).toBe(200);
    expect(data?.answer).toMatchObject({ kind: 'path', slug: 'yrityksen-perustaminen' });
    const options = data?.answer?.firstStep?.options ?? [];
    expect(options.length).toBeGreaterThan(0);
    expect(options.every((o) => typeof o.key === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(o.key))).toBe(true);
  });

  it('opens a guidance path and walks it to an answer', async () => {
    const { data, response } = await client.GET('/bot/paths/{slug}', {
      params: { path: { slug: PATH }, query: { locale: 'fi' } },
    });
    expect(response.status).toBe(200);
    expectMatchesSchema(data, 'PathGraph');
    const graph = data!;
    expect(graph.firstStep).toBe('start');
    sent.push(event({ type: 'path_started', pathSlug: PATH }));
    let step = graph.steps.find((s) => s.key === graph.firstStep);
    for (let hops = 0; step && hops < graph.steps.length; hops++) {
      const option =
        step.options.find((o) => o.target.type === 'answer') ?? step.options.find((o) => o.target.type === 'step');
      expect(option).toBeDefined();
      sent.push(
        event({
          type: 'path_step',
          pathSlug: PATH,
          stepKey: step.key,
          option: option!.key ?? option!.label.slice(0, 60),
        }),
      );
      const target = option!.target;
      if (target.type !== 'step') {
        expect(target.type).toBe('answer');
        sent.push(event({ type: 'path_completed', pathSlug: PATH, stepKey: step.key }));
        break;
      }
      step = graph.steps.find((s) => s.key === target.step);
    }
    expect(sent.map((e) => e.type)).toContain('path_completed');
  });

  it('sends feedback and conversation_ended; every event is accepted, a replay counts only duplicates', async () => {
    sent.push(event({ type: 'feedback', pathSlug: PATH, helpful: true }), event({ type: 'conversation_ended' }));
    const first = await client.POST('/bot/events', { body: { events: sent } });
    expect([first.response.status, first.data]).toEqual([200, { data: { accepted: sent.length, duplicates: 0 } }]);
    const replay = await client.POST('/bot/events', { body: { events: sent } });
    expect(replay.data).toEqual({ data: { accepted: 0, duplicates: sent.length } });
    const rows = await t.strapi.db.connection('botkb_events').where({ event_id: sent[0].id }).count({ n: '*' });
    expect(Number(rows[0].n)).toBe(1);
  });

  it('reads the 400, 401, 403 and 404 envelopes through the generated types', async () => {
    const bad = await client.POST('/bot/events', {
      body: { events: [{ ...sent[0], id: 'x', timestamp: 'yesterday' }] },
    });
    const problem = (bad.error as Schemas['ValidationError'] | undefined)?.error.details.errors[0];
    expect([bad.response.status, problem?.path]).toEqual([400, ['events', 0, 'timestamp']]);
    const missing = await client.GET('/bot/paths/{slug}', { params: { path: { slug: 'ei-ole-olemassa' } } });
    const notFound = missing.error as Schemas['NotFoundError'] | undefined;
    expect([missing.response.status, notFound?.error.details.availableLocales]).toEqual([404, []]);
    const anonymous = createClient<paths>({ baseUrl: `${t.url}/api` });
    const noToken = await anonymous.GET('/bot/paths/{slug}', { params: { path: { slug: PATH } } });
    expect([noToken.response.status, noToken.error?.error.status]).toEqual([403, 403]);
    const unknown = createClient<paths>({ baseUrl: `${t.url}/api`, headers: { Authorization: 'Bearer not-a-token' } });
    const refused = await unknown.GET('/bot/paths/{slug}', { params: { path: { slug: PATH } } });
    expect([refused.response.status, refused.error?.error.status]).toEqual([401, 401]);
  });

  it('ask returns an askId, and feedback by askId alone is accepted', async () => {
    expect(askId).toMatch(/^[0-9a-f-]{36}$/);
    const { data } = await client.POST('/bot/events', {
      body: {
        events: [
          event({ type: 'feedback', askId: askId!, helpful: true }),
          event({ type: 'answer_shown', answerSlug: 'hammashoito-ajanvaraus', askId: askId! }),
        ],
      },
    });
    // The server records the ask's answer_shown itself (ask rollup) under the id the bot's event gets: whichever
    // arrives first is accepted, the other is a duplicate — counted once either way.
    expect(data?.data.accepted).toBeGreaterThanOrEqual(1);
    expect(Number(data?.data.accepted) + Number(data?.data.duplicates)).toBe(2);
    const shown = await t.strapi.db
      .connection('botkb_events')
      .where({ event_id: answerShownEventId(askId!, 'hammashoito-ajanvaraus') })
      .count({ n: '*' });
    expect(Number(shown[0].n)).toBe(1);
  });

  it('every path option has a key, and answer targets carry their body', async () => {
    const { data } = await client.GET('/bot/paths/{slug}', {
      params: { path: { slug: PATH }, query: { locale: 'sv' } },
    });
    const options = data!.steps.flatMap((s) => s.options);
    expect(options.every((o) => typeof o.key === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(o.key))).toBe(true);
    const answer = options.map((o) => o.target).find((x) => x.type === 'answer');
    expect(answer).toMatchObject({
      type: 'answer',
      body: expect.any(String),
      partners: expect.arrayContaining([]), // not any(Array): the array comes from another realm (fetch)
      urgent: expect.any(Boolean),
    });
  });

  it('reads an answer by slug, and 404 names the locales it exists in', async () => {
    const { data, response } = await client.GET('/bot/answers/{slug}', {
      params: { path: { slug: 'hammashoito-ajanvaraus' }, query: { locale: 'fi' } },
    });
    expect(response.status).toBe(200);
    expectMatchesSchema(data, 'BotAnswer');
    expect(data).toMatchObject({ slug: 'hammashoito-ajanvaraus', locale: 'fi', audience: 'resident' });
    const missing = await client.GET('/bot/answers/{slug}', { params: { path: { slug: 'ei-ole-olemassa' } } });
    const notFound = missing.error as Schemas['NotFoundError'] | undefined;
    expect([missing.response.status, notFound?.error.details.availableLocales]).toEqual([404, []]);
  });
});
