import type { Core, Modules } from '@strapi/strapi';
import { PATH_UID } from '../content-uids';

type Row = Record<string, unknown>;
type Relation = { documentId?: string } | null | undefined;

const POPULATE = {
  steps: {
    populate: { options: { populate: { answer: { fields: ['documentId'] }, partner: { fields: ['documentId'] } } } },
  },
} satisfies Modules.Documents.Params.Populate.Any<typeof PATH_UID>;

/** A stored option with its relations as documentIds (null when unset), the shape the rules check. */
function toOption(option: Row): Row {
  const answer = option.answer as Relation;
  const partner = option.partner as Relation;
  return { ...option, answer: answer?.documentId ?? null, partner: partner?.documentId ?? null };
}

/**
 * The steps of the stored draft (or published) version of a path in `locale`,
 * or undefined when the document has no such version.
 */
export async function loadPathSteps(
  strapi: Core.Strapi,
  where: { documentId: string; locale: string; status: 'draft' | 'published' },
): Promise<Row[] | undefined> {
  const docs = strapi.documents(PATH_UID);
  const row = await docs.findOne({ ...where, populate: POPULATE });
  if (!row) return undefined;
  const steps = (row.steps ?? []) as Row[];
  return steps.map((s) => ({ ...s, options: ((s.options ?? []) as Row[]).map(toOption) }));
}
