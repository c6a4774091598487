import type { ChildProcess } from 'node:child_process';

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
