import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const COMMITTED = join(ROOT, 'cms', 'types', 'generated');

describe("Strapi's generated content types (cms/types/generated)", () => {
  let fresh: string;
  beforeAll(() => {
    fresh = mkdtempSync(join(tmpdir(), 'botkb-types-check-'));
    // Registers the compiled CMS (cms/dist, built by the test runner) and writes the types anew.
    execFileSync(process.execPath, [join(ROOT, 'cms', 'scripts', 'generate-types.mjs'), '--out', fresh], {
      stdio: 'pipe',
    });
  }, 120_000);
  afterAll(() => rmSync(fresh, { recursive: true, force: true }));

  it('has the files Strapi writes', () => {
    expect(readdirSync(join(fresh, 'generated')).sort()).toEqual(readdirSync(COMMITTED).sort());
  });

  it.each(['contentTypes.d.ts', 'components.d.ts'])('%s is what the schemas generate', (file) => {
    const committed = readFileSync(join(COMMITTED, file), 'utf8');
    const generated = readFileSync(join(fresh, 'generated', file), 'utf8');
    const hint = `cms/types/generated/${file} is stale: run \`npm run types\` and commit it`;
    expect({ hint, equal: committed === generated }).toEqual({ hint, equal: true });
  });
});
