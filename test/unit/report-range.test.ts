import { checkReportRange, isCalendarDay, MAX_RANGE_MONTHS } from '../../cms/src/analytics/report-range';
import { monthsBetween } from '../../cms/src/analytics/months';

/** The `details.errors[0].path` of the ValidationError `fn` throws. */
function failedPath(fn: () => void): unknown {
  try {
    fn();
  } catch (error) {
    return (error as { details?: { errors?: Array<{ path: unknown }> } }).details?.errors?.[0]?.path;
  }
  return 'no error';
}

describe('isCalendarDay', () => {
  it('accepts only days that exist', () => {
    expect(['2026-02-28', '2028-02-29', '2026-04-30', '2026-12-31'].filter(isCalendarDay)).toHaveLength(4);
    expect(
      [
        '2026-02-29',
        '2026-02-30',
        '2026-04-31',
        '2026-13-01',
        '2026-00-10',
        '2026-01-00',
        '2026-1-01',
        '20260101',
      ].filter(isCalendarDay),
    ).toEqual([]);
  });
});

describe('checkReportRange', () => {
  it('refuses days outside 2000-01-01 … 2100-12-31, naming the field', () => {
    expect(failedPath(() => checkReportRange('0999-01-01', '2026-01-01'))).toEqual(['from']);
    expect(failedPath(() => checkReportRange('1999-12-31', '2000-01-31'))).toEqual(['from']);
    expect(failedPath(() => checkReportRange('9999-12-01', '9999-12-31'))).toEqual(['from']);
    expect(failedPath(() => checkReportRange('2100-12-01', '2101-01-01'))).toEqual(['to']);
    expect(failedPath(() => checkReportRange('2026-01-01', '2026-02-30'))).toEqual(['to']);
  });

  it('allows ranges shorter than 10 years and refuses longer ones and reversed ones', () => {
    expect(failedPath(() => checkReportRange('2016-01-01', '2025-12-31'))).toBe('no error');
    expect(failedPath(() => checkReportRange('2016-01-15', '2026-01-14'))).toBe('no error');
    expect(failedPath(() => checkReportRange('2016-01-15', '2026-01-15'))).toEqual(['to']);
    expect(failedPath(() => checkReportRange('2015-01-01', '2025-12-31'))).toEqual(['to']);
    expect(failedPath(() => checkReportRange('2026-05-02', '2026-05-01'))).toEqual(['to']);
    expect(failedPath(() => checkReportRange('2000-01-01', '2100-12-31'))).toEqual(['to']);
  });
});

describe('monthsBetween', () => {
  it('lists every month of the longest allowed range', () => {
    const months = monthsBetween('2016-01-15', '2026-01-14');
    expect(months).toHaveLength(MAX_RANGE_MONTHS);
    expect([months[0], months[11], months[12], months.at(-1)]).toEqual(['2016-01', '2016-12', '2017-01', '2026-01']);
  });

  it('counts past year 9999 without wrapping and throws instead of looping on a range too long', () => {
    expect(monthsBetween('9999-11-01', '9999-12-31')).toEqual(['9999-11', '9999-12']);
    expect(monthsBetween('2026-05-01', '2026-04-30')).toEqual([]);
    expect(() => monthsBetween('2016-01-01', '2026-02-01')).toThrow(RangeError);
    expect(() => monthsBetween('1000-01-01', '9999-11-30')).toThrow(RangeError);
    expect(() => monthsBetween('2026-xx-01', '2026-05-01')).toThrow(RangeError);
  });
});
