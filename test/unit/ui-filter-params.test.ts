import { parseFilterParams } from '../../admin-ui/src/filters/filter-params';

const parse = (q: string) => {
  const p = new URLSearchParams(q);
  return parseFilterParams((k) => p.get(k));
};

describe('dashboard filter in the URL query', () => {
  it('passes valid values to the API filter', () => {
    expect(parse('from=2026-01-01&to=2026-03-31&locale=sv&audience=business&channel=phone_bot')).toEqual({
      values: { from: '2026-01-01', to: '2026-03-31', locale: 'sv', audience: 'business', channel: 'phone_bot' },
      filter: { from: '2026-01-01', to: '2026-03-31', locale: 'sv', audience: 'business', channel: 'phone_bot' },
      problem: null,
    });
  });

  it('drops unknown enum values and reports bad dates and reversed ranges', () => {
    expect(parse('locale=de&audience=aliens').filter).toEqual({});
    expect(parse('from=2026-02-30').problem).toBe('invalid_date');
    expect(parse('from=2026-03-01&to=2026-02-01').problem).toBe('invalid_range');
    expect(parse('').filter).toEqual({});
  });
});
