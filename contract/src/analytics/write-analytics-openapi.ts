import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyticsApiDocument } from './analytics-api-document';

/** Where the analytics API's OpenAPI document is committed. */
export const ANALYTICS_OPENAPI_FILE = join(__dirname, '..', '..', '..', 'cms', 'openapi', 'analytics-api.json');

/** The document as it is written: two-space JSON and a final newline. */
export const analyticsApiJson = (): string => `${JSON.stringify(analyticsApiDocument(), null, 2)}\n`;

// lead: fold into write-openapi.ts's list ({ file: ANALYTICS_OPENAPI_FILE, build: analyticsApiDocument }).
if (require.main === module) {
  writeFileSync(ANALYTICS_OPENAPI_FILE, analyticsApiJson());
  console.log(`wrote ${ANALYTICS_OPENAPI_FILE}`);
}
