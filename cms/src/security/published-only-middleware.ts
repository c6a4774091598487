import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const READ_ACTIONS = ['findOne', 'findMany', 'findFirst', 'count'];
const SAFE_METHODS = ['GET', 'HEAD'];

interface RequestState {
  route?: { info?: { type?: string } };
  auth?: { strategy?: { name?: string }; credentials?: { type?: string } };
}

/** A full-access API token may write drafts, so it may read them too. */
const mayReadDrafts = (state: RequestState) =>
  state.auth?.strategy?.name === 'content-api-token' && state.auth.credentials?.type === 'full-access';

/**
 * Document Service middleware: a content-API read (GET, any route, by list, documentId or
 * populate) made by anyone but a full-access API token — a read-only or custom token, a
 * users-permissions user, the public — sees published content only. Asking for drafts
 * (`status=draft`) is a 403 naming `status`; a read without a status is pinned to published,
 * which also pins the relations it populates. Admin-panel and internal reads pass through.
 */
export function createPublishedOnlyMiddleware(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (!READ_ACTIONS.includes(context.action)) return next();
    const ctx = strapi.requestContext.get() as { method: string; state: RequestState } | undefined;
    if (!ctx || ctx.state.route?.info?.type !== 'content-api' || !SAFE_METHODS.includes(ctx.method)) return next();
    if (mayReadDrafts(ctx.state)) return next();
    const params = context.params as { status?: string };
    if (params.status === 'draft') {
      const message = 'drafts are readable only with a full-access token; this token reads published content';
      // A PolicyError is the 403 Strapi's authorize step lets through with its message and details.
      const details = { errors: [{ path: ['status'], message, name: 'PolicyError' }] };
      throw new errors.PolicyError(`status: ${message}`, details);
    }
    params.status = 'published';
    return next();
  };
}
