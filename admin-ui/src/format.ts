/**
 * Locale-aware formatting with Intl (pure: no React, no DOM).
 * UI language → Intl locale: fi → fi-FI, sv → sv-FI, en → en-GB.
 * Days are Europe/Helsinki days, as in the API.
 */

export const TIME_ZONE = 'Europe/Helsinki';

const INTL_LOCALES: Record<string, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

export function intlLocale(uiLocale: string): string {
  return INTL_LOCALES[uiLocale] ?? INTL_LOCALES.fi;
}

/** Shown for a rate whose denominator is 0 (`null` in the API) and for missing values. */
export const NOT_AVAILABLE = '–';

export interface Formatters {
  /** e.g. "fi-FI" */
  locale: string;
  number(value: number | null | undefined, maxFractionDigits?: number): string;
  /** A fraction 0–1 as a percentage; null → "–". */
  percent(rate: number | null | undefined, maxFractionDigits?: number): string;
  euros(value: number | null | undefined): string;
  /** "2026-03" → "maalis 2026" / "mars 2026" / "Mar 2026" */
  month(month: string): string;
  /** "2026-03" → "maaliskuu 2026" (for captions and screen-reader summaries) */
  monthLong(month: string): string;
  /** ISO date or date-time → date in Europe/Helsinki */
  date(iso: string | null | undefined): string;
  /** ISO date-time → date and time in Europe/Helsinki */
  dateTime(iso: string | null | undefined): string;
}

function parseMonth(month: string): Date | null {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
}

function parseDate(iso: string): Date | null {
  // A bare YYYY-MM-DD is a Helsinki calendar day: format it as that day, not as UTC midnight.
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (day) return new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 12));
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

const cache = new Map<string, Formatters>();

export function createFormatters(uiLocale: string): Formatters {
  const locale = intlLocale(uiLocale);
  const cached = cache.get(locale);
  if (cached) return cached;

  const numberFormats = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number) => {
    let f = numberFormats.get(digits);
    if (!f) {
      f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
      numberFormats.set(digits, f);
    }
    return f;
  };
  const percentFormats = new Map<number, Intl.NumberFormat>();
  const percentFormat = (digits: number) => {
    let f = percentFormats.get(digits);
    if (!f) {
      f = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits });
      percentFormats.set(digits, f);
    }
    return f;
  };
  const euroFormat = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  const monthShort = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' });
  const monthLongFormat = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: TIME_ZONE });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  });

  const isNum = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

  const f: Formatters = {
    locale,
    number: (value, maxFractionDigits = 0) =>
      isNum(value) ? numberFormat(maxFractionDigits).format(value) : NOT_AVAILABLE,
    percent: (rate, maxFractionDigits = 1) =>
      isNum(rate) ? percentFormat(maxFractionDigits).format(rate) : NOT_AVAILABLE,
    euros: (value) => (isNum(value) ? euroFormat.format(value) : NOT_AVAILABLE),
    month: (month) => {
      const d = parseMonth(month);
      return d ? monthShort.format(d) : month;
    },
    monthLong: (month) => {
      const d = parseMonth(month);
      return d ? monthLongFormat.format(d) : month;
    },
    date: (iso) => {
      if (!iso) return NOT_AVAILABLE;
      const d = parseDate(iso);
      return d ? dateFormat.format(d) : iso;
    },
    dateTime: (iso) => {
      if (!iso) return NOT_AVAILABLE;
      if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return f.date(iso);
      const d = parseDate(iso);
      return d ? dateTimeFormat.format(d) : iso;
    },
  };
  cache.set(locale, f);
  return f;
}

/** Today's date (YYYY-MM-DD) in Europe/Helsinki. */
export function helsinkiToday(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The API default range: the last 12 full months + the current month. */
export function defaultRange(now: Date = new Date()): { from: string; to: string } {
  const today = helsinkiToday(now);
  const [y, m] = today.split('-').map(Number) as [number, number];
  const start = new Date(Date.UTC(y, m - 1 - 12, 1));
  const from = `${start.getUTCFullYear()}-${String(start.getUTCMonth() + 1).padStart(2, '0')}-01`;
  return { from, to: today };
}

export function isIsoDate(value: string | undefined | null): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** `text` cut to at most `max` characters, ending in "…" when cut (charts' labels; tables show the whole text). */
export const shortenText = (text: string, max: number): string =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

/**
 * `text` as at most `maxLines` lines of at most `lineChars` characters, broken between words (a word longer than a
 * line is shortened); what does not fit ends the last line in "…". For chart labels drawn on several lines.
 */
export function wrapText(text: string, lineChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  const words = text.split(/\s+/).filter(Boolean);
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    let line = words[i++];
    while (i < words.length && line.length + 1 + words[i].length <= lineChars) line += ` ${words[i++]}`;
    lines.push(line);
  }
  const last = lines.length - 1;
  const rest = words.slice(i).join(' ');
  if (last >= 0 && rest) lines[last] = shortenText(`${lines[last]} ${rest}`, lineChars);
  return lines.map((line) => shortenText(line, lineChars));
}
