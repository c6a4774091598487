import { createFormatters } from '../../admin-ui/src/format';
import { monthSoFar, shapeHeadline } from '../../admin-ui/src/dashboard/shape-headline';
import type { HeadlineRow } from '../../admin-ui/src/types';

const row = (r: Partial<HeadlineRow> & Pick<HeadlineRow, 'key'>): HeadlineRow => ({
  id: r.key,
  current: null,
  previous: null,
  change: null,
  changeKind: 'relative',
  ...r,
});

describe('shapeHeadline (headline figures for display)', () => {
  const fi = createFormatters('fi');
  const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

  it('formats counts, rates and euros, and says the direction in words as well as colour-free arrows', () => {
    const items = shapeHeadline(
      [
        row({ key: 'conversations', current: 1200, previous: 1000, change: 0.2 }),
        row({ key: 'answeredRate', current: 0.75, previous: 0.7, change: 0.05, changeKind: 'points' }),
        row({ key: 'handoffRate', current: 0.1, previous: 0.15, change: -0.05, changeKind: 'points' }),
        row({ key: 'eurosSaved', current: 252, previous: 252, change: 0 }),
        row({ key: 'helpfulRate', current: 0.5, previous: null, change: null, changeKind: 'points' }),
      ],
      fi,
    );
    expect(items.map((i) => [i.key, nbsp(i.current), i.direction, nbsp(i.change)])).toEqual([
      ['conversations', '1 200', 'up', '20 %'],
      ['answeredRate', '75 %', 'up', '5'],
      ['handoffRate', '10 %', 'down', '5'],
      ['eurosSaved', '252 €', 'same', '0 %'],
      ['helpfulRate', '50 %', 'none', ''],
    ]);
    expect(nbsp(items[4].previous)).toBe('–');
  });
});

describe('monthSoFar (the headline default period)', () => {
  it('is the current Helsinki month up to today', () => {
    expect(monthSoFar(new Date('2026-12-06T10:00:00Z'))).toEqual({ from: '2026-12-01', to: '2026-12-06' });
    // 22:30 UTC on 30 November is already 1 December in Helsinki.
    expect(monthSoFar(new Date('2026-11-30T22:30:00Z'))).toEqual({ from: '2026-12-01', to: '2026-12-01' });
  });
});
