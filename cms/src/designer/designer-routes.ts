import type { Core } from '@strapi/strapi';
import { PATH_UID } from '../content-uids';
import { failValidation } from '../validation-failure';
import { designerSaveSchema } from './designer-steps-schema';
import type { DesignerStep } from './designer-path';
import { listDesignerPaths, publishDesignerPath, readDesignerPath, saveDesignerPath } from './designer-service';

type Ctx = { params: { documentId: string }; request: { body?: unknown }; body: unknown };

/** Strapi's policy that the admin user holds the content manager's `action` on guidance paths. */
const mayDo = (action: 'read' | 'update' | 'publish') => ({
  name: 'admin::hasPermissions',
  config: { actions: [[`plugin::content-manager.explorer.${action}`, PATH_UID]] },
});

/**
 * The guidance path designer's API (admin-panel sessions), mounted at /guidance-api/designer:
 * list paths, read one as one structure with fi and sv texts, save it as a draft, publish it.
 */
export function designerRoutes(strapi: Core.Strapi) {
  const route = (
    method: string,
    path: string,
    action: 'read' | 'update' | 'publish',
    handler: (ctx: Ctx) => Promise<unknown>,
  ) => ({
    method,
    path,
    handler: async (ctx: Ctx) => {
      ctx.body = { data: await handler(ctx) };
    },
    config: { policies: ['admin::isAuthenticatedAdmin', mayDo(action)] },
  });
  return {
    type: 'admin' as const,
    prefix: '/guidance-api/designer',
    routes: [
      route('GET', '/paths', 'read', () => listDesignerPaths(strapi)),
      route('GET', '/paths/:documentId', 'read', (ctx) => readDesignerPath(strapi, ctx.params.documentId)),
      route('PUT', '/paths/:documentId', 'update', (ctx) => {
        const parsed = designerSaveSchema.safeParse(ctx.request.body);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          // A field the body may not have is named itself, not the object holding it.
          const path = [...issue.path, ...(issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [])];
          failValidation(
            path.length ? path.map((p) => (typeof p === 'number' ? p : String(p))) : ['body'],
            issue.message,
          );
        }
        return saveDesignerPath(strapi, ctx.params.documentId, parsed.data.steps as DesignerStep[]);
      }),
      route('POST', '/paths/:documentId/publish', 'publish', (ctx) =>
        publishDesignerPath(strapi, ctx.params.documentId),
      ),
    ],
  };
}
