import { z } from 'zod';

/** The content locales: Finnish (default) and Swedish. */
export const LOCALES = ['fi', 'sv'] as const;
export type Locale = (typeof LOCALES)[number];
export const localeSchema = z.enum(LOCALES, { error: 'must be "fi" or "sv"' });
