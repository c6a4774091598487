import { contrastRatio, SERIES_COLORS, THEME_COLORS } from '../../admin-ui/src/charts/palette';

describe('analytics UI colours (WCAG 2.1 AA)', () => {
  it('computes contrast ratios like the WCAG formula', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it.each(SERIES_COLORS.map((c) => [c]))('chart colour %s has ≥ 4.5:1 against white', (c) => {
    expect(contrastRatio(c, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('theme text and button colours have ≥ 4.5:1', () => {
    for (const c of [
      THEME_COLORS.primary,
      THEME_COLORS.primaryDark,
      THEME_COLORS.secondary,
      THEME_COLORS.error,
      THEME_COLORS.text,
      THEME_COLORS.textSecondary,
    ]) {
      expect(contrastRatio(c, '#ffffff')).toBeGreaterThanOrEqual(4.5); // white text on buttons / text on paper
      expect(contrastRatio(c, THEME_COLORS.background)).toBeGreaterThanOrEqual(4.5); // text on the page background
    }
    // focus ring against the white page and the white ring against the app bar
    expect(contrastRatio(THEME_COLORS.focus, '#ffffff')).toBeGreaterThanOrEqual(3);
  });
});
