import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { EVENT_TYPES, OPENAPI_DOCUMENTS, botEventSchema, serializeOpenApi } from '@botkb/contract';

const ROOT = join(__dirname, '..', '..');
const botApi = JSON.parse(readFileSync(join(ROOT, 'cms/openapi/bot-api.json'), 'utf8'));

type MediaType = { schema?: { $ref?: string }; example?: unknown; examples?: Record<string, { value: unknown }> };
type Operation = {
  requestBody?: { content: Record<string, MediaType> };
  responses: Record<string, { content?: Record<string, MediaType> }>;
};

/** Every example of the document: where it is, the schema it claims to match and its value. */
function examplesOf(spec: { paths: Record<string, Record<string, Operation>> }) {
  const out: Array<{ where: string; ref: string; value: unknown }> = [];
  for (const [path, operations] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(operations)) {
      const media = [
        ['request', op.requestBody?.content['application/json']] as const,
        ...Object.entries(op.responses).map(([status, r]) => [status, r.content?.['application/json']] as const),
      ];
      for (const [what, m] of media) {
        if (!m?.schema?.$ref) continue;
        const values = m.example !== undefined ? { example: m.example } : {};
        for (const [name, e] of Object.entries(m.examples ?? {})) Object.assign(values, { [name]: e.value });
        for (const [name, value] of Object.entries(values)) {
          out.push({ where: `${method} ${path} ${what} ${name}`, ref: m.schema.$ref, value });
        }
      }
    }
  }
  return out;
}

describe('the bot API contract (@botkb/contract)', () => {
  it.each(OPENAPI_DOCUMENTS.map((d) => [d.file, d] as const))('%s is what the contract generates', (file, d) => {
    const committed = readFileSync(join(ROOT, file), 'utf8');
    const hint = `${file} is stale: run \`npm run openapi\` and commit it`;
    expect({ hint, equal: committed === serializeOpenApi(d.build()) }).toEqual({ hint, equal: true });
  });

  it('maps every event type to its own schema, so generated clients type `type` as the literal', () => {
    const union = botApi.components.schemas.UsageEvent;
    expect(union.discriminator.propertyName).toBe('type');
    expect(Object.keys(union.discriminator.mapping)).toEqual([...EVENT_TYPES]);
    for (const [type, ref] of Object.entries<string>(union.discriminator.mapping)) {
      const name = ref.replace('#/components/schemas/', '');
      expect([type, botApi.components.schemas[name].properties.type.const]).toEqual([type, type]);
    }
  });

  it('documents 401 and 503 on every endpoint, 404 with availableLocales on paths and answers', () => {
    for (const [path, ops] of Object.entries<Record<string, Operation>>(botApi.paths)) {
      for (const op of Object.values(ops))
        expect([path, Object.keys(op.responses)]).toEqual([path, expect.arrayContaining(['401', '503'])]);
    }
    for (const path of ['/bot/paths/{slug}', '/bot/answers/{slug}'])
      expect(botApi.paths[path].get.responses['404']).toBeDefined();
    const notFound = botApi.components.schemas.NotFoundError.properties.error.properties.details;
    expect(notFound.required).toContain('availableLocales');
    const problem =
      botApi.components.schemas.ValidationError.properties.error.properties.details.properties.errors.items;
    expect(problem.required).toEqual(['path', 'message']);
  });

  const examples = examplesOf(botApi);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema({ $id: 'bot-api', components: botApi.components });

  it('has an example for ask, paths, answers and events, covering every event type', () => {
    expect(new Set(examples.map((e) => e.where.split(' ')[1]))).toEqual(
      new Set(['/bot/ask', '/bot/paths/{slug}', '/bot/answers/{slug}', '/bot/events']),
    );
    const events = examples.flatMap((e) =>
      e.ref.endsWith('/EventBatch') ? (e.value as { events: Array<{ type: string }> }).events : [],
    );
    expect([...new Set(events.map((e) => e.type))].sort()).toEqual([...EVENT_TYPES].sort());
  });

  it.each(examples.map((e) => [e.where, e] as const))('example %s matches its schema', (_where, e) => {
    const validate = ajv.getSchema(`bot-api${e.ref}`)!;
    expect(validate(e.value) ? [] : validate.errors).toEqual([]);
  });

  it('accepts the example events with the same zod schema the server validates with', () => {
    const events = examples.flatMap((e) =>
      e.ref.endsWith('/EventBatch') ? (e.value as { events: unknown[] }).events : [],
    );
    for (const event of events) expect(botEventSchema.safeParse(event).error).toBeUndefined();
  });
});
