import { parseInput } from '../../../analytics/parse-input';

/** A request body with a contract schema; a missing body is `{}`. */
export const bodyOf = <S extends Parameters<typeof parseInput>[0]>(ctx: any, schema: S) =>
  parseInput(schema, ctx.request.body ?? {}) as ReturnType<typeof parseInput<S>>;
