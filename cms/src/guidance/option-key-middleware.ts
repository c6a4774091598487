import type { Core, Modules } from '@strapi/strapi';
import { DEFAULT_LOCALE } from '../bootstrap/ensure-locales';
import { PATH_UID } from '../content-uids';
import { assignOptionKeys } from './assign-option-keys';
import { loadPathSteps } from './load-path-steps';

type Row = Record<string, unknown>;
type Params = { documentId?: string; locale?: unknown; data?: Row };

const rows = (v: unknown): Row[] => (Array.isArray(v) ? (v as Row[]) : []);

/**
 * Document Service middleware: every save of a guidance path gives each option a key (`path_step`
 * events name the chosen option by it) — kept when valid and unique within its step, else made from
 * the label. Other locales take the Finnish draft's key of the same step and position, so a key is
 * the same in fi and sv (the lockstep middleware then aligns whatever Finnish changes later).
 */
export function createOptionKeyMiddleware(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    const params = context.params as Params;
    const writes = context.action === 'create' || context.action === 'update';
    if (context.uid !== PATH_UID || !writes || !Array.isArray(params.data?.steps)) return next();
    const translation = typeof params.locale === 'string' && params.locale !== DEFAULT_LOCALE && params.documentId;
    const finnish = translation
      ? await loadPathSteps(strapi, { documentId: translation, locale: DEFAULT_LOCALE, status: 'draft' })
      : undefined;
    params.data!.steps = rows(params.data!.steps).map((step) => {
      const source = rows(finnish?.find((s) => s.key === step.key)?.options);
      // A translation's option takes the Finnish key of its position (when Finnish has one).
      const options = rows(step.options).map((o, j) => ({ ...o, key: source[j]?.key ?? o.key }));
      return { ...step, options: assignOptionKeys(options) };
    });
    return next();
  };
}
