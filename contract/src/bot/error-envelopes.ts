import { z } from 'zod';
import { localeSchema } from '../locales';

function envelope<T extends z.ZodType>(details: T) {
  return z.object({
    data: z.null().optional(),
    error: z.object({ status: z.int(), name: z.string(), message: z.string(), details }),
  });
}

/** Every error: Strapi's `{ data: null, error: { status, name, message, details } }`. */
export const errorSchema = envelope(z.record(z.string(), z.unknown()).optional());

/** One problem of a 400: `path` names the field, e.g. `["events", 3, "timestamp"]`. */
export const fieldProblemSchema = z.object({
  path: z.array(z.union([z.string(), z.int()])).min(1),
  message: z.string(),
  name: z.string().optional(),
});

/** 400: bad input; the first problem found is `details.errors[0]`. */
export const validationErrorSchema = envelope(z.object({ errors: z.array(fieldProblemSchema).min(1) }));

/** 404 of a path or answer: `details.availableLocales` lists the locales it is published in. */
export const notFoundErrorSchema = envelope(
  z.object({
    slug: z.string().optional(),
    locale: z.string().optional(),
    availableLocales: z.array(localeSchema).meta({ description: 'Empty when the slug exists in no locale' }),
  }),
);
export type ErrorEnvelope = z.infer<typeof errorSchema>;
