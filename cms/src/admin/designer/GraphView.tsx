import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  Background,
  BaseEdge,
  ControlButton,
  Controls,
  EdgeLabelRenderer,
  Handle,
  MarkerType,
  Position,
  ReactFlow,
  type Edge,
  type EdgeProps,
  type Node,
  type NodeProps,
  type Rect,
  getViewportForBounds,
  useReactFlow,
  useStoreApi,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { DesignerStep } from '../../designer/designer-path';
import type { PathProblem } from '../../guidance/validate-path-steps';
import {
  LABEL,
  layoutGraph,
  optionArrowText,
  STEP_SIZE,
  type GraphEdge,
  type GraphNode,
  type Point,
} from './layout-graph';
import { problemMessage } from './messages';
import { problemStepIndex } from './live-problems';
import { matchOptionChoices } from '../../designer/match-option-choices';
import type { PathUsage, TargetChoice } from './designer-types';
import type { Translate } from './useMessages';

type StepData = {
  title: string;
  fi: string;
  sv: string;
  problems: string[];
  untranslated: boolean;
  usage?: string;
  selected: boolean;
  testId: string;
};
type TerminalData = { kind: string; name: string; end: boolean; testId: string };

function StepNode({ data }: NodeProps<Node<StepData>>) {
  return (
    <div
      className={`pd-node${data.problems.length ? ' pd-has-problem' : ''}${data.selected ? ' pd-selected' : ''}`}
      data-testid={data.testId}
    >
      <Handle type="target" position={Position.Left} />
      <strong>{data.title}</strong>
      <p lang="fi">{data.fi || '—'}</p>
      <p lang="sv" className="pd-sv">
        {data.sv || '—'}
      </p>
      {data.problems.map((p) => (
        <p key={p} className="pd-tag pd-problem">
          ⚠ {p}
        </p>
      ))}
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

type OptionEdgeData = Pick<GraphEdge, 'label' | 'points'>;

/** A smooth line through the points, level where it passes each (the labels sit on level stretches). */
function throughPoints(points: readonly Point[]): string {
  return points.reduce((d, b, i) => {
    if (i === 0) return `M ${b.x} ${b.y}`;
    const a = points[i - 1];
    const mid = (a.x + b.x) / 2;
    return `${d} C ${mid} ${a.y}, ${mid} ${b.y}, ${b.x} ${b.y}`;
  }, '');
}

/**
 * An option's arrow along dagre's route, its label where dagre made room for it: arrows leaving one
 * step side by side have their labels one under the other, not on top of each other. Long labels wrap.
 */
function OptionEdge({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  data,
  label,
  markerEnd,
  style,
}: EdgeProps<Edge<OptionEdgeData>>) {
  const inner = data?.points.slice(1, -1) ?? [];
  const path = throughPoints([{ x: sourceX, y: sourceY }, ...inner, { x: targetX, y: targetY }]);
  const box = data?.label;
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={style} />
      {box ? (
        <EdgeLabelRenderer>
          <div
            className="pd-edge-label"
            data-testid={`pd-edge-label-${id}`}
            style={{
              width: box.width,
              minHeight: box.height,
              padding: `${LABEL.padding.y}px ${LABEL.padding.x}px`,
              lineHeight: `${LABEL.lineHeight}px`,
              transform: `translate(-50%, -50%) translate(${box.x}px, ${box.y}px)`,
            }}
          >
            {label}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
}

const EDGE_TYPES = { option: OptionEdge };

const MIN_ZOOM = 0.1;

/**
 * React Flow's zoom buttons, with a "fit view" of everything drawn, the arrows' labels too (React Flow's own
 * fits the nodes only, and after a render: it would undo a viewport set here).
 */
function GraphControls({ bounds, label }: { bounds: Rect; label: string }) {
  const flow = useReactFlow();
  const store = useStoreApi();
  const fit = () => {
    const { width, height } = store.getState();
    void flow.setViewport(getViewportForBounds(bounds, width, height, MIN_ZOOM, 1, FIT_PADDING));
  };
  return (
    <Controls showInteractive={false} showFitView={false}>
      <ControlButton className="react-flow__controls-fitview" onClick={fit} title={label} aria-label={label}>
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 30" aria-hidden="true">
          <path d="M0 0h10v3.7H3.7V10H0zM22 0h10v10h-3.7V3.7H22zM0 20h3.7v6.3H10V30H0zM28.3 20H32v10H22v-3.7h6.3z" />
        </svg>
      </ControlButton>
    </Controls>
  );
}

interface Props {
  steps: DesignerStep[];
  problems: PathProblem[];
  targets: { answers: TargetChoice[]; partners: TargetChoice[] };
  usage: PathUsage | null;
  /** The step open in the editing panel, if any. */
  selected: number | null;
  t: Translate;
  onOpenStep(index: number): void;
}

const stepIndexOf = (nodeId: string) => Number(nodeId.slice('step:'.length));

/** Smallest zoom the graph opens at: its 12 px text stays at least 10 px (WCAG 1.4.4 wants text readable). */
export const MIN_READABLE_ZOOM = 0.85;
const FIT_PADDING = 0.05;
/** A step node's height: room for its title, two prompts, usage and each problem wrapped in full. */
function stepNodeHeight(problems: readonly string[], usage: boolean): number {
  // 12 px bold text, about 7 px a character, in a 240 px wide line of 18 px.
  const problemLines = problems.reduce((n, p) => n + Math.ceil(((p.length + 2) * 7) / 240), 0);
  return Math.max(STEP_SIZE.height, 68 + (problemLines + (usage ? 2 : 0) + 1) * 18);
}

/**
 * The path as a React Flow diagram laid out by dagre; problems and usage shown on the step nodes,
 * and with usage on, how often each option was chosen on its arrow. Step nodes are focusable
 * buttons: a click, Enter or Space opens the step in the editing panel.
 */
export function GraphView({ steps, problems, targets, usage, selected, t, onOpenStep }: Props) {
  const { nodes, edges, bounds } = useMemo(() => {
    const stepProblems = steps.map((_, i) => [
      ...new Set(
        problems
          .filter((p) => problemStepIndex(p) === i && p.code !== 'untranslated')
          .map((p) => t(problemMessage(p.code))),
      ),
    ]);
    const graph = layoutGraph(steps, (i) => stepNodeHeight(stepProblems[i], Boolean(usage)));
    const nameOf = (n: GraphNode): string => {
      if (n.kind === 'answer') return targets.answers.find((a) => a.documentId === n.ref)?.name ?? n.ref ?? '';
      if (n.kind === 'partner') return targets.partners.find((p) => p.documentId === n.ref)?.name ?? n.ref ?? '';
      if (n.kind === 'handoff') return t(`handoff_${n.ref}` as Parameters<Translate>[0]);
      return t('end');
    };
    const flowNodes: Node[] = graph.nodes.map((n) => {
      const base = { id: n.id, position: { x: n.x, y: n.y }, style: { width: n.width, height: n.height } };
      if (n.kind !== 'step') {
        const data: TerminalData = {
          kind: t(`kind_${n.kind}`),
          name: nameOf(n),
          end: n.kind === 'end',
          testId: `pd-node-${n.id}`,
        };
        return { ...base, type: 'terminal', data, focusable: false, ariaLabel: `${data.kind}: ${data.name}` };
      }
      const index = n.index ?? 0;
      const step = steps[index];
      const own = problems.filter((p) => problemStepIndex(p) === index);
      const stepUsage = usage?.steps.find((s) => s.stepKey === step.key);
      const data: StepData = {
        title: `${t('step')} ${step.key.trim() || index + 1}${index === 0 ? ` (${t('firstStep')})` : ''}`,
        fi: step.prompt.fi,
        sv: step.prompt.sv,
        problems: stepProblems[index],
        untranslated: own.some((p) => p.code === 'untranslated'),
        usage: stepUsage
          ? `${t('reached')} ${stepUsage.reached} · ${t('continued')} ${stepUsage.continued} · ${t('dropped')} ${stepUsage.dropped}`
          : undefined,
        selected: selected === index,
        testId: `pd-node-step-${step.key}`,
      };
      // Named by what it shows (title, prompts, problems, usage); React Flow describes the keys to open it.
      return { ...base, type: 'step', data, focusable: true, ariaRole: 'button' as const };
    });
    // How often each option was chosen in the report's period, matched to the options as they are now.
    const chosen = steps.map((s) => {
      const choices = usage?.steps.find((u) => u.stepKey === s.key)?.options;
      return usage ? matchOptionChoices(s.options, choices ?? []).perOption : null;
    });
    const flowEdges: Edge[] = graph.edges.map((e) => {
      const o = steps[e.stepIndex].options[e.optionIndex];
      const count = chosen[e.stepIndex]?.[e.optionIndex];
      const text = optionArrowText(o);
      const data: OptionEdgeData = { label: e.label, points: e.points };
      return {
        id: e.id,
        type: 'option',
        data,
        source: e.source,
        target: e.target,
        label: count === undefined ? text : `${text} · ${count}`,
        ariaLabel: count === undefined ? text : `${text}: ${t('chosenCount', { count })}`,
        markerEnd: { type: MarkerType.ArrowClosed, color: '#666687' },
        style: { stroke: '#666687' },
      };
    });
    return { nodes: flowNodes, edges: flowEdges, bounds: graph.bounds };
  }, [steps, problems, targets, usage, selected, t]);

  // Enter or Space on a focused step node opens it (React Flow's own node keys only select and move).
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const node = (event.target as HTMLElement).closest<HTMLElement>('.react-flow__node-step');
    if (!node || node !== event.target || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    onOpenStep(stepIndexOf(node.dataset.id ?? ''));
  };

  // The graph opens whole when its text stays readable so; else at a readable zoom on the open step
  // (or the first), the rest reached by scrolling, dragging or zooming out.
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const rect = box.current?.getBoundingClientRect();
    if (rect) setSize({ width: rect.width, height: rect.height });
  }, []);
  const opening = useMemo(() => {
    if (!size || !nodes.length) return { x: 0, y: 0, zoom: 1 };
    const whole = getViewportForBounds(bounds, size.width, size.height, MIN_ZOOM, 1, FIT_PADDING);
    if (whole.zoom >= MIN_READABLE_ZOOM) return whole;
    // The step at the left edge, vertically centred, its arrows and labels leading right into view.
    const focus = nodes.find((n) => n.id === `step:${selected ?? 0}`) ?? nodes[0];
    const zoom = MIN_READABLE_ZOOM;
    const middle = focus.position.y + Number(focus.style?.height ?? 0) / 2;
    return { x: 12 - focus.position.x * zoom, y: size.height / 2 - middle * zoom, zoom };
    // Placed when the graph is laid out afresh (a new structure), not on every edit or selection.
  }, [size, nodes.length, edges.length]);

  return (
    <div className="pd-graph" data-testid="pd-graph" onKeyDown={onKeyDown} ref={box}>
      {size ? (
        <ReactFlow
          // A new structure is laid out afresh and fitted into view again.
          key={`${nodes.length}:${edges.length}`}
          nodes={nodes}
          edges={edges}
          nodeTypes={NODE_TYPES}
          edgeTypes={EDGE_TYPES}
          // Placed at once, not fitted after the nodes are measured: nothing moves under a first click.
          defaultViewport={opening}
          minZoom={MIN_ZOOM}
          nodesDraggable={false}
          nodesConnectable={false}
          nodesFocusable
          edgesFocusable={false}
          elementsSelectable={false}
          onNodeClick={(_, node) => {
            if (node.type === 'step') onOpenStep(stepIndexOf(node.id));
          }}
          ariaLabelConfig={{
            'node.a11yDescription.default': t('nodeKeys'),
            'node.a11yDescription.keyboardDisabled': t('nodeKeys'),
            'controls.ariaLabel': t('graphControls'),
            'controls.zoomIn.ariaLabel': t('zoomIn'),
            'controls.zoomOut.ariaLabel': t('zoomOut'),
          }}
          proOptions={{ hideAttribution: true }}
        >
          <Background />
          <GraphControls bounds={bounds} label={t('fitView')} />
        </ReactFlow>
      ) : null}
    </div>
  );
}
