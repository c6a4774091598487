import { PLACEHOLDERS } from '@botkb/contract';
import { matchingText } from './matching-text';

/**
 * Replaces personal data in free text typed by residents before it is
 * stored, indexed or logged: Finnish personal identity codes, email
 * addresses (also written "(at)", "[at]", " at ", "(a)", " dot "), IBANs and
 * phone numbers — and, erring toward privacy, any other run of 7 or more
 * digits with the separators people type between them (customer and
 * reference numbers). Dates, times, years, money, ages, postcodes and form
 * numbers ("SV 67") stay. Matching sees full-width digits, every dash and
 * every space alike (see matching-text.ts); the rest of the text stays as typed.
 */
export { PLACEHOLDERS };

/** Digits in a run from which it is a personal number unless it is a date, a time or money. */
export const MIN_REDACTED_DIGITS = 7;

interface Detector {
  pattern: RegExp;
  /** The placeholder for a match, or null to keep it. */
  placeholder(match: string, after: string): string | null;
}

const always = (placeholder: string) => () => placeholder;

// DDMMYY, century sign (+ - A–F U–Y; spaces around it) or a space, individual number, check character
// (any; missing only with a sign).
const DDMMYY = String.raw`(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}`;
const SIGN_AND_NUMBER = String.raw`(?:\s*[-+A-FU-Y]\s*\d{3}[0-9A-Z]?|\s\d{3}[A-Z])`;
const IDENTITY_CODE = new RegExp(String.raw`(?<!\d)${DDMMYY}${SIGN_AND_NUMBER}(?!\d)`, 'giu');

const AT = String.raw`(?:\s*(?:@|[(\[{<]\s*(?:at|ät|a|@)\s*[)\]}>])\s*|\s+(?:at|ät)\s+)`;
const DOT = String.raw`(?:\.|\s*[(\[{<]\s*(?:dot|piste|punkt)\s*[)\]}>]\s*|\s+(?:dot|piste|punkt)\s+)`;
const LABEL = String.raw`[\p{L}\p{M}\p{N}-]+`;
// Tried from the start of a word only: from inside one it would rescan the word (quadratic time).
const LOCAL = String.raw`(?<![\p{L}\p{M}\p{N}._%+-])[\p{L}\p{M}\p{N}._%+-]+`;
const EMAIL = new RegExp(String.raw`${LOCAL}${AT}${LABEL}(?:${DOT}${LABEL})*${DOT}\p{L}{2,}`, 'giu');

// Finnish: FI + 14 digits; other countries: groups of four (the first may be letters: a bank code).
const IBAN_FI = /(?<![\p{L}\p{N}])FI[\s-]{0,3}\d{2}(?:[\s-]{0,3}\d){14}(?!\d)/giu;
// After the first group, every group holds a digit: a word after the IBAN is not taken for one.
const IBAN_GROUP = String.raw`[\s-]{0,3}(?=[A-Z]{0,3}\d)[A-Z0-9]{4}`;
const IBAN_LAST = String.raw`[\s-]{0,3}(?=[A-Z]{0,2}\d)[A-Z0-9]{1,3}`;
const IBAN_GROUPS = String.raw`[A-Z0-9]{4}(?:${IBAN_GROUP}){1,6}(?:${IBAN_LAST})?`;
const IBAN_START = String.raw`(?<![\p{L}\p{N}])[A-Z]{2}[\s-]{0,3}\d{2}[\s-]{0,3}`;
const IBAN = new RegExp(String.raw`${IBAN_START}${IBAN_GROUPS}(?![\p{L}\p{N}])`, 'gu');

// Digits joined by the separators people type (" - ", "/", ".", "(09) ", double spaces), an optional "+" or "("
// before and one glued letter after (the check character of an identity code typed without its century sign).
const SEPARATOR = String.raw`\)?(?:\s{0,2}[-/]\s{0,2}|\.|\s{1,2})?(?:\(\s?)?`;
const DIGIT_RUN = new RegExp(String.raw`(?<![\p{N}+])\+?(?:\(\s?)?\d(?:${SEPARATOR}?\d)*(?:[A-Za-z](?!\p{L}))?`, 'gu');
const DATE = /^\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?$/;
const TIME = /^\d{1,2}[.:]\d{2}$/;
const YEAR = /^(?:19|20)\d{2}$/;
/** Thousands in groups of three before a currency: "1 200 000 €", "12.500 euroa". */
const MONEY = /^[1-9]\d{0,2}(?:[ .]\d{3})+$/;
const CURRENCY = /^\s*(?:€|e\b|eur|euro|kr\b|kronor|mk\b)/i;
const PHONE_START = /^(?:\+|\(?0|358)/;

const digitCount = (text: string) => text.replace(/\D/g, '').length;

/** A digit run is personal unless it is only dates, times and years ("1.3.–12.3.2026", "8.00–16.00") or money. */
function digitRunPlaceholder(match: string, after: string): string | null {
  const run = match.replace(/[A-Za-z]$/, '');
  if (digitCount(run) < MIN_REDACTED_DIGITS) return null;
  const tokens = run.split(/[\s/()-]+/).filter(Boolean);
  if (tokens.every((t) => DATE.test(t) || TIME.test(t) || YEAR.test(t))) return null;
  if (MONEY.test(run) && CURRENCY.test(match.slice(run.length) + after)) return null;
  return PHONE_START.test(run) ? PLACEHOLDERS.phone : PLACEHOLDERS.number;
}

const DETECTORS: Detector[] = [
  { pattern: EMAIL, placeholder: always(PLACEHOLDERS.email) },
  { pattern: IBAN_FI, placeholder: always(PLACEHOLDERS.iban) },
  { pattern: IBAN, placeholder: (m) => (digitCount(m) >= 10 ? PLACEHOLDERS.iban : null) },
  { pattern: IDENTITY_CODE, placeholder: always(PLACEHOLDERS.identityCode) },
  { pattern: DIGIT_RUN, placeholder: digitRunPlaceholder },
];

/** Stands in for matched characters so that later detectors neither see nor join them. */
const MASK = '\u0000';

interface Span {
  start: number;
  end: number;
  placeholder: string;
}

function findSpans(text: string): Span[] {
  const spans: Span[] = [];
  let masked = text;
  for (const detector of DETECTORS) {
    const found: Span[] = [];
    for (const m of masked.matchAll(detector.pattern)) {
      const placeholder = detector.placeholder(m[0], masked.slice(m.index + m[0].length));
      if (placeholder) found.push({ start: m.index, end: m.index + m[0].length, placeholder });
    }
    for (const s of found) masked = masked.slice(0, s.start) + MASK.repeat(s.end - s.start) + masked.slice(s.end);
    spans.push(...found);
  }
  return spans.sort((a, b) => a.start - b.start);
}

export function redactPersonalData(text: string): string {
  const normalised = matchingText(text);
  const spans = findSpans(normalised.text);
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, normalised.start[span.start]) + span.placeholder;
    at = normalised.end[span.end - 1];
  }
  return out + text.slice(at);
}
