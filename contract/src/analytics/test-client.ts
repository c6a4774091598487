import { z } from 'zod';

/** A row of GET /test-clients: a bot API token whose traffic is test traffic. */
export const testClientRowSchema = z.object({
  id: z.string(),
  clientId: z.string().meta({ description: 'token:<id>' }),
  markedAt: z.number().meta({ description: 'epoch milliseconds' }),
  markedBy: z.string().nullable(),
});
export type TestClientRow = z.infer<typeof testClientRowSchema>;

/** The body of PUT /test-clients/:tokenId (react-admin may send the record's id too). */
export const testClientUpdateSchema = z.object({
  test: z.boolean({ error: 'must be true or false' }),
});
export type TestClientUpdate = z.infer<typeof testClientUpdateSchema>;

/** What PUT /test-clients/:tokenId answers in `data`. */
export const testClientMarkSchema = z.object({ id: z.string(), clientId: z.string(), test: z.boolean() });
