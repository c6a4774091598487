import { partialMonths, previousPeriod } from '../../cms/src/analytics/report-periods';

describe('previousPeriod (the period headline figures compare with)', () => {
  it('a whole month: the month before; a whole year: the year before', () => {
    expect(previousPeriod('2026-03-01', '2026-03-31')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(previousPeriod('2026-01-01', '2026-12-31')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(previousPeriod('2026-01-01', '2026-01-31')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });

  it('the current month so far: the same days of the month before', () => {
    expect(previousPeriod('2026-12-01', '2026-12-06')).toEqual({ from: '2026-11-01', to: '2026-11-06' });
    expect(previousPeriod('2026-03-01', '2026-03-30')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });

  it('the last 13 months up to today: the 13 months before, day for day', () => {
    expect(previousPeriod('2025-11-01', '2026-11-15')).toEqual({ from: '2024-10-01', to: '2025-10-15' });
  });

  it('a range not starting on the 1st: as many days just before it', () => {
    expect(previousPeriod('2026-03-10', '2026-03-19')).toEqual({ from: '2026-02-28', to: '2026-03-09' });
    expect(previousPeriod('2024-03-02', '2024-03-02')).toEqual({ from: '2024-03-01', to: '2024-03-01' });
  });
});

describe('partialMonths (months drawn "so far")', () => {
  it('the current month is partial until it is over', () => {
    expect(partialMonths('2026-11-01', '2026-12-06', '2026-12-06')).toEqual(['2026-12']);
    expect(partialMonths('2026-11-01', '2026-12-31', '2026-12-06')).toEqual(['2026-12']);
    expect(partialMonths('2026-11-01', '2026-12-31', '2027-01-01')).toEqual([]);
  });

  it('months the range cuts at either end are partial', () => {
    expect(partialMonths('2026-08-15', '2026-10-20', '2027-01-01')).toEqual(['2026-08', '2026-10']);
  });
});
