import { z } from 'zod';
import { ENTRY_KINDS, SLUG_PATTERN } from './shared-enums';
import { GROUP_STATUSES } from './analytics-enums';
import { MAX_GROUP_EXAMPLES } from './unanswered-group-row';

/** Row ids of the raw tables are positive 32-bit integers. */
export const MAX_ROW_ID = 2_147_483_647;
/** Longest phrasing added to an entry when a group is resolved. */
export const MAX_PHRASING_LENGTH = 200;
/** Longest example text a move names. */
export const MAX_EXAMPLE_LENGTH = 500;

/** A group id in a body: a number or a digit string. */
export const groupIdSchema = z
  .union([z.number(), z.string().regex(/^\d+$/, { error: 'must be a group id' })], { error: 'must be a group id' })
  .transform(Number)
  .refine((n) => Number.isInteger(n) && n >= 1 && n <= MAX_ROW_ID, { error: 'must be a group id' })
  .meta({ description: 'a group id (number or digit string)' });

const groupIds = (max: number) =>
  z
    .array(groupIdSchema, { error: `must be a list of 1–${max} group ids` })
    .min(1, { error: `must be a list of 1–${max} group ids` })
    .max(max, { error: `must be a list of 1–${max} group ids` });

/** The published answer or path a group is resolved with. */
export const resolutionTargetSchema = z.object(
  {
    kind: z.enum(ENTRY_KINDS, { error: 'must be "answer" or "path"' }),
    slug: z.string({ error: 'must be a slug' }).regex(SLUG_PATTERN, { error: 'must be a slug' }),
  },
  { error: 'is required to resolve: { kind: "answer" | "path", slug }' },
);
export type ResolutionTarget = z.infer<typeof resolutionTargetSchema>;

const OPEN_STATUSES = GROUP_STATUSES.filter((s) => s !== 'resolved') as Array<
  Exclude<(typeof GROUP_STATUSES)[number], 'resolved'>
>;
const openStatus = z.enum(OPEN_STATUSES, { error: 'must be new, in_progress or ignored (resolve with a target)' });
/** react-admin sends the record's id with an update; it is ignored. */
const ignoredId = z.union([z.string(), z.number()]).optional();

/** The body of PUT /unanswered/:id: a new status, or resolved with a target (and a phrasing to add). */
export const unansweredUpdateSchema = z.discriminatedUnion(
  'status',
  [
    z.strictObject({ status: openStatus, id: ignoredId }),
    z.strictObject({
      status: z.literal('resolved'),
      target: resolutionTargetSchema,
      phrasing: z
        .string({ error: `must be a string of at most ${MAX_PHRASING_LENGTH} characters` })
        .max(MAX_PHRASING_LENGTH, { error: `must be a string of at most ${MAX_PHRASING_LENGTH} characters` })
        .nullish(),
      id: ignoredId,
    }),
  ],
  { error: 'is required: new, in_progress, ignored or resolved' },
);
export type UnansweredUpdate = z.infer<typeof unansweredUpdateSchema>;

/** The body of POST /unanswered/bulk. */
export const unansweredBulkSchema = z.discriminatedUnion(
  'status',
  [
    z.strictObject({ ids: groupIds(1000), status: openStatus }),
    z.strictObject({ ids: groupIds(1000), status: z.literal('resolved'), target: resolutionTargetSchema }),
  ],
  { error: 'is required: new, in_progress, ignored or resolved' },
);
export type UnansweredBulk = z.infer<typeof unansweredBulkSchema>;

/** The body of POST /unanswered/merge: `ids` are merged into `into`. */
export const unansweredMergeSchema = z.strictObject({ into: groupIdSchema, ids: groupIds(100) });
export type UnansweredMerge = z.infer<typeof unansweredMergeSchema>;

const moveError = `must be a list of 1–${MAX_GROUP_EXAMPLES} example texts of the group`;
const exampleText = z
  .string({ error: 'must be an example text' })
  .min(1, { error: 'must be an example text' })
  .max(MAX_EXAMPLE_LENGTH, { error: 'must be an example text' });
/** The body of POST /unanswered/:id/move: examples to move into group `into` or a new group. */
export const unansweredMoveSchema = z.strictObject({
  texts: z
    .array(exampleText, { error: moveError })
    .min(1, { error: moveError })
    .max(MAX_GROUP_EXAMPLES, { error: moveError }),
  into: groupIdSchema.nullish(),
});
export type UnansweredMove = z.infer<typeof unansweredMoveSchema>;

/** The body of POST /unanswered/:id/answer: empty. */
export const answerFromGroupSchema = z.strictObject({});

/** The draft answer POST /unanswered/:id/answer created. */
export const createdAnswerSchema = z.object({
  documentId: z.string(),
  slug: z.string(),
  locale: z.string(),
  adminUrl: z.string(),
});
export type CreatedAnswer = z.infer<typeof createdAnswerSchema>;

/** POST /unanswered/bulk answers how many groups changed. */
export const bulkResultSchema = z.object({ updated: z.number().int().min(0) });
