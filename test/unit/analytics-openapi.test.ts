import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ANALYTICS_OPERATIONS } from '../../contract/src/analytics/analytics-operations';
import { expectAnalyticsResponse } from '../helpers/analytics-openapi';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');
const ANALYTICS_OPENAPI_FILE = join(ROOT, 'cms', 'openapi', 'analytics-api.json');

describe('cms/openapi/analytics-api.json', () => {
  it('documents every analytics operation with its roles, a 401 and a 403', () => {
    const doc = JSON.parse(readFileSync(ANALYTICS_OPENAPI_FILE, 'utf8'));
    const documented = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item as Record<string, { responses: object; 'x-roles': string[] }>).map(([method, op]) => ({
        at: `${method.toUpperCase()} ${path}`,
        roles: op['x-roles'].length > 0,
        auth: ['401', '403'].every((code) => code in op.responses),
      })),
    );
    expect(documented).toHaveLength(ANALYTICS_OPERATIONS.length);
    expect(documented.filter((op) => !op.roles || !op.auth)).toEqual([]);
  });

  it('passes Redocly lint with no error and no warning', async () => {
    const bin = join(ROOT, 'node_modules', '.bin', 'redocly');
    const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
    const { stdout } = await run(bin, ['lint', '--format=json', ANALYTICS_OPENAPI_FILE], { env, cwd: ROOT });
    const report = JSON.parse(stdout) as { totals: { errors: number; warnings: number } };
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 60_000);

  it('lets the suite catch an answer that drifted from it (a field missing, one undocumented)', () => {
    const meta = { from: '2026-01-01', to: '2026-01-31', partialMonths: [] };
    const row = {
      id: '2026-01',
      month: '2026-01',
      conversations: 1,
      messages: 1,
      questions: 1,
      answered: 1,
      unanswered: 0,
      answeredRate: 1,
      unansweredRate: 0,
      handoffs: 0,
      handoffConversations: 0,
      handoffRate: 0,
      feedbackHelpful: 0,
      feedbackUnhelpful: 0,
      helpfulRate: null,
      resolvedByBot: 1,
      resolvedRate: 1,
    };
    const check = (r: object) => () =>
      expectAnalyticsResponse({ data: [r], total: 1, meta }, '/analytics-api/monthly-usage', 'get');
    expect(check(row)).not.toThrow();
    const { handoffConversations: _dropped, ...old } = row;
    expect(check(old)).toThrow(/handoffConversations/);
    expect(check({ ...row, extra: 1 })).toThrow(/additional/);
    const error = { data: null, error: { status: 400, name: 'ValidationError', message: 'to: x', details: {} } };
    expect(() => expectAnalyticsResponse(error, '/analytics-api/monthly-usage', 'get', 400)).not.toThrow();
  });
});
