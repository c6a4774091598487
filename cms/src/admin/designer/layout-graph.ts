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

export interface Point {
  x: number;
  y: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  stepIndex: number;
  optionIndex: number;
  /** The middle of the arrow's label, placed by dagre where no other label or node is. */
  label: Point & { width: number; height: number };
  /** The arrow's route from node to node through its label (dagre's bends; the ends are the nodes' edges). */
  points: Point[];
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

/** An arrow's label: 12 px text (about 6.8 px a character) in lines of 15 px, wrapped at LABEL.maxWidth. */
export const LABEL = { charWidth: 6.8, lineHeight: 15, padding: { x: 8, y: 4 }, maxWidth: 220 } as const;
/** Room left in a label for the usage count shown after its text (" · 1234"). */
const COUNT_CHARS = 7;
/** Space between a label and the next one above or below it (dagre's nodesep does the rest). */
const LABEL_GAP = 4;
/** Space on each side of the column of labels between two columns of nodes. */
const RANK_GAP = 50;

/** The box of a label of `chars` characters: one line as wide as its text, else wrapped lines at the widest. */
function labelBox(chars: number): { width: number; height: number } {
  const textWidth = Math.ceil(chars * LABEL.charWidth);
  const inner = LABEL.maxWidth - 2 * LABEL.padding.x;
  // Wrapping breaks at spaces: a line holds a little less than its full width; one line in four spare.
  const lines = textWidth <= inner ? 1 : Math.ceil((textWidth / inner) * 1.25);
  return {
    width: Math.min(LABEL.maxWidth, textWidth + 2 * LABEL.padding.x),
    height: lines * LABEL.lineHeight + 2 * LABEL.padding.y + LABEL_GAP,
  };
}

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
): { nodes: GraphNode[]; edges: GraphEdge[]; bounds: { x: number; y: number; width: number; height: number } } {
  const stepIndex = new Map<string, number>();
  steps.forEach((s, i) => {
    if (!stepIndex.has(s.key)) stepIndex.set(s.key, i);
  });
  const nodes = new Map<string, Omit<GraphNode, 'x' | 'y'>>();
  steps.forEach((_, i) =>
    nodes.set(`step:${i}`, { id: `step:${i}`, kind: 'step', index: i, ...STEP_SIZE, height: stepHeight(i) }),
  );
  const options: Array<Omit<GraphEdge, 'label' | 'points'> & { box: { width: number; height: number } }> = [];
  steps.forEach((s, i) =>
    s.options.forEach((o, j) => {
      const to = targetNode(o, stepIndex);
      if (!to) return;
      if (!nodes.has(to.id))
        nodes.set(to.id, { id: to.id, kind: to.kind, ref: 'ref' in to ? to.ref : undefined, ...TERMINAL_SIZE });
      const box = labelBox(optionArrowText(o).length + COUNT_CHARS);
      options.push({ id: `option:${i}:${j}`, source: `step:${i}`, target: to.id, stepIndex: i, optionIndex: j, box });
    }),
  );
  const g = new Graph({ multigraph: true });
  // Left to right: the many end nodes of a path stack in a column instead of one very wide row. Each label is
  // a node of its own to dagre, in a column between two columns of nodes, so no two overlap.
  g.setGraph({ rankdir: 'LR', nodesep: 16, ranksep: 2 * RANK_GAP, marginx: 10, marginy: 10 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of nodes.values()) g.setNode(n.id, { width: n.width, height: n.height });
  for (const e of options) g.setEdge(e.source, e.target, { ...e.box, labelpos: 'c' }, e.id);
  layout(g);
  const placed = [...nodes.values()].map((n) => {
    const { x, y } = g.node(n.id);
    return { ...n, x: x - n.width / 2, y: y - n.height / 2 };
  });
  const edges = options.map(({ box, ...e }): GraphEdge => {
    const laid = g.edge({ v: e.source, w: e.target, name: e.id }) as { x: number; y: number; points: Point[] };
    // The label's own box, without the gap dagre kept below it.
    return {
      ...e,
      label: { x: laid.x, y: laid.y, width: box.width, height: box.height - LABEL_GAP },
      points: laid.points,
    };
  });
  // Everything dagre laid out, the labels included (their column can reach past the nodes'), with its margins.
  const { width = 0, height = 0 } = g.graph();
  return { nodes: placed, edges, bounds: { x: 0, y: 0, width, height } };
}
