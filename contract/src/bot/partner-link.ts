import { z } from 'zod';
import { PARTNER_KINDS } from '../partner-kinds';

/** A partner organisation a bot may show as a link or phone number. */
export const partnerLinkSchema = z.strictObject({
  slug: z.string(),
  name: z.string(),
  url: z.string(),
  phone: z.string().nullable(),
  kind: z.enum(PARTNER_KINDS),
});
export type PartnerLink = z.infer<typeof partnerLinkSchema>;
