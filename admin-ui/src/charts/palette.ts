/**
 * Colours for charts and the MUI theme, each with at least 4.5:1 contrast
 * against white (checked in test/unit/ui-palette.test.ts). Pure module.
 */

/** Theme colours. Text on primary/secondary buttons is white. */
export const THEME_COLORS = {
  primary: '#1f4e8c',
  primaryDark: '#163a69',
  secondary: '#00695c',
  error: '#b3261e',
  text: '#1c1c1c',
  textSecondary: '#4d4d4d',
  background: '#fafafb',
  focus: '#1f4e8c',
} as const;

/** Series colours in a fixed order; every one ≥ 4.5:1 on white. */
export const SERIES_COLORS = [
  '#1f4e8c', // blue
  '#b3261e', // red
  '#00695c', // teal
  '#8a4b00', // brown-orange
  '#6a1b9a', // purple
  '#ad1457', // pink
  '#37474f', // blue-grey
  '#2e7d32', // green
] as const;

/** Point shapes so series differ by more than colour. */
export const POINT_STYLES = [
  'circle',
  'rect',
  'triangle',
  'rectRot',
  'crossRot',
  'star',
  'rectRounded',
  'cross',
] as const;

/** Line dash patterns (solid first). */
export const DASHES: readonly number[][] = [[], [6, 4], [2, 3], [10, 3, 2, 3]];

export function seriesColor(index: number): string {
  return SERIES_COLORS[((index % SERIES_COLORS.length) + SERIES_COLORS.length) % SERIES_COLORS.length]!;
}

/** WCAG 2.1 relative luminance of #rrggbb. */
export function relativeLuminance(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => {
    const v = parseInt(h, 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.1 contrast ratio between two #rrggbb colours (1–21). */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** #rrggbb + alpha → rgba() for fills. */
export function withAlpha(hex: string, alpha: number): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return hex;
  return `rgba(${parseInt(m[1]!, 16)}, ${parseInt(m[2]!, 16)}, ${parseInt(m[3]!, 16)}, ${alpha})`;
}
