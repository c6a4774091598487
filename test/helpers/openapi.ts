/** Validates responses against cms/openapi/bot-api.json (the documented contract). */
import Ajv2020 from 'ajv/dist/2020';
import spec from '../../cms/openapi/bot-api.json';

const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema({ $id: 'bot-api', components: spec.components });

export function expectMatchesSchema(body: unknown, schemaName: keyof typeof spec.components.schemas): void {
  const validate = ajv.getSchema(`bot-api#/components/schemas/${schemaName}`);
  if (!validate) throw new Error(`no schema ${schemaName}`);
  if (!validate(body))
    throw new Error(
      `response does not match ${schemaName}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body).slice(0, 500)}`,
    );
}

/** The status codes the spec documents for an operation. */
export function documentedStatuses(path: keyof typeof spec.paths, method: string): string[] {
  return Object.keys((spec.paths[path] as Record<string, { responses: object }>)[method].responses);
}
