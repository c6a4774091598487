import type { Core } from '@strapi/strapi';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** Where the built analytics UI lives (`npm run -w admin-ui build`); ANALYTICS_UI_DIR overrides it. */
function analyticsUiDir(strapi: Core.Strapi): string {
  const configured = strapi.config.get('analytics.uiDir') as string | null;
  return configured ?? resolve(__dirname, '..', '..', '..', '..', 'admin-ui', 'dist');
}

/**
 * Serves the analytics UI at /analytics/ from the same origin as the API:
 * hashed assets cached for a year, every other path answered with index.html
 * (client-side routing).
 */
export function serveAnalyticsUi(strapi: Core.Strapi): void {
  const root = analyticsUiDir(strapi);
  const handler = async (ctx: any) => {
    if (ctx.path === '/analytics') return ctx.redirect('/analytics/');
    if (!ctx.path.startsWith('/analytics/')) return ctx.notFound();
    const index = join(root, 'index.html');
    if (!existsSync(index)) {
      ctx.status = 503;
      ctx.type = 'text/plain; charset=utf-8';
      ctx.body = 'The analytics UI is not built yet: run `npm start` (or `npm run -w admin-ui build`).';
      return;
    }
    const rel = normalize(decodeURIComponent(ctx.path.slice('/analytics/'.length))).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, rel);
    const isAsset = rel !== '.' && rel !== '' && file.startsWith(root) && existsSync(file) && statSync(file).isFile();
    const target = isAsset ? file : index;
    ctx.type = TYPES[extname(target)] ?? 'application/octet-stream';
    ctx.set('Cache-Control', isAsset && rel.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    ctx.body = readFileSync(target);
  };
  strapi.server.routes([
    { method: 'GET', path: '/analytics', handler, config: { auth: false } },
    { method: 'GET', path: '/analytics/(.*)', handler, config: { auth: false } },
  ]);
}
