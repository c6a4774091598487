import { errors } from '@strapi/utils';
import { validatePathSteps } from './validate-path-steps';

/**
 * Throws Strapi's ValidationError (HTTP 400, shown by the admin panel too)
 * naming every step that breaks a guidance-path rule.
 */
export function assertValidPath(steps: unknown, opts: { requireRelations?: boolean } = {}): void {
  const problems = validatePathSteps(steps, opts);
  if (problems.length === 0) return;
  const message = `Invalid guidance path: ${problems.map((p) => p.message).join('; ')}`;
  throw new errors.ValidationError(message, {
    errors: problems.map((p) => ({
      path: p.path.split('.'),
      message: p.message,
      name: 'ValidationError',
      value: p.step,
    })),
  });
}
