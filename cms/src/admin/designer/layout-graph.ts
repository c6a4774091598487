import { Graph, layout } from '@dagrejs/dagre';
import type { DesignerStep } from '../../designer/designer-path';

export type TerminalKind = 'answer' | 'partner' | 'handoff' | 'end';

export interface GraphNode {
  id: string;
  kind: 'step' | TerminalKind;
  /** Index into the steps for a step node. */
  index?: number;
  /** answer/partner documentId or handoff channel of a terminal node. */
  ref?: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  stepIndex: number;
  optionIndex: number;
}

export const STEP_SIZE = { width: 260, height: 132 };
export const TERMINAL_SIZE = { width: 200, height: 56 };

/** The node an option leads to, or undefined when it leads nowhere that exists (a dangling option). */
function targetNode(option: DesignerStep['options'][number], stepIndex: Map<string, number>) {
  switch (option.target) {
    case 'step': {
      const index = option.step ? stepIndex.get(option.step) : undefined;
      return index === undefined ? undefined : { id: `step:${index}`, kind: 'step' as const };
    }
    case 'answer':
    case 'partner':
    case 'handoff': {
      const ref = option[option.target];
      return ref ? { id: `${option.target}:${ref}`, kind: option.target, ref } : undefined;
    }
    case 'end':
      return { id: 'end', kind: 'end' as const };
  }
}

/** Width of an arrow's label (11 px text) of `chars` characters, with its padding. */
const labelWidth = (chars: number) => Math.ceil(chars * 6.2) + 24;
/** Narrowest and widest gap between columns: the widest label fits in it, up to a limit. */
const RANK_GAP = { min: 110, max: 460 };

/** The text on an option's arrow: its Finnish and Swedish labels (`sv ✎` when untranslated). */
export const optionArrowText = (o: DesignerStep['options'][number]): string =>
  `${o.label.fi} / ${o.label.sv || 'sv ✎'}`;

/**
 * Steps as nodes, options as edges to steps and to one terminal node per answer, partner service,
 * handoff channel and the end, laid out left to right by dagre (positions are node top-left corners).
 * Columns are far enough apart for the arrows' labels to sit between the nodes, not under them;
 * `stepHeight` gives a step node room for what it shows (its problems).
 */
export function layoutGraph(
  steps: readonly DesignerStep[],
  stepHeight: (index: number) => number = () => STEP_SIZE.height,
): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const stepIndex = new Map<string, number>();
  steps.forEach((s, i) => {
    if (!stepIndex.has(s.key)) stepIndex.set(s.key, i);
  });
  const nodes = new Map<string, Omit<GraphNode, 'x' | 'y'>>();
  steps.forEach((_, i) =>
    nodes.set(`step:${i}`, { id: `step:${i}`, kind: 'step', index: i, ...STEP_SIZE, height: stepHeight(i) }),
  );
  const edges: GraphEdge[] = [];
  steps.forEach((s, i) =>
    s.options.forEach((o, j) => {
      const to = targetNode(o, stepIndex);
      if (!to) return;
      if (!nodes.has(to.id))
        nodes.set(to.id, { id: to.id, kind: to.kind, ref: 'ref' in to ? to.ref : undefined, ...TERMINAL_SIZE });
      edges.push({ id: `option:${i}:${j}`, source: `step:${i}`, target: to.id, stepIndex: i, optionIndex: j });
    }),
  );
  const g = new Graph({ multigraph: true });
  // Left to right: the many end nodes of a path stack in a column instead of one very wide row.
  const longest = Math.max(0, ...steps.flatMap((st) => st.options.map((o) => optionArrowText(o).length)));
  const ranksep = Math.min(RANK_GAP.max, Math.max(RANK_GAP.min, labelWidth(longest) + 20));
  g.setGraph({ rankdir: 'LR', nodesep: 16, ranksep, marginx: 10, marginy: 10 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of nodes.values()) g.setNode(n.id, { width: n.width, height: n.height });
  for (const e of edges) g.setEdge(e.source, e.target, { width: 110, height: 20, labelpos: 'c' }, e.id);
  layout(g);
  const placed = [...nodes.values()].map((n) => {
    const { x, y } = g.node(n.id);
    return { ...n, x: x - n.width / 2, y: y - n.height / 2 };
  });
  return { nodes: placed, edges };
}
