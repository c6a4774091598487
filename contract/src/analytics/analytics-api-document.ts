import { z } from 'zod';
import { errorResponseSchema } from './error-response';
import { ANALYTICS_OPERATIONS, NAMED_ROWS, type AnalyticsOperation } from './analytics-operations';

type Json = Record<string, unknown>;

const REF = '#/components/schemas/';

const ERRORS = {
  400: ['BadRequest', 'Bad input: `error.details.errors[0].path` names the field'],
  401: ['Unauthorized', 'No admin-panel session, or it expired: log in again'],
  403: ['Forbidden', 'Logged in, but the role may not do this (or not an analytics role)'],
  404: ['NotFound', 'No such record'],
  429: ['TooManyRequests', 'Too many requests from this user: wait `Retry-After` seconds'],
  503: ['SearchUnavailable', 'Search is not reachable yet: try again shortly'],
} as const;

const TAGS = [
  { name: 'reports', description: 'Figures per month, entry, partner and handoff (react-admin lists, CSV export)' },
  { name: 'unanswered', description: 'Groups of unanswered questions and their triage' },
  { name: 'settings', description: 'The user, savings parameters and test traffic' },
  { name: 'workbench', description: 'Trying questions, the knowledge autocomplete and content health' },
  { name: 'question-bank', description: 'Questions with the entries that should answer them, and their runs' },
  { name: 'simulation', description: 'The resource simulation: staff hours, persons and costs per channel' },
];

/** JSON Schema (2020-12, as OpenAPI 3.1 uses) of a zod schema, without the `$schema` key. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Json {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json;
  return rest;
}

/** The components of one direction (requests: input, answers: output), each named schema referenced by `$ref`. */
function components(named: ReadonlyArray<readonly [string, z.ZodType]>, io: 'input' | 'output'): Json {
  const registry = z.registry<{ id: string }>();
  const ids = new Set<string>();
  for (const [id, schema] of named) {
    // Operations with the same answer name build equal schemas: the first one is the component.
    if (ids.has(id) || registry.has(schema)) continue;
    ids.add(id);
    registry.add(schema, { id });
  }
  const { schemas } = z.toJSONSchema(registry, { io, unrepresentable: 'any', uri: (id) => REF + id });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _drop, $id: _id, ...rest } = schema as Json;
      return [id, rest];
    }),
  );
}

/** The query parameters of an operation, one per key of its query schema. */
function queryParameters(query: z.ZodObject): Json[] {
  return Object.entries(query.shape).map(([name, field]) => {
    const schema = jsonSchema(field as z.ZodType, 'input');
    const { description, ...rest } = schema;
    return { name, in: 'query', required: false, ...(description ? { description } : {}), schema: rest };
  });
}

/** The `{param}` parts of a path as path parameters (row ids: digit strings). */
function pathParameters(path: string): Json[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    description: name === 'tokenId' ? 'the id of a bot API token' : 'a row id (positive 32-bit integer)',
    schema: { type: 'string', pattern: '^\\d{1,10}$' },
  }));
}

function errorResponses(op: AnalyticsOperation): Json {
  const codes = [400, 401, 403, 429, ...(op.errors ?? [])] as Array<keyof typeof ERRORS>;
  return Object.fromEntries(codes.map((code) => [String(code), { $ref: `#/components/responses/${ERRORS[code][0]}` }]));
}

function operation(op: AnalyticsOperation): Json {
  const content: Json = { 'application/json': { schema: { $ref: REF + op.responseName } } };
  if (op.csv) content['text/csv'] = { schema: { type: 'string', description: 'all rows, no paging (format=csv)' } };
  const out: Json = {
    operationId: op.operationId,
    summary: op.summary,
    description: `Roles: ${op.roles.join(', ')}.`,
    tags: [op.tag],
    'x-roles': op.roles,
    parameters: [...pathParameters(op.path), ...(op.query ? queryParameters(op.query) : [])],
    responses: { [String(op.status ?? 200)]: { description: 'OK', content }, ...errorResponses(op) },
  };
  if (op.body && op.bodyName) {
    out.requestBody = {
      required: op.method !== 'post' || op.bodyName !== 'BankRunRequest',
      content: { 'application/json': { schema: { $ref: REF + op.bodyName } } },
    };
  }
  return out;
}

/** The OpenAPI 3.1 document of /analytics-api, built from the contract's schemas and operation list. */
export function analyticsApiDocument(): Json {
  const paths: Record<string, Json> = {};
  for (const op of ANALYTICS_OPERATIONS) {
    const item = (paths[`/analytics-api${op.path}`] ??= {});
    item[op.method] = operation(op);
  }
  const answers = ANALYTICS_OPERATIONS.map((op) => [op.responseName, op.response] as const);
  const requests = ANALYTICS_OPERATIONS.flatMap((op) =>
    op.body && op.bodyName ? [[op.bodyName, op.body] as const] : [],
  );
  const schemas = {
    ...components([['Error', errorResponseSchema], ...NAMED_ROWS, ...answers], 'output'),
    ...components(requests, 'input'),
  };
  const responses = Object.fromEntries(
    Object.entries(ERRORS).map(([code, [name, description]]) => {
      const headers =
        code === '429' ? { 'Retry-After': { description: 'seconds to wait', schema: { type: 'integer' } } } : undefined;
      return [
        name,
        {
          description,
          ...(headers ? { headers } : {}),
          content: { 'application/json': { schema: { $ref: `${REF}Error` } } },
        },
      ];
    }),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'Botkb analytics API',
      version: '1.0.0',
      license: { name: 'MIT', identifier: 'MIT' },
      description: [
        'Reports and triage for the analytics UI (served at /analytics/ on the same origin).',
        'Admin-panel sessions only: `POST /admin/login` with `{ email, password }` answers `data.token`;',
        'send it as `Authorization: Bearer <token>`. Roles: manager, content_expert, admin (super admin).',
        'Lists answer `{ data, total, meta }`; rates are fractions 0–1 or null; months are YYYY-MM.',
        'Generated from the zod contract (`contract/src/analytics/`); guide: `cms/openapi/analytics-api.md`.',
      ].join('\n'),
    },
    servers: [{ url: '/', description: 'the CMS origin' }],
    security: [{ adminSession: [] }],
    tags: TAGS,
    paths,
    components: {
      securitySchemes: {
        adminSession: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'The admin-panel session token from POST /admin/login (`data.token`)',
        },
      },
      schemas,
      responses,
    },
  };
}
