import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CONTENT_LOCALES, DEFAULT_LOCALE } from '../bootstrap/ensure-locales';
import { loadPathSteps } from './load-path-steps';
import { findMissingTranslations, validatePathSteps, type PathProblem } from './validate-path-steps';

/**
 * Every problem of the saved draft of a path in `locale`, for the editor: the graph rules
 * (as publishing checks them) and, against the default-locale (Finnish) version, every
 * step prompt and option label another content locale leaves untranslated.
 */
export async function findPathProblems(
  strapi: Core.Strapi,
  documentId: string,
  locale: string,
): Promise<PathProblem[]> {
  const load = (l: string) => loadPathSteps(strapi, { documentId, locale: l, status: 'draft' });
  const steps = await load(locale);
  if (!steps)
    throw new errors.NotFoundError(`Guidance path ${documentId} has no ${locale} draft`, { documentId, locale });
  const problems = validatePathSteps(steps, { requireRelations: true });
  const source = locale === DEFAULT_LOCALE ? steps : await load(DEFAULT_LOCALE);
  if (!source) return problems;
  for (const other of CONTENT_LOCALES.filter((l) => l.code !== DEFAULT_LOCALE)) {
    const translation = other.code === locale ? steps : await load(other.code);
    if (translation) problems.push(...findMissingTranslations(source, translation, other.name));
    else
      problems.push({
        code: 'no_translation',
        step: '',
        path: 'locale',
        message: `The path has no ${other.name} version`,
      });
  }
  return problems;
}
