import type { Core } from '@strapi/strapi';
import { Server as NetServer } from 'node:net';

/** The load balancer's health check: 204 while this instance takes requests, 503 while starting or draining. */
export const READY_PATH = '/_ready';

export interface DrainOptions {
  /** Whether the instance can answer (e.g. search reachable). */
  isReady(): boolean;
  /** How long the instance keeps taking requests while reporting not ready (the load balancer's reaction time). */
  delayMs: number;
  /** Longest wait for requests in flight before shutting down anyway. */
  drainMs: number;
}

/**
 * A rolling restart loses nothing: on SIGTERM or SIGINT the instance reports
 * not ready and keeps serving for `delayMs` (until the load balancer's health
 * check has taken it out), then stops accepting connections (a load balancer
 * retries refused ones elsewhere), answers the requests in flight — each
 * response closes its keep-alive connection — and only then runs Strapi's shutdown, which
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
    strapi.log.info('[shutdown] not ready; draining');
    await new Promise((resolve) => setTimeout(resolve, opts.delayMs));
    const server = strapi.server.httpServer;
    // net.Server's close: http.Server's would also cut connections without a request in progress,
    // including accepted ones whose request has not been read yet. Idle keep-alive connections end at their timeout.
    const closed = new Promise<void>((resolve) => {
      if (server.listening) NetServer.prototype.close.call(server, () => resolve());
      else resolve();
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, opts.drainMs);
    });
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
