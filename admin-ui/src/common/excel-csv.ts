/**
 * The CSV dialect of every download in the UI ("Excel-ready"), in one place.
 * Finnish and Swedish Excel expect `;` between fields and a decimal comma;
 * English `,` and a decimal point. Every file starts with a UTF-8 BOM so
 * Excel reads ä/ö/å right; headers are in the UI language; rates are
 * percentages (0.752 → 75,2); instants are Helsinki local time. Pure.
 */
import { TIME_ZONE } from '../format';

export type CsvLanguage = 'fi' | 'sv' | 'en';
export type CsvKind = 'text' | 'number' | 'percent' | 'datetime';

export interface CsvColumn<T> {
  label: string;
  kind: CsvKind;
  value: (row: T) => unknown;
}

export interface CsvDialect {
  separator: string;
  decimal: string;
}

export const BOM = '\uFEFF';

export function csvDialect(language: string): CsvDialect {
  return language === 'en' ? { separator: ',', decimal: '.' } : { separator: ';', decimal: ',' };
}

const localTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "2026-12-06 10:15" in Helsinki time (a format Excel reads as a date in every locale). */
function helsinkiTime(value: unknown): string {
  const date = typeof value === 'number' ? new Date(value) : new Date(String(value));
  return Number.isNaN(date.getTime()) ? '' : localTime.format(date);
}

function number(value: number, dialect: CsvDialect, digits: number): string {
  const text = String(Math.round(value * 10 ** digits) / 10 ** digits);
  return dialect.decimal === '.' ? text : text.replace('.', dialect.decimal);
}

function cell(value: unknown, kind: CsvKind, dialect: CsvDialect): string {
  if (value === null || value === undefined || value === '') return '';
  if (kind === 'number' && typeof value === 'number') return number(value, dialect, 6);
  if (kind === 'percent' && typeof value === 'number') return number(value * 100, dialect, 1);
  if (kind === 'datetime') return helsinkiTime(value);
  let text = Array.isArray(value) ? value.join(', ') : String(value);
  // Against spreadsheet formula injection: a text starting like a formula is quoted.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  const special = new RegExp(`["\\r\\n${dialect.separator}]`);
  return special.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The file's text: BOM, a header row, one line per row, CRLF line ends. */
export function toExcelCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[], language: string): string {
  const dialect = csvDialect(language);
  const label = (c: CsvColumn<T>) => (c.kind === 'percent' ? `${c.label} (%)` : c.label);
  const header = columns.map((c) => cell(label(c), 'text', dialect)).join(dialect.separator);
  const lines = rows.map((r) => columns.map((c) => cell(c.value(r), c.kind, dialect)).join(dialect.separator));
  return `${BOM}${[header, ...lines].join('\r\n')}\r\n`;
}
