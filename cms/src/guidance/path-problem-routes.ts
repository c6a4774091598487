import type { Core } from '@strapi/strapi';
import { CONTENT_LOCALES, DEFAULT_LOCALE } from '../bootstrap/ensure-locales';
import { PATH_UID } from '../content-uids';
import { failValidation } from '../validation-failure';
import { findPathProblems } from './find-path-problems';

type Ctx = { params: { documentId: string }; query: Record<string, unknown>; body: unknown };

const LOCALE_CODES: readonly string[] = CONTENT_LOCALES.map((l) => l.code);

/**
 * Staff API for the path editor (admin-panel sessions that may read guidance paths in the
 * content manager), mounted at /guidance-api:
 * `GET /guidance-api/paths/:documentId/problems?locale=fi` lists every problem of the saved draft.
 */
export function pathProblemRoutes(strapi: Core.Strapi) {
  const readPaths = {
    name: 'admin::hasPermissions',
    config: { actions: [['plugin::content-manager.explorer.read', PATH_UID]] },
  };
  return {
    type: 'admin' as const,
    prefix: '/guidance-api',
    routes: [
      {
        method: 'GET',
        path: '/paths/:documentId/problems',
        handler: async (ctx: Ctx) => {
          const locale = ctx.query.locale ?? DEFAULT_LOCALE;
          if (typeof locale !== 'string' || !LOCALE_CODES.includes(locale)) {
            failValidation(['locale'], `must be one of ${LOCALE_CODES.join(', ')}`);
          }
          const problems = await findPathProblems(strapi, ctx.params.documentId, locale);
          ctx.body = { data: { documentId: ctx.params.documentId, locale, problems } };
        },
        config: { policies: ['admin::isAuthenticatedAdmin', readPaths] },
      },
    ],
  };
}
