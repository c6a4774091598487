/** What kind of organisation a partner link points to. */
export const PARTNER_KINDS = ['national_service', 'helpline', 'ngo', 'portal'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];
