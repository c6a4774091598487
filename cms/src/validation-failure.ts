import { errors } from '@strapi/utils';

/**
 * Throws the 400 every input check in the app answers with: Strapi's
 * ValidationError whose message and `details.errors[0].path` name what is
 * wrong, e.g. `events[2].handoffChannel: must be one of …`.
 */
export function failValidation(path: Array<string | number>, message: string): never {
  const where = path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
    .join('')
    .replace(/^\./, '');
  throw new errors.ValidationError(`${where}: ${message}`, { errors: [{ path, message, name: 'ValidationError' }] });
}
