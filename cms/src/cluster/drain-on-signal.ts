import type { Core } from '@strapi/strapi';

/** The load balancer's health check: 204 while this instance takes requests, 503 while starting or draining. */
export const READY_PATH = '/_ready';

export interface DrainOptions {
  /** Whether the instance can answer (e.g. search reachable). */
  isReady(): boolean;
  /** Longest wait for requests in flight before shutting down anyway. */
  drainMs: number;
}

/**
 * A rolling restart loses nothing: on SIGTERM or SIGINT the instance reports
 * not ready, stops accepting connections (a load balancer retries refused ones
 * on another instance), answers the requests in flight — each response closes
 * its keep-alive connection — and only then runs Strapi's shutdown, which
 * flushes recorded asks and stops the sync worker (index.ts `destroy`).
 * Replaces Strapi's own signal handler, which cuts open connections at once.
 */
export function drainOnSignal(strapi: Core.Strapi, opts: DrainOptions): void {
  let draining = false;
  strapi.server.use(async (ctx: any, next: () => Promise<void>) => {
    if (ctx.path === READY_PATH) {
      ctx.status = !draining && opts.isReady() ? 204 : 503;
      ctx.set('Connection', 'close');
      return;
    }
    await next();
    if (draining) ctx.set('Connection', 'close');
  });
  const drain = async () => {
    if (draining) return;
    draining = true;
    strapi.log.info('[shutdown] draining: no new connections, finishing requests in flight');
    const server = strapi.server.httpServer;
    const closed = new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => { timer = setTimeout(resolve, opts.drainMs); });
    await Promise.race([closed, timeout]);
    clearTimeout(timer);
    await strapi.destroy();
    process.exit(0);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.removeAllListeners(signal);
    process.once(signal, () => {
      drain().catch((error) => {
        strapi.log.error(`[shutdown] failed: ${error instanceof Error ? error.message : error}`);
        process.exit(1);
      });
    });
  }
}
