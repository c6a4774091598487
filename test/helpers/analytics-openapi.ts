/** Validates analytics responses against cms/openapi/analytics-api.json (generated from the contract). */
import Ajv2020 from 'ajv/dist/2020';
import spec from '../../cms/openapi/analytics-api.json';

type Paths = typeof spec.paths;
type Method<P extends keyof Paths> = Extract<keyof Paths[P], string>;
interface Response {
  $ref?: string;
  content?: { 'application/json'?: { schema: object } };
}
interface Responses {
  responses: Record<string, Response>;
}
const shared = spec.components.responses as Record<string, Response>;

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema({ $id: 'analytics-api', components: spec.components });

/**
 * Throws unless `body` is what the document says `method path` answers with `status`
 * (the path as documented, e.g. `/analytics-api/unanswered/{id}`).
 */
export function expectAnalyticsResponse<P extends keyof Paths>(
  body: unknown,
  path: P,
  method: Method<P>,
  status = 200,
): void {
  const operation = spec.paths[path][method] as unknown as Responses;
  const listed = operation.responses[String(status)];
  // Error answers are shared: `#/components/responses/<name>`.
  const response = listed?.$ref ? shared[listed.$ref.split('/').at(-1)!] : listed;
  const schema = response?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`${method.toUpperCase()} ${path} documents no JSON answer for ${status}`);
  // The document's $refs point at #/components/schemas: resolve them in the registered document.
  const ref = JSON.stringify(schema).replaceAll('"#/components/', '"analytics-api#/components/');
  const validate = ajv.compile(JSON.parse(ref));
  if (!validate(body)) {
    const errors = ajv.errorsText(validate.errors);
    throw new Error(
      `${method.toUpperCase()} ${path} answer does not match the contract: ${errors}\n${JSON.stringify(body).slice(0, 500)}`,
    );
  }
}
