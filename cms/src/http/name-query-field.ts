import { errors } from '@strapi/utils';

/** Strapi's content-API query parameters, in the order a message is searched for them. */
const QUERY_PARAMS = ['filters', 'populate', 'fields', 'sort', 'pagination', 'start', 'limit', 'status', 'locale'];

interface FieldError {
  path: Array<string | number>;
  message: string;
  name: string;
}

/**
 * The field a validation error of Strapi's own query parsing is about. Strapi
 * names the key for an unknown attribute (`details.key`, `details.path`), and
 * otherwise only in its message ("Invalid fields parameter …"), so the
 * message is searched for the parameter's name; `query` when none is found.
 */
export function queryFieldOf(error: errors.ValidationError): FieldError[] {
  const details = (error.details ?? {}) as { key?: unknown; path?: unknown; param?: unknown };
  const message = error.message;
  if (typeof details.path === 'string' && details.path)
    return [{ path: details.path.split('.'), message, name: error.name }];
  if (typeof details.key === 'string' && details.key) return [{ path: [details.key], message, name: error.name }];
  if (typeof details.param === 'string' && details.param) return [{ path: [details.param], message, name: error.name }];
  const lower = message.toLowerCase();
  const param = QUERY_PARAMS.find((p) => lower.includes(p)) ?? 'query';
  return [{ path: [param], message, name: error.name }];
}

/**
 * Koa middleware (inside `strapi::errors`): a ValidationError thrown by
 * Strapi's query parsing without `details.errors` gets one naming the field,
 * like every 400 of this app.
 */
export function nameQueryField() {
  return async (_ctx: unknown, next: () => Promise<void>) => {
    try {
      await next();
    } catch (error) {
      if (error instanceof errors.ValidationError) {
        const details = (error.details ?? {}) as Record<string, unknown>;
        if (!Array.isArray(details.errors)) error.details = { ...details, errors: queryFieldOf(error) };
      }
      throw error;
    }
  };
}
