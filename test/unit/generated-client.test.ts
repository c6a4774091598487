import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { BOT_API_SPEC, COMMITTED_TYPES, ROOT, SCRATCH_DIR, generateClientTypes } from '../helpers/generated-client';

const DIR = join(SCRATCH_DIR, 'client-check');
const spec = JSON.parse(readFileSync(BOT_API_SPEC, 'utf8'));
type Media = { example?: unknown; examples?: Record<string, { value: unknown }> };
const valuesOf = (m: Media | undefined) => [
  ...(m?.example === undefined ? [] : [m.example]),
  ...Object.values(m?.examples ?? {}).map((e) => e.value),
];
const json = (v: unknown) => JSON.stringify(v, null, 2);
const op = (path: string, method: string) => spec.paths[path][method];
const requestExamples = (path: string) => valuesOf(op(path, 'post').requestBody.content['application/json']);
const responseExample = (path: string, method: string) =>
  valuesOf(op(path, method).responses['200'].content['application/json'])[0];

/** An integrator's program using only openapi-fetch and the generated types, with every example of the spec. */
function integratorProgram(): string {
  const events = requestExamples('/bot/events').flatMap((b) => (b as { events: unknown[] }).events);
  const lines = [
    "import createClient from 'openapi-fetch';",
    "import type { components, paths } from './bot-api';",
    "const headers = { Authorization: 'Bearer t' };",
    "const client = createClient<paths>({ baseUrl: 'http://localhost:1337/api', headers });",
    'export async function run(): Promise<void> {',
    ...requestExamples('/bot/ask').map((b) => `  await client.POST('/bot/ask', { body: ${json(b)} });`),
    "  const asked = await client.POST('/bot/ask', { body: { question: 'q', locale: 'fi' } });",
    '  if (asked.data?.answer) { const title: string = asked.data.answer.title; void title; }',
    "  const params = { path: { slug: 'p' }, query: { locale: 'sv' as const } };",
    "  const path = await client.GET('/bot/paths/{slug}', { params });",
    '  for (const step of path.data?.steps ?? []) {',
    "    for (const o of step.options) if (o.target.type === 'answer') void o.target.slug;",
    '  }',
    "  await client.GET('/bot/answers/{slug}', { params: { path: { slug: 'a' }, query: { locale: 'fi' } } });",
    ...requestExamples('/bot/events').map((b) => `  await client.POST('/bot/events', { body: ${json(b)} });`),
    ...events.map((e) => `  await client.POST('/bot/events', { body: { events: [${json(e)}] } });`),
    '}',
    `export const askResponse: components['schemas']['AskResponse'] = ${json(responseExample('/bot/ask', 'post'))};`,
    `export const graph: components['schemas']['PathGraph'] = ${json(responseExample('/bot/paths/{slug}', 'get'))};`,
    `export const answer: components['schemas']['BotAnswer'] = ${json(responseExample('/bot/answers/{slug}', 'get'))};`,
  ];
  return `${lines.join('\n')}\n`;
}

const TSCONFIG = {
  compilerOptions: {
    strict: true,
    noEmit: true,
    target: 'ES2022',
    lib: ['ES2022', 'DOM'],
    module: 'node16',
    moduleResolution: 'node16',
    skipLibCheck: true,
    types: [],
  },
  files: ['integrator.ts'],
};

describe('a client generated from bot-api.json (openapi-typescript + openapi-fetch)', () => {
  beforeAll(() => {
    rmSync(DIR, { recursive: true, force: true });
    mkdirSync(DIR, { recursive: true });
  });

  it('type-checks an integrator program with every example of the spec', async () => {
    await generateClientTypes(BOT_API_SPEC, join(DIR, 'bot-api.ts'));
    writeFileSync(join(DIR, 'integrator.ts'), integratorProgram());
    writeFileSync(join(DIR, 'tsconfig.json'), JSON.stringify(TSCONFIG));
    const tsc = join(ROOT, 'node_modules', '.bin', 'tsc');
    const result = await promisify(execFile)(tsc, ['-p', DIR]).then(
      () => '',
      (e: { stdout: string }) => e.stdout,
    );
    expect(result).toBe('');
  }, 120_000);

  it('is committed as test/generated/bot-api.ts, current with the spec', () => {
    const hint = 'test/generated/bot-api.ts is stale: run `npx openapi-typescript` and commit it';
    const equal = readFileSync(COMMITTED_TYPES, 'utf8') === readFileSync(join(DIR, 'bot-api.ts'), 'utf8');
    expect({ hint, equal }).toEqual({ hint, equal: true });
  });
});
