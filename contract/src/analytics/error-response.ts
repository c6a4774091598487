import { z } from 'zod';

/** The error envelope of every 4xx/5xx (Strapi's): a 400 names the field in `details.errors[0].path`. */
export const errorResponseSchema = z.object({
  data: z.null().optional(),
  error: z.object({
    status: z.number().int(),
    name: z.string(),
    message: z.string(),
    details: z
      .looseObject({
        errors: z
          .array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string(), name: z.string() }))
          .optional(),
        retryAfter: z.number().optional().meta({ description: '429: seconds to wait' }),
      })
      .optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
