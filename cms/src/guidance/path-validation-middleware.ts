import type { Modules } from '@strapi/strapi';
import { assertValidPath } from './assert-valid-path';
import { PATH_UID } from '../content-uids';

/**
 * Document Service middleware: every create/update of a guidance path — from
 * the admin panel, the REST API or code — has its steps checked before it is
 * written. Updates that do not touch `steps` pass through.
 */
export const pathValidationMiddleware: Modules.Documents.Middleware.Middleware = async (context, next) => {
  if (context.uid === PATH_UID && (context.action === 'create' || context.action === 'update')) {
    const data = (context.params as { data?: Record<string, unknown> }).data;
    if (context.action === 'create' || (data && 'steps' in data)) {
      assertValidPath(data?.steps, { requireRelations: context.action === 'create' });
    }
  }
  return next();
};
