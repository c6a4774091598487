import { buildBotApiDocument } from './bot/bot-api-document';
import { analyticsApiDocument } from './analytics/analytics-api-document';

/** Every OpenAPI document generated from the contract: the file (from the repository root) and its builder. */
export const OPENAPI_DOCUMENTS: ReadonlyArray<{ file: string; build: () => object }> = [
  { file: 'cms/openapi/bot-api.json', build: buildBotApiDocument },
  { file: 'cms/openapi/analytics-api.json', build: analyticsApiDocument },
];

/** A document as it is committed: two-space JSON with a final newline. */
export function serializeOpenApi(document: object): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
