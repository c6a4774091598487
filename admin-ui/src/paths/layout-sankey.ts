/**
 * How big the branching Sankey must be for its labels not to run into each other: as tall as its fullest
 * column needs (one label row per node), as wide as its columns need (the region scrolls sideways below
 * that), with room on the right for the last column's labels (place-sankey-labels.ts puts and cuts them;
 * the table and the tooltip keep them whole). Pure.
 */
import type { BranchFlows } from './shape-branch-flows';

export const SANKEY_LAYOUT = {
  /** Height the chart gives each node of its fullest column, px. */
  rowPx: 30,
  /** Least distance between the middles of two labels of one column, px (12 px text). */
  labelRowPx: 16,
  minHeight: 360,
  /** Width one column needs for its nodes and labels, px. */
  columnPx: 90,
  minWidth: 560,
  /** Room right of the last column for its labels, px. */
  lastLabelsPx: 150,
} as const;

export interface SankeyLayout {
  height: number;
  minWidth: number;
  /** Free room right of the last column (its labels), px. */
  rightPx: number;
}

export function layoutSankey(flows: BranchFlows): SankeyLayout {
  const perColumn = new Map<number, Set<string>>();
  for (const f of flows.flows) {
    for (const node of [f.from, f.to]) {
      const column = flows.columns[node] ?? 0;
      perColumn.set(column, (perColumn.get(column) ?? new Set()).add(node));
    }
  }
  const fullest = Math.max(0, ...[...perColumn.values()].map((nodes) => nodes.size));
  const columns = Math.max(0, ...perColumn.keys()) + 1;
  const { rowPx, minHeight, columnPx, minWidth, lastLabelsPx } = SANKEY_LAYOUT;
  return {
    height: Math.max(minHeight, fullest * rowPx),
    minWidth: Math.max(minWidth, columns * columnPx + lastLabelsPx),
    rightPx: lastLabelsPx,
  };
}
