import type { ChildProcess } from 'node:child_process';
import { searchDocumentId } from '@botkb/search';

let calls = 0;

/**
 * A call a CMS instance process (cms-instance.js) makes over IPC: Document Service `{ uid, action, params }`
 * or service `{ service, method, args }`; resolves with its result.
 */
export function callInstance(child: ChildProcess, message: object): Promise<any> {
  const id = ++calls;
  return new Promise((resolve, reject) => {
    const onMessage = (m: { id: number; result?: unknown; error?: string }) => {
      if (m.id !== id) return;
      child.off('message', onMessage);
      if (m.error) reject(new Error(m.error));
      else resolve(m.result);
    };
    child.on('message', onMessage);
    child.send({ id, ...message });
  });
}

/** Polls `check` until it holds; returns the milliseconds it took (throws after `timeoutMs`). */
export async function within(timeoutMs: number, check: () => Promise<boolean>, everyMs = 50): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`not reached within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return Date.now() - started;
}

/** An answer's Document Service data with one phrasing (its title in lower case). */
export const answerData = (slug: string, title: string, body: string) => ({
  slug,
  title,
  body,
  audience: 'resident',
  phrasings: [{ text: title.toLowerCase() }],
});

/** The body of the answer as the suite's Finnish index holds it (null when it is not there). */
export async function indexedAnswerBody(env: NodeJS.ProcessEnv, documentId: string): Promise<string | null> {
  const uid = `${env.MEILI_INDEX_PREFIX}fi`;
  const url = `${env.MEILI_HOST}/indexes/${uid}/documents/${searchDocumentId('answer', documentId)}`;
  const res = await fetch(url, { headers: { authorization: `Bearer ${env.MEILI_MASTER_KEY}` } });
  return res.status === 200 ? ((await res.json()) as { body: string }).body : null;
}

/** `describe` on PostgreSQL (several instances share a database only there); skipped with a note elsewhere. */
export function postgresOnlyDescribe(file: string): jest.Describe {
  if (process.env.DATABASE_CLIENT === 'postgres') return describe;
  console.log(`${file} skipped: several instances share PostgreSQL only (DATABASE_CLIENT=postgres)`);
  return describe.skip;
}
