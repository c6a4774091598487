import type request from 'supertest';

/** The reports that take a period (`from`, `to`) and answer CSV as well (`format=csv`). */
export const RANGE_REPORTS = [
  'monthly-usage',
  'content-counts',
  'path-performance',
  'answer-performance',
  'unanswered-trend',
  'unanswered',
  'partner-clicks',
  'handoffs',
  'savings',
];

/** Whether a 400 names where the problem is: `error.details.errors[0].path`, or `details.key`. */
function namesItsField(res: request.Response): boolean {
  const details = res.body?.error?.details ?? {};
  const path = details.errors?.[0]?.path ?? (details.key !== undefined ? [details.key] : undefined);
  return (
    Array.isArray(path) && path.length > 0 && path.every((p: unknown) => typeof p === 'string' || typeof p === 'number')
  );
}

/** Fails, quoting `what` and the answer: on a 5xx, an answer that took `slowMs` or more, a 400 naming no field. */
export function expectSane(res: request.Response, ms: number, what: string, slowMs: number): void {
  const label = `${what} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;
  expect([label, res.status < 500]).toEqual([label, true]);
  expect([label, ms < slowMs]).toEqual([label, true]);
  if (res.status === 400) expect([label, namesItsField(res)]).toEqual([label, true]);
}
