import { z } from 'zod';
import { LOCALES } from './enum-values';

export { LOCALES, type Locale } from './enum-values';
export const localeSchema = z.enum(LOCALES, { error: 'must be "fi" or "sv"' });
