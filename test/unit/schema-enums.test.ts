import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIENCES, HANDOFF_CHANNELS, OPTION_TARGETS } from '@botkb/contract/enums';
import { PARTNER_KINDS } from '@botkb/contract';

/**
 * Strapi's schema.json files cannot import: each enumeration repeats a contract enum, and this test
 * holds every one of them to it (a new enumeration needs its contract enum here).
 */
const CONTRACT_ENUMS: Record<string, readonly string[]> = {
  'api::answer.answer.audience': AUDIENCES,
  'api::answer.answer.handoff': HANDOFF_CHANNELS,
  'api::guidance-path.guidance-path.audience': AUDIENCES,
  'api::partner-service.partner-service.kind': PARTNER_KINDS,
  'guidance.option.target': OPTION_TARGETS,
  'guidance.option.handoff': HANDOFF_CHANNELS,
};

const SRC = join(__dirname, '..', '..', 'cms', 'src');
type Schema = { attributes: Record<string, { type: string; enum?: string[] }> };

/** Every schema.json of the CMS by UID: content types (api::name.name) and components (category.name). */
function schemas(): Array<[string, Schema]> {
  const read = (file: string): Schema => JSON.parse(readFileSync(file, 'utf8'));
  const out: Array<[string, Schema]> = [];
  for (const api of readdirSync(join(SRC, 'api'))) {
    const dir = join(SRC, 'api', api, 'content-types');
    if (!existsSync(dir)) continue; // an API of routes only (the bot API)
    for (const name of readdirSync(dir)) out.push([`api::${api}.${name}`, read(join(dir, name, 'schema.json'))]);
  }
  for (const category of readdirSync(join(SRC, 'components'))) {
    const dir = join(SRC, 'components', category);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')))
      out.push([`${category}.${file.slice(0, -'.json'.length)}`, read(join(dir, file))]);
  }
  return out;
}

const enumerations = schemas().flatMap(([uid, schema]) =>
  Object.entries(schema.attributes)
    .filter(([, a]) => a.type === 'enumeration')
    .map(([field, a]) => [`${uid}.${field}`, a.enum ?? []] as const),
);

describe('schema.json enumerations are the contract enums', () => {
  it('knows every enumeration of every content type and component', () => {
    expect(enumerations.map(([where]) => where).sort()).toEqual(Object.keys(CONTRACT_ENUMS).sort());
  });

  it.each(enumerations)('%s lists the contract enum', (where, values) => {
    expect(values).toEqual([...CONTRACT_ENUMS[where]]);
  });
});
