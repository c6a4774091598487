/**
 * How big the branching Sankey must be for its labels not to run into each other: as tall as its fullest
 * column needs (one label row per node), as wide as its columns need (the region scrolls sideways below
 * that), and labels longer than a column shortened with "…" (the table and the tooltip keep them whole). Pure.
 */
import type { BranchFlows } from './shape-branch-flows';
import { shortenText } from '../format';

export const SANKEY_LAYOUT = {
  /** Height of one node's label row, px. */
  rowPx: 30,
  minHeight: 360,
  /** Width one column needs for its nodes and labels, px. */
  columnPx: 90,
  minWidth: 560,
  /** Longest label shown whole, characters. */
  labelChars: 16,
} as const;

export interface SankeyLayout {
  height: number;
  minWidth: number;
  /** Node id → the label drawn beside the node. */
  labels: Record<string, string>;
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
  const { rowPx, minHeight, columnPx, minWidth, labelChars } = SANKEY_LAYOUT;
  const labels = Object.fromEntries(Object.entries(flows.labels).map(([id, l]) => [id, shortenText(l, labelChars)]));
  return {
    height: Math.max(minHeight, fullest * rowPx),
    minWidth: Math.max(minWidth, columns * columnPx),
    labels,
  };
}
