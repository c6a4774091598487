import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '..', '..');
const REDOCLY = join(ROOT, 'node_modules', '.bin', 'redocly');

/** Redocly CLI with the repository's redocly.yaml (recommended rules) over every API it lists. */
async function lint(): Promise<{ code: number; output: string }> {
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' };
  try {
    const { stdout, stderr } = await promisify(execFile)(REDOCLY, ['lint', '--format=summary'], { cwd: ROOT, env });
    return { code: 0, output: stdout + stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, output: err.stdout + err.stderr };
  }
}

describe('the generated OpenAPI documents', () => {
  it('pass Redocly lint (recommended rules) without errors', async () => {
    const { code, output } = await lint();
    const errors = [...output.matchAll(/^error (\S+): (\d+)$/gm)].map((m) => `${m[1]}: ${m[2]}`);
    expect({ code, errors }).toEqual({ code: 0, errors: [] });
    expect(output).toMatch(/bot-api\.json/);
    expect(output).toMatch(/analytics-api\.json/);
  }, 120_000);
});
