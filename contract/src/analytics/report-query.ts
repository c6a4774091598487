import { z } from 'zod';
import { AUDIENCES, CHANNEL_PATTERN, CONTENT_LOCALES, ENTRY_KINDS, SLUG_PATTERN } from './shared-enums';
import { BREAKDOWNS, GROUP_STATUSES, HEALTH_KINDS } from './analytics-enums';

/** Most rows one page of a report holds. */
export const MAX_PAGE_SIZE = 1000;
/** Longest free-text search (`q`) over groups and knowledge. */
export const MAX_SEARCH_LENGTH = 200;
/** Longest content-health owner filter. */
export const MAX_OWNER_LENGTH = 120;

const once = { error: 'must be given once, as a string' };
const day = (what: string) =>
  z.string(once).meta({
    format: 'date',
    description: `${what}: an inclusive Europe/Helsinki day YYYY-MM-DD, 2000-01-01 … 2100-12-31; to < 10 years after from`,
  });
const positiveInt = (max: number, error: string) =>
  z.string(once).refine((v) => /^\d{1,9}$/.test(v) && Number(v) >= 1 && Number(v) <= max, { error });
/** A comma-separated list of `values` (the report's filters take several). */
const commaList = (values: readonly string[]) =>
  z
    .string(once)
    .refine((v) => v.split(',').every((s) => s === '' || values.includes(s)), {
      error: `must be one or more of ${values.join(', ')}`,
    })
    .meta({ description: `comma-separated, of ${values.join(', ')}` });

/** The query parameters every list report takes (all strings, as they come in a query string). */
export const reportQuerySchema = z.strictObject({
  from: day('from').optional(),
  to: day('to').optional(),
  locale: z.enum(CONTENT_LOCALES, { error: 'must be "fi" or "sv"' }).optional(),
  titleLocale: z
    .enum(CONTENT_LOCALES, { error: 'must be "fi" or "sv"' })
    .meta({
      description:
        'without `locale`: the language of titles where the content has it (else Finnish, as `titleLocale` says)',
    })
    .optional(),
  audience: z.enum(AUDIENCES, { error: `must be one of ${AUDIENCES.join(', ')}` }).optional(),
  channel: z.string(once).regex(CHANNEL_PATTERN, { error: 'must be a channel name such as web_chat' }).optional(),
  includeTest: z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
  sort: z.string(once).meta({ description: 'a field of the row (report-specific)' }).optional(),
  order: z
    .string(once)
    .regex(/^(?:asc|desc)$/i, { error: 'must be ASC or DESC' })
    .optional(),
  page: positiveInt(1_000_000_000, 'must be a positive integer').optional(),
  pageSize: positiveInt(MAX_PAGE_SIZE, `must be an integer from 1 to ${MAX_PAGE_SIZE}`).optional(),
  format: z.enum(['csv', 'json'], { error: 'must be csv or json' }).optional(),
  purpose: z
    .enum(['export'], { error: 'must be export' })
    .meta({ description: 'export: the rows are for a download (the access log of feedback comments says so)' })
    .optional(),
});
export type ReportQueryParams = z.infer<typeof reportQuerySchema>;

/** GET /monthly-usage: one row per month, or per month and value of `breakdown`. */
export const monthlyUsageQuerySchema = reportQuerySchema.extend({
  breakdown: z.enum(BREAKDOWNS, { error: 'must be locale, channel or audience' }).optional(),
});

/** GET /unanswered/:id: the period its `count` and monthly trend cover (as the list's; default the same). */
export const unansweredDetailQuerySchema = reportQuerySchema.pick({ from: true, to: true });

/** GET /unanswered: filters by status (comma list) and text. */
export const unansweredQuerySchema = reportQuerySchema.extend({
  status: commaList(GROUP_STATUSES).optional(),
  q: z
    .string(once)
    .max(MAX_SEARCH_LENGTH, { error: `must be at most ${MAX_SEARCH_LENGTH} characters` })
    .optional(),
});

/** GET and POST /content-health: filters by kind (comma list) and owner. */
export const contentHealthQuerySchema = reportQuerySchema.extend({
  kind: commaList(HEALTH_KINDS).optional(),
  owner: z
    .string(once)
    .max(MAX_OWNER_LENGTH, { error: `must be at most ${MAX_OWNER_LENGTH} characters` })
    .optional(),
});

/** GET /path-branches: one guidance path's branching funnel (per step and option). */
export const pathBranchesQuerySchema = reportQuerySchema.extend({
  path: z.string(once).regex(SLUG_PATTERN, { error: 'must be the slug of a guidance path' }),
});

/** GET /feedback-comments: filtered by the entry (kind and slug) and by the verdict. */
export const feedbackCommentsQuerySchema = reportQuerySchema.extend({
  kind: z.enum(ENTRY_KINDS, { error: 'must be answer or path' }).optional(),
  slug: z.string(once).regex(SLUG_PATTERN, { error: 'must be the slug of an answer or path' }).optional(),
  helpful: z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
});
