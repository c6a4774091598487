import { failValidation } from '../validation-failure';

/** Row ids of the raw tables are positive 32-bit integers (`increments` columns). */
export const isRowId = (n: number) => Number.isInteger(n) && n >= 1 && n <= 2_147_483_647;

/** The `:id` route parameter as a row id, or a 400 naming `id` ("must be a <what> id"). */
export function rowIdParam(ctx: { params: Record<string, unknown> }, what: string): number {
  const raw = String(ctx.params.id);
  const id = Number(raw);
  if (!/^\d+$/.test(raw) || !isRowId(id)) failValidation(['id'], `must be a ${what} id`);
  return id;
}
