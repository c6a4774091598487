/**
 * The Sankey diagram (chartjs-chart-sankey), loaded lazily like ChartCanvas.
 * Registers only the Sankey controller, its flow element and the tooltip.
 */
import { useMemo } from 'react';
import {
  Chart as ChartJS,
  Tooltip,
  type Chart as ChartInstance,
  type ChartData,
  type ChartOptions,
  type Plugin,
} from 'chart.js';
import { Flow, SankeyController } from 'chartjs-chart-sankey';
import { Chart } from 'react-chartjs-2';
import { createFormatters } from '../format';
import { seriesColor, THEME_COLORS } from './palette';
import type { BranchFlows } from '../paths/shape-branch-flows';
import { layoutSankey, SANKEY_LAYOUT } from '../paths/layout-sankey';
import { placeSankeyLabels, type SankeyNodeBox } from '../paths/place-sankey-labels';

ChartJS.register(SankeyController, Flow, Tooltip);

export interface SankeyProps {
  flows: BranchFlows;
  ariaLabel: string;
  locale: string;
}

const reducedMotion = () =>
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

/** Nodes keep one colour per kind: steps blue, options teal, "left" red, other outcomes grey. */
function nodeColor(id: string): string {
  if (id === 'left') return seriesColor(1);
  if (id.startsWith('step:')) return seriesColor(0);
  if (id.startsWith('option:')) return seriesColor(2);
  return seriesColor(6);
}

const NODE_WIDTH = 12;
const LABEL_GAP = 4;
const FONT = '12px Roboto, Helvetica, Arial, sans-serif';

type SankeyNodeRef = { key: string; x: number };
type FlowElement = {
  x: number;
  x2: number;
  y: number;
  y2: number;
  height: number;
  from: SankeyNodeRef;
  to: SankeyNodeRef;
};

/** Each node's box on the canvas, from the drawn flows (a node spans the flows leaving or reaching it). */
function nodeBoxes(chart: ChartInstance): SankeyNodeBox[] {
  const boxes = new Map<string, SankeyNodeBox & { out: boolean }>();
  const grow = (node: SankeyNodeRef, left: number, top: number, bottom: number, out: boolean) => {
    const box = boxes.get(node.key);
    if (box && box.out && !out) return;
    if (!box || (out && !box.out)) {
      boxes.set(node.key, { key: node.key, column: node.x, left, right: left + NODE_WIDTH, top, bottom, out });
      return;
    }
    box.top = Math.min(box.top, top);
    box.bottom = Math.max(box.bottom, bottom);
  };
  for (const element of chart.getDatasetMeta(0).data as unknown as FlowElement[]) {
    grow(element.from, element.x - NODE_WIDTH, element.y, element.y + element.height, true);
    grow(element.to, element.x2, element.y2, element.y2 + element.height, false);
  }
  return [...boxes.values()];
}

/** Draws the node labels where placeSankeyLabels puts them, with a thin line to a node it had to move from. */
function labelPlugin(labels: Record<string, string>): Plugin<'sankey'> {
  return {
    id: 'botkbSankeyLabels',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea, height, width } = chart;
      ctx.save();
      ctx.font = FONT;
      ctx.fillStyle = THEME_COLORS.text;
      ctx.strokeStyle = THEME_COLORS.text;
      ctx.textBaseline = 'middle';
      ctx.textAlign = 'left';
      const boxes = nodeBoxes(chart as unknown as ChartInstance);
      const placed = placeSankeyLabels(boxes, {
        labels,
        rowPx: SANKEY_LAYOUT.labelRowPx,
        gapPx: LABEL_GAP,
        top: 0,
        bottom: height,
        right: width - LABEL_GAP,
        measure: (text) => ctx.measureText(text).width,
      });
      for (const label of placed) {
        const box = boxes.find((b) => b.key === label.key)!;
        const middle = (box.top + box.bottom) / 2;
        if (Math.abs(label.y - middle) > 2 && label.y > chartArea.top - SANKEY_LAYOUT.labelRowPx) {
          ctx.beginPath();
          ctx.moveTo(box.right, middle);
          ctx.lineTo(label.x - 1, label.y);
          ctx.stroke();
        }
        ctx.fillText(label.text, label.x, label.y);
      }
      ctx.restore();
    },
  };
}

export default function SankeyCanvas({ flows, ariaLabel, locale }: SankeyProps) {
  const fmt = createFormatters(locale);
  const key = JSON.stringify(flows);
  const { data, options, plugins } = useMemo(() => {
    const { rightPx } = layoutSankey(flows);
    const data: ChartData<'sankey'> = {
      datasets: [
        {
          label: '',
          data: flows.flows,
          column: flows.columns,
          // Drawn by labelPlugin instead, so that they never overlap.
          nodeLabels: { display: false },
          colorFrom: (c) => nodeColor(c.raw.from),
          colorTo: (c) => nodeColor(c.raw.to),
          colorMode: 'gradient',
          alpha: 0.5,
          size: 'max',
          nodeWidth: NODE_WIDTH,
          nodeMinSize: 14,
          nodePadding: 8,
          color: THEME_COLORS.text,
          parsing: { from: 'from', to: 'to', flow: 'flow' },
        },
      ],
    };
    const options: ChartOptions<'sankey'> = {
      responsive: true,
      maintainAspectRatio: false,
      locale: fmt.locale,
      animation: reducedMotion() ? false : undefined,
      layout: { padding: { right: rightPx } },
      plugins: {
        tooltip: {
          callbacks: {
            label: (c) => {
              const raw = c.raw as { from: string; to: string; flow: number };
              return `${flows.labels[raw.from] ?? raw.from} → ${flows.labels[raw.to] ?? raw.to}: ${fmt.number(raw.flow)}`;
            },
          },
        },
      },
    };
    return { data, options, plugins: [labelPlugin(flows.labels)] };
  }, [key, locale]);
  const canvasProps = { role: 'img', 'aria-label': ariaLabel, fallbackContent: <p>{ariaLabel}</p> };
  return <Chart type="sankey" data={data} options={options} plugins={plugins} {...canvasProps} />;
}
