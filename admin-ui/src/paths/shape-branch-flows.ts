/**
 * The Sankey diagram of a path's branching funnel: step → option → where it
 * leads (the next step, an answer, a partner service, a handoff, the end) and
 * step → "left". Options are nodes of their own so two options leading to the
 * same place stay apart; branches nobody took are left out. Pure.
 */
import type { BranchRow } from '../types';

export interface SankeyFlow {
  from: string;
  to: string;
  flow: number;
}

export interface BranchFlows {
  flows: SankeyFlow[];
  /** Node id → label shown beside the node. */
  labels: Record<string, string>;
  /** Node id → column (steps in path order, options after their step, outcomes last). */
  columns: Record<string, number>;
}

/** Labels of the outcome nodes, in the UI language. */
export interface OutcomeLabels {
  left: string;
  end: string;
  unknown: string;
  handoff: (channel: string) => string;
}

const stepNode = (key: string) => `step:${key}`;

function targetNode(r: BranchRow): string {
  if (r.target === 'step') return stepNode(r.targetKey ?? '');
  if (r.target === 'left' || r.target === 'end' || r.target === 'unknown') return r.target;
  return `${r.target}:${r.targetKey ?? ''}`;
}

export function shapeBranchFlows(rows: readonly BranchRow[], outcome: OutcomeLabels): BranchFlows {
  const labels: Record<string, string> = { left: outcome.left, end: outcome.end, unknown: outcome.unknown };
  const columns: Record<string, number> = {};
  const flows: SankeyFlow[] = [];
  const stepColumn = new Map<string, number>();
  for (const r of rows) if (!stepColumn.has(r.stepKey)) stepColumn.set(r.stepKey, 2 * (r.stepNumber - 1));
  const lastColumn = 2 * Math.max(1, ...[...stepColumn.values()].map((c) => c / 2 + 1));
  for (const r of rows) {
    const from = stepNode(r.stepKey);
    labels[from] = `${r.stepNumber}. ${r.stepTitle}`;
    columns[from] = stepColumn.get(r.stepKey) ?? 0;
    if (r.count <= 0) continue;
    const to = targetNode(r);
    if (r.target === 'step') {
      labels[to] ??= r.targetTitle ?? r.targetKey ?? '';
    } else if (r.target === 'handoff') {
      labels[to] = outcome.handoff(r.targetKey ?? '');
      columns[to] = lastColumn;
    } else if (r.target === 'answer' || r.target === 'partner') {
      labels[to] = r.targetTitle ?? r.targetKey ?? '';
      columns[to] = lastColumn;
    } else columns[to] = lastColumn;
    if (r.target === 'left') {
      flows.push({ from, to, flow: r.count });
      continue;
    }
    const option = `option:${r.id}`;
    labels[option] = r.optionLabel ?? r.option ?? '';
    columns[option] = (stepColumn.get(r.stepKey) ?? 0) + 1;
    flows.push({ from, to: option, flow: r.count }, { from: option, to, flow: r.count });
  }
  return { flows, labels, columns };
}
