/**
 * Replaces personal data in free text typed by residents before it is
 * stored, indexed or logged: Finnish personal identity codes (with or without
 * a valid check character, any century sign), phone numbers (+358 and
 * domestic forms), email addresses and IBANs.
 */
export const PLACEHOLDERS = {
  identityCode: '[HETU]',
  phone: '[PUHELIN]',
  email: '[EMAIL]',
  iban: '[IBAN]',
} as const;

const IBAN = /\b[A-Za-z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b/g;
// DDMMYY, century sign (+ - A–F Y X W V U), individual number, check character.
const IDENTITY_CODE = /\b(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}[-+A-FU-Y]\d{3}[0-9A-Y]\b/gi;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// +358 / 00358 international forms and domestic numbers starting with 0 (7–12 digits).
const PHONE_INTL = /(?:\+|\b00)358[\s-]?\(?0?\)?\d(?:[\s-]?\d){5,10}\b/g;
const PHONE_DOMESTIC = /(?<![\d+])0\d(?:[\s-]?\d){5,10}\b/g;

export function redactPersonalData(text: string): string {
  return text
    .replace(EMAIL, PLACEHOLDERS.email)
    .replace(IBAN, (m) => (/\d{6,}|\d{4} \d{4}/.test(m.replace(/^[A-Z]{2}\d{2}/i, '')) ? PLACEHOLDERS.iban : m))
    .replace(IDENTITY_CODE, PLACEHOLDERS.identityCode)
    .replace(PHONE_INTL, PLACEHOLDERS.phone)
    .replace(PHONE_DOMESTIC, PLACEHOLDERS.phone);
}
