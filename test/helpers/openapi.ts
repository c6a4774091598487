/** Validates responses against cms/openapi/bot-api.json (the documented contract). */
import Ajv2020 from 'ajv/dist/2020';
import spec from '../../cms/openapi/bot-api.json';

const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema({ $id: 'bot-api', components: withIssue18(spec.components) });

type Schema = Record<string, any>;

/**
 * The bot-API changes decided for issue 18 (askId, audience, option keys, answer targets, GET
 * /bot/answers), added to the committed bot-api.json where it does not have them yet: the contract
 * workspace generates them into it. Does nothing once the generated file has them.
 */
function withIssue18(components: Schema): Schema {
  const c = structuredClone(components);
  const s = c.schemas as Schema;
  if (s.AskResponse.properties.askId) return c;
  const audience = { enum: ['resident', 'professional', 'business', 'city'] };
  const uuid = { type: 'string', format: 'uuid' };
  const addTo = (schema: Schema, properties: Schema) => {
    Object.assign(schema.properties, properties);
    schema.required = [...(schema.required ?? []), ...Object.keys(properties)];
  };
  addTo(s.AskResponse, { askId: uuid });
  addTo(s.Answer, { audience, audienceMatch: { type: 'boolean' } });
  addTo(s.Suggestion, { audience });
  const partners = { type: 'array', items: { $ref: '#/components/schemas/Partner' } };
  const handoff = { type: ['string', 'null'] };
  const answerTarget = s.Target.oneOf.find((t: Schema) => t.properties.type.const === 'answer');
  addTo(answerTarget, { body: { type: 'string' }, partners, handoff, urgent: { type: 'boolean' } });
  const option = s.PathGraph.properties.steps.items.properties.options.items;
  addTo(option, { key: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', maxLength: 60 } });
  s.Event_answer_shown.properties.askId = uuid;
  s.Event_feedback.properties.askId = uuid;
  const noSlug = { anyOf: [{ required: ['answerSlug'] }, { required: ['pathSlug'] }] };
  s.Event_feedback.oneOf.push({ required: ['askId'], not: noSlug });
  s.BotAnswer = {
    type: 'object', additionalProperties: false,
    required: ['slug', 'locale', 'title', 'body', 'audience', 'topic', 'partners', 'handoff', 'urgent', 'translations'],
    properties: {
      slug: { type: 'string' }, locale: { enum: ['fi', 'sv'] }, title: { type: 'string' }, body: { type: 'string' },
      audience, topic: { type: ['string', 'null'] }, partners, handoff, urgent: { type: 'boolean' },
      translations: { type: 'array', items: { enum: ['fi', 'sv'] } },
    },
  };
  return c;
}

type SchemaName = keyof typeof spec.components.schemas | 'BotAnswer';

export function expectMatchesSchema(body: unknown, schemaName: SchemaName): void {
  const validate = ajv.getSchema(`bot-api#/components/schemas/${schemaName}`);
  if (!validate) throw new Error(`no schema ${schemaName}`);
  if (!validate(body)) throw new Error(`response does not match ${schemaName}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body).slice(0, 500)}`);
}

/** The status codes the spec documents for an operation. */
export function documentedStatuses(path: keyof typeof spec.paths, method: string): string[] {
  return Object.keys((spec.paths[path] as Record<string, { responses: object }>)[method].responses);
}
