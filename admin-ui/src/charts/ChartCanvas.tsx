/**
 * The only module that imports chart.js (loaded lazily by Chart.tsx).
 * Registers just the parts used: category/linear scales, line, bar and arc
 * elements, tooltip and legend.
 */
import { useMemo } from 'react';
import {
  Chart as ChartJS,
  ArcElement,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  Tooltip,
  type ChartData,
  type ChartOptions,
  type TooltipItem,
} from 'chart.js';
import { Bar, Doughnut, Line } from 'react-chartjs-2';
import { createFormatters } from '../format';
import { DASHES, POINT_STYLES, seriesColor, withAlpha, THEME_COLORS } from './palette';
import type { ChartProps } from './Chart';

ChartJS.register(CategoryScale, LinearScale, PointElement, LineElement, BarElement, ArcElement, Tooltip, Legend);
ChartJS.defaults.color = THEME_COLORS.textSecondary;
ChartJS.defaults.font.family = 'Roboto, "Helvetica Neue", Arial, sans-serif';

const reducedMotion = () =>
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

export default function ChartCanvas({ spec, ariaLabel, locale }: ChartProps) {
  const fmt = createFormatters(locale);
  const formatValue = (v: number | null) => (spec.valueFormat === 'percent' ? fmt.percent(v) : fmt.number(v, 2));

  const specKey = JSON.stringify(spec);
  const { data, options } = useMemo(() => {
    const animation = reducedMotion() ? (false as const) : undefined;
    const tooltipLabel = (ctx: TooltipItem<'line' | 'bar' | 'doughnut'>) => {
      const raw = ctx.raw as number | null;
      return `${ctx.dataset.label ?? ctx.label}: ${formatValue(raw)}`;
    };

    if (spec.kind === 'doughnut') {
      const s = spec.series[0];
      const data: ChartData<'doughnut'> = {
        labels: spec.labels,
        datasets: [
          {
            label: s?.label ?? '',
            data: (s?.values ?? []).map((v) => v ?? 0),
            backgroundColor: spec.labels.map((_, i) => seriesColor(i)),
            borderColor: '#ffffff',
            borderWidth: 2,
          },
        ],
      };
      const options: ChartOptions<'doughnut'> = {
        responsive: true,
        maintainAspectRatio: false,
        locale: fmt.locale,
        animation,
        plugins: {
          legend: { position: 'bottom', labels: { usePointStyle: true } },
          tooltip: { callbacks: { label: (ctx) => `${ctx.label}: ${formatValue(ctx.raw as number)}` } },
        },
      };
      return { data, options };
    }

    const valueAxis = {
      beginAtZero: true,
      stacked: spec.stacked === true,
      ...(spec.valueFormat === 'percent' ? { max: 1 } : {}),
      ticks: {
        callback: (v: string | number) => (typeof v === 'number' ? formatValue(v) : v),
        precision: spec.valueFormat === 'percent' ? undefined : 0,
      },
    };
    const categoryAxis = { stacked: spec.stacked === true, ticks: { autoSkip: true, maxRotation: 45 } };
    const partial = (index: number) => spec.partial?.[index] === true;
    const datasets = spec.series.map((s, i) => {
      const color = seriesColor(s.colorIndex ?? i);
      const fill = spec.kind === 'bar' ? color : withAlpha(color, 0.15);
      return {
        label: s.label,
        data: s.values,
        borderColor: color,
        // A month covered only in part ("so far"): a lighter bar or a hollow point reached by a dotted line.
        backgroundColor: spec.labels.map((_, k) => (partial(k) ? withAlpha(color, 0.3) : fill)),
        pointBackgroundColor: spec.labels.map((_, k) => (partial(k) ? '#ffffff' : color)),
        segment: { borderDash: (ctx: { p1DataIndex: number }) => (partial(ctx.p1DataIndex) ? DASHES[2] : undefined) },
        pointStyle: POINT_STYLES[i % POINT_STYLES.length],
        pointRadius: 4,
        pointHoverRadius: 6,
        borderWidth: 2,
        borderDash: spec.kind === 'line' ? (s.dashed ? DASHES[1] : DASHES[0]) : undefined,
        tension: 0.2,
        spanGaps: false,
      };
    });
    const common = {
      responsive: true,
      maintainAspectRatio: false,
      locale: fmt.locale,
      animation,
      interaction: { mode: 'index' as const, intersect: false },
      plugins: {
        legend: { position: 'bottom' as const, labels: { usePointStyle: true } },
        tooltip: { callbacks: { label: tooltipLabel } },
      },
    };
    if (spec.kind === 'line') {
      const data = { labels: spec.labels, datasets } as ChartData<'line'>;
      const options: ChartOptions<'line'> = { ...common, scales: { x: categoryAxis, y: valueAxis } };
      return { data, options };
    }
    const data = { labels: spec.labels, datasets } as ChartData<'bar'>;
    const options: ChartOptions<'bar'> = spec.horizontal
      ? { ...common, indexAxis: 'y', scales: { y: { ...categoryAxis, ticks: { autoSkip: false } }, x: valueAxis } }
      : { ...common, scales: { x: categoryAxis, y: valueAxis } };
    return { data, options };
    // Widgets build a new spec object on every render: compare by content so the
    // chart only updates when the data or the language changes.
  }, [specKey, locale]);

  const canvasProps = { role: 'img', 'aria-label': ariaLabel, fallbackContent: <p>{ariaLabel}</p> };
  if (spec.kind === 'doughnut')
    return (
      <Doughnut data={data as ChartData<'doughnut'>} options={options as ChartOptions<'doughnut'>} {...canvasProps} />
    );
  if (spec.kind === 'line')
    return <Line data={data as ChartData<'line'>} options={options as ChartOptions<'line'>} {...canvasProps} />;
  return <Bar data={data as ChartData<'bar'>} options={options as ChartOptions<'bar'>} {...canvasProps} />;
}
