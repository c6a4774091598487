import {
  createFormatters,
  defaultRange,
  helsinkiToday,
  intlLocale,
  isIsoDate,
  NOT_AVAILABLE,
  wrapText,
} from '../../admin-ui/src/format';

// Intl output uses narrow no-break spaces in some locales; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('analytics UI formatting (Intl per UI language)', () => {
  it('maps UI languages to Intl locales', () => {
    expect(intlLocale('fi')).toBe('fi-FI');
    expect(intlLocale('sv')).toBe('sv-FI');
    expect(intlLocale('en')).toBe('en-GB');
    expect(intlLocale('de')).toBe('fi-FI');
  });

  it('formats numbers with the locale grouping and decimal separator', () => {
    expect(plain(createFormatters('fi').number(1234567))).toBe('1 234 567');
    expect(plain(createFormatters('en').number(1234567))).toBe('1,234,567');
    expect(plain(createFormatters('fi').number(1.25, 2))).toBe('1,25');
    expect(createFormatters('fi').number(null)).toBe(NOT_AVAILABLE);
    expect(createFormatters('fi').number(Number.NaN)).toBe(NOT_AVAILABLE);
  });

  it('formats rates 0–1 as percentages, null as a dash', () => {
    expect(plain(createFormatters('fi').percent(0.256))).toBe('25,6 %');
    expect(plain(createFormatters('en').percent(0.256))).toBe('25.6%');
    expect(createFormatters('sv').percent(null)).toBe(NOT_AVAILABLE);
  });

  it('formats euros', () => {
    expect(plain(createFormatters('fi').euros(12345.4))).toBe('12 345 €');
    expect(plain(createFormatters('en').euros(12345.4))).toBe('€12,345');
  });

  it('formats YYYY-MM months in each language', () => {
    expect(createFormatters('en').month('2026-03')).toBe('Mar 2026');
    expect(createFormatters('fi').monthLong('2026-03').toLowerCase()).toContain('maaliskuu');
    expect(createFormatters('sv').monthLong('2026-03')).toContain('mars');
    expect(createFormatters('fi').month('not-a-month')).toBe('not-a-month');
  });

  it('formats dates as Europe/Helsinki days', () => {
    // 22:30 UTC on 31 Dec is already 1 Jan in Helsinki
    expect(createFormatters('en').date('2025-12-31T22:30:00Z')).toBe('1 Jan 2026');
    expect(createFormatters('fi').date('2026-03-05')).toBe('5.3.2026');
    expect(createFormatters('fi').date(null)).toBe(NOT_AVAILABLE);
  });

  it('computes the API default range (12 full months + current) in Helsinki time', () => {
    const now = new Date('2026-03-31T22:30:00Z'); // 1 Apr in Helsinki
    expect(helsinkiToday(now)).toBe('2026-04-01');
    expect(defaultRange(now)).toEqual({ from: '2025-04-01', to: '2026-04-01' });
  });

  it('validates ISO dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('26-02-01')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
});

describe('wrapText (chart labels on several lines)', () => {
  it('breaks between words into lines that fit', () => {
    expect(wrapText('onko terveysasemalla ilmainen pysäköinti', 26, 2)).toEqual([
      'onko terveysasemalla',
      'ilmainen pysäköinti',
    ]);
    expect(wrapText('missä on lähin apteekki', 26, 2)).toEqual(['missä on lähin apteekki']);
  });

  it('ends the last line in "…" when the text does not fit, and shortens a word longer than a line', () => {
    const lines = wrapText('saako koiran tuoda terveysasemalle vai pitääkö sen jäädä kotiin', 26, 2);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('saako koiran tuoda');
    expect(lines[1].endsWith('…')).toBe(true);
    expect(lines[1].length).toBeLessThanOrEqual(26);
    expect(wrapText('kansaneläkelaitoksenasiointipalvelu', 12, 2)).toEqual(['kansaneläke…']);
    expect(wrapText('', 12, 2)).toEqual([]);
  });
});
