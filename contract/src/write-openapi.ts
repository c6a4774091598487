/** `npm run openapi`: writes every OpenAPI document generated from the contract. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPENAPI_DOCUMENTS, serializeOpenApi } from './openapi-documents';

const root = join(__dirname, '..', '..');
for (const { file, build } of OPENAPI_DOCUMENTS) {
  writeFileSync(join(root, file), serializeOpenApi(build()));
  console.log(`wrote ${file}`);
}
