import type request from 'supertest';

/** A question-bank run as GET /analytics-api/question-bank/runs lists it. */
export type BankRun = {
  id: number;
  status: string;
  trigger: string;
  content: string;
  totals: Record<string, Record<string, number>>;
};

/** Waits until the newest run matching `match` has finished; throws when it failed or none finished in time. */
export async function finishedBankRun(
  session: { get(path: string): request.Test },
  match: (r: BankRun) => boolean,
  timeoutMs = 60_000,
): Promise<BankRun> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const runs: BankRun[] = (await session.get('/analytics-api/question-bank/runs?limit=50')).body.data;
    const run = runs.find(match);
    if (run?.status === 'failed' || run?.status === 'interrupted') throw new Error(`run ${run.id} ${run.status}`);
    if (run?.status === 'done') return run;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no finished run in time');
}
