/** A response's status and the path its first validation error names (`error.details.errors[0].path`). */
export const errorPath = (res: {
  status: number;
  body: { error?: { details?: { errors?: Array<{ path?: unknown }> } } };
}) => [res.status, res.body?.error?.details?.errors?.[0]?.path];
