/**
 * The Sankey diagram (chartjs-chart-sankey), loaded lazily like ChartCanvas.
 * Registers only the Sankey controller, its flow element and the tooltip.
 */
import { useMemo } from 'react';
import { Chart as ChartJS, Tooltip, type ChartData, type ChartOptions } from 'chart.js';
import { Flow, SankeyController } from 'chartjs-chart-sankey';
import { Chart } from 'react-chartjs-2';
import { createFormatters } from '../format';
import { seriesColor, THEME_COLORS } from './palette';
import type { BranchFlows } from '../paths/shape-branch-flows';
import { layoutSankey } from '../paths/layout-sankey';

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

export default function SankeyCanvas({ flows, ariaLabel, locale }: SankeyProps) {
  const fmt = createFormatters(locale);
  const key = JSON.stringify(flows);
  const { data, options } = useMemo(() => {
    const { labels } = layoutSankey(flows);
    const data: ChartData<'sankey'> = {
      datasets: [
        {
          label: '',
          data: flows.flows,
          labels,
          column: flows.columns,
          colorFrom: (c) => nodeColor(c.raw.from),
          colorTo: (c) => nodeColor(c.raw.to),
          colorMode: 'gradient',
          alpha: 0.5,
          size: 'max',
          nodeWidth: 12,
          // Room for each node's label (layoutSankey makes the chart tall enough for it).
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
    return { data, options };
  }, [key, locale]);
  const canvasProps = { role: 'img', 'aria-label': ariaLabel, fallbackContent: <p>{ariaLabel}</p> };
  return <Chart type="sankey" data={data} options={options} {...canvasProps} />;
}
