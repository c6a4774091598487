import { useMemo } from 'react';
import { Background, Controls, Handle, MarkerType, Position, ReactFlow, type Edge, type Node, type NodeProps } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { DesignerStep } from '../../designer/designer-path';
import type { PathProblem } from '../../guidance/validate-path-steps';
import { layoutGraph, type GraphNode } from './layout-graph';
import { problemMessage } from './messages';
import { problemStepIndex } from './live-problems';
import type { PathUsage, TargetChoice } from './designer-types';
import type { Translate } from './useMessages';

type StepData = {
  title: string;
  fi: string;
  sv: string;
  problems: string[];
  untranslated: boolean;
  usage?: string;
  testId: string;
};
type TerminalData = { kind: string; name: string; end: boolean; testId: string };

function StepNode({ data }: NodeProps<Node<StepData>>) {
  return (
    <div className={`pd-node${data.problems.length ? ' pd-has-problem' : ''}`} data-testid={data.testId}>
      <Handle type="target" position={Position.Left} />
      <strong>{data.title}</strong>
      <p lang="fi">{data.fi || '—'}</p>
      <p lang="sv" className="pd-sv">{data.sv || '—'}</p>
      {data.problems.map((p) => <p key={p} className="pd-tag pd-problem">⚠ {p}</p>)}
      {data.untranslated && !data.problems.length ? <p className="pd-tag pd-untranslated">sv ✎</p> : null}
      {data.usage ? <p data-testid={`${data.testId}-usage`}>{data.usage}</p> : null}
      <Handle type="source" position={Position.Right} />
    </div>
  );
}

function TerminalNode({ data }: NodeProps<Node<TerminalData>>) {
  return (
    <div className={`pd-node pd-terminal${data.end ? ' pd-terminal-end' : ''}`} data-testid={data.testId}>
      <Handle type="target" position={Position.Left} />
      <strong>{data.kind}</strong>
      <p>{data.name}</p>
    </div>
  );
}

const NODE_TYPES = { step: StepNode, terminal: TerminalNode };

interface Props {
  steps: DesignerStep[];
  problems: PathProblem[];
  targets: { answers: TargetChoice[]; partners: TargetChoice[] };
  usage: PathUsage | null;
  t: Translate;
  onSelectStep(index: number): void;
}

/** The path as a React Flow diagram laid out by dagre; problems and usage shown on the step nodes. */
export function GraphView({ steps, problems, targets, usage, t, onSelectStep }: Props) {
  const { nodes, edges } = useMemo(() => {
    const graph = layoutGraph(steps);
    const nameOf = (n: GraphNode): string => {
      if (n.kind === 'answer') return targets.answers.find((a) => a.documentId === n.ref)?.name ?? n.ref ?? '';
      if (n.kind === 'partner') return targets.partners.find((p) => p.documentId === n.ref)?.name ?? n.ref ?? '';
      if (n.kind === 'handoff') return t(`handoff_${n.ref}` as Parameters<Translate>[0]);
      return t('end');
    };
    const flowNodes: Node[] = graph.nodes.map((n) => {
      const base = { id: n.id, position: { x: n.x, y: n.y }, style: { width: n.width, height: n.height } };
      if (n.kind !== 'step') {
        const data: TerminalData = { kind: t(`kind_${n.kind}`), name: nameOf(n), end: n.kind === 'end', testId: `pd-node-${n.id}` };
        return { ...base, type: 'terminal', data, ariaLabel: `${data.kind}: ${data.name}` };
      }
      const index = n.index ?? 0;
      const step = steps[index];
      const own = problems.filter((p) => problemStepIndex(p) === index);
      const stepUsage = usage?.steps.find((s) => s.stepKey === step.key);
      const data: StepData = {
        title: `${t('step')} ${step.key}${index === 0 ? ` (${t('firstStep')})` : ''}`,
        fi: step.prompt.fi,
        sv: step.prompt.sv,
        problems: [...new Set(own.filter((p) => p.code !== 'untranslated').map((p) => t(problemMessage(p.code))))],
        untranslated: own.some((p) => p.code === 'untranslated'),
        usage: stepUsage
          ? `${t('reached')} ${stepUsage.reached} · ${t('continued')} ${stepUsage.continued} · ${t('dropped')} ${stepUsage.dropped}`
          : undefined,
        testId: `pd-node-step-${step.key}`,
      };
      return { ...base, type: 'step', data, ariaLabel: `${data.title}: ${data.fi}` };
    });
    const flowEdges: Edge[] = graph.edges.map((e) => {
      const o = steps[e.stepIndex].options[e.optionIndex];
      return {
        id: e.id,
        source: e.source,
        target: e.target,
        label: o.label.sv ? `${o.label.fi} / ${o.label.sv}` : `${o.label.fi} / sv ✎`,
        labelStyle: { fill: '#32324d', fontSize: 11 },
        labelBgStyle: { fill: '#ffffff' },
        markerEnd: { type: MarkerType.ArrowClosed, color: '#666687' },
        style: { stroke: '#666687' },
      };
    });
    return { nodes: flowNodes, edges: flowEdges };
  }, [steps, problems, targets, usage, t]);

  return (
    <div className="pd-graph" data-testid="pd-graph">
      <ReactFlow
        // A new structure is laid out afresh and fitted into view again.
        key={`${nodes.length}:${edges.length}`}
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        fitView
        fitViewOptions={{ padding: 0.05, maxZoom: 1 }}
        minZoom={0.1}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable={false}
        onNodeClick={(_, node) => { if (node.type === 'step') onSelectStep(Number(node.id.slice('step:'.length))); }}
        proOptions={{ hideAttribution: true }}
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
