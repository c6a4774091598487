/** Spaces people and spreadsheets put between thousands: space, no-break space, narrow no-break space. */
const GROUP_SPACES = /[\s\u00a0\u202f]/g;
const PLAIN = /^-?\d+(?:\.\d+)?$/;
const EN_GROUPED = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * A number a person typed in the UI language: in fi and sv a decimal comma (a point is read as one too) and
 * spaces between thousands ("12 000,5"); in en a decimal point and commas between thousands ("12,000.5").
 * NaN when the text is not one number in that language — never a silent guess ("12,000" is not 12 in en).
 */
export function parseUserNumber(text: string, language: string): number {
  const compact = text.trim().replace(GROUP_SPACES, '');
  if (compact === '') return NaN;
  if (language === 'en') {
    if (EN_GROUPED.test(compact)) return Number(compact.replace(/,/g, ''));
    return PLAIN.test(compact) ? Number(compact) : NaN;
  }
  if (compact.includes(',') && compact.includes('.')) return NaN;
  const pointed = compact.replace(',', '.');
  return PLAIN.test(pointed) ? Number(pointed) : NaN;
}
