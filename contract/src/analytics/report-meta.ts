import { z } from 'zod';
import { CONTENT_LOCALES } from './shared-enums';

const month = z.string().regex(/^\d{4}-\d{2}$/);

/** The `meta` of every list report: the days it covers and the months it covers only in part. */
export const reportMetaSchema = z.object({
  from: z.string().meta({ format: 'date' }),
  to: z.string().meta({ format: 'date' }),
  partialMonths: z.array(month).meta({ description: 'months (YYYY-MM) the range covers only in part' }),
});
export type ReportMeta = z.infer<typeof reportMetaSchema>;

/** A list report's JSON answer: `{ data: rows, total, meta }` (rows paged; `total` before paging). */
export function listResponseSchema<Row extends z.ZodType, Meta extends z.ZodObject>(row: Row, meta: Meta) {
  return z.object({ data: z.array(row), total: z.number().int().min(0), meta });
}

/** A single record's answer: `{ data }`. */
export function dataResponseSchema<Data extends z.ZodType>(data: Data) {
  return z.object({ data });
}

/** A rate: a fraction 0–1, or null when its denominator is 0. */
export const rateSchema = z.number().min(0).max(1).nullable();
/** A month YYYY-MM. */
export const monthSchema = month;
/** A count of events, asks or conversations. */
export const countSchema = z.number().int().min(0);
/** The language a row's `title` is in (null: the content is not published, the title is its slug). */
export const titleLocaleSchema = z.enum(CONTENT_LOCALES).nullable();
