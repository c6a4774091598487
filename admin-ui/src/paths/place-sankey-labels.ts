/**
 * Where the branching Sankey's node labels go so that no two ever overlap: every label sits right of its
 * node (the last column's too, in the room layoutSankey keeps free on the right), is cut with "…" to the
 * width up to the next column, and labels of one column are pushed apart to at least one label row. Pure:
 * text widths come from `measure` (the canvas's measureText in the chart, a stub in tests).
 */

/** A drawn node: its column and its box in canvas pixels. */
export interface SankeyNodeBox {
  key: string;
  column: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface PlacedLabel {
  key: string;
  text: string;
  /** Left end of the text (left-aligned). */
  x: number;
  /** Vertical middle of the text. */
  y: number;
  width: number;
}

export interface LabelArea {
  /** The text of a node's label, whole. */
  labels: Record<string, string>;
  /** Height of one label row, px (at least the font's line height). */
  rowPx: number;
  /** Gap between a node and its label, px. */
  gapPx: number;
  /** The canvas's top and bottom: labels stay inside. */
  top: number;
  bottom: number;
  /** Right edge labels of the last column may reach, px. */
  right: number;
  measure(text: string): number;
}

/** `text` cut with "…" to at most `width` px (at least the ellipsis). */
export function fitText(text: string, width: number, measure: (t: string) => number): string {
  if (measure(text) <= width) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(`${text.slice(0, mid).trimEnd()}…`) <= width) low = mid;
    else high = mid - 1;
  }
  return `${text.slice(0, low).trimEnd()}…`;
}

/** Middles as near as they can be to `wanted` (ascending), at least `row` apart, within [top, bottom]. */
export function spreadRows(wanted: number[], row: number, top: number, bottom: number): number[] {
  const placed: number[] = [];
  for (const w of wanted) placed.push(Math.max(w, top + row / 2, (placed.at(-1) ?? -Infinity) + row));
  // Pushed past the bottom: move up from the last one (a column never holds more rows than fit).
  for (let i = placed.length - 1; i >= 0; i--) {
    const limit = i === placed.length - 1 ? bottom - row / 2 : placed[i + 1] - row;
    placed[i] = Math.min(placed[i], limit);
  }
  return placed;
}

export function placeSankeyLabels(nodes: SankeyNodeBox[], area: LabelArea): PlacedLabel[] {
  const columns = [...new Set(nodes.map((n) => n.column))].sort((a, b) => a - b);
  const columnLeft = new Map(
    columns.map((c) => [c, Math.min(...nodes.filter((n) => n.column === c).map((n) => n.left))]),
  );
  const placed: PlacedLabel[] = [];
  columns.forEach((column, i) => {
    const inColumn = nodes.filter((n) => n.column === column).sort((a, b) => a.top + a.bottom - (b.top + b.bottom));
    const next = columns[i + 1];
    const limit = next === undefined ? area.right : columnLeft.get(next)! - area.gapPx;
    const middles = spreadRows(
      inColumn.map((n) => (n.top + n.bottom) / 2),
      area.rowPx,
      area.top,
      area.bottom,
    );
    inColumn.forEach((n, j) => {
      const x = n.right + area.gapPx;
      const text = fitText(area.labels[n.key] ?? n.key, Math.max(0, limit - x), area.measure);
      placed.push({ key: n.key, text, x, y: middles[j], width: area.measure(text) });
    });
  });
  return placed;
}
