import { useTranslate } from 'react-admin';
import type { MonthlyUsageRow, ReportFilter } from '../types';
import { Widget } from '../common/Widget';
import { AccessibleTable } from '../common/AccessibleTable';
import { Chart } from '../charts/Chart';
import { useFormatters } from '../common/useFormatters';
import { useReportList } from '../common/useReportList';
import { useValueLabels } from '../common/labels';
import { usePartialMonths } from '../common/usePartialMonths';
import { shapeMonthlyUsage } from './shape-monthly-usage';

/** Conversations, messages and questions per month (GET /monthly-usage). */
export function MonthlyUsageWidget({ filter }: { filter: ReportFilter }) {
  const translate = useTranslate();
  const fmt = useFormatters();
  const labels = useValueLabels();
  const { data, meta, isPending, error, refetch } = useReportList<MonthlyUsageRow>('monthly-usage', {
    filter: { ...filter },
    sort: { field: 'month', order: 'ASC' },
  });
  const months = usePartialMonths(meta);
  const shape = shapeMonthlyUsage(data ?? [], months.formatMonth);
  const first = shape.months[0] ?? '';
  const last = shape.months[shape.months.length - 1] ?? '';
  return (
    <Widget
      id="monthly-usage"
      title={translate('app.dashboard.monthly_usage.title')}
      isPending={isPending}
      error={error}
      isEmpty={shape.months.length === 0}
      onRetry={() => void refetch()}
    >
      <Chart
        locale={fmt.locale}
        testId="chart-monthly-usage"
        spec={{
          kind: 'line',
          labels: shape.labels,
          partial: shape.months.map(months.isPartial),
          valueFormat: 'number',
          series: shape.series.map((s) => ({ key: s.key, label: labels.metric(s.key), values: s.values })),
        }}
        ariaLabel={translate('app.dashboard.monthly_usage.summary', {
          from: fmt.monthLong(first),
          to: fmt.monthLong(last),
          conversations: fmt.number(shape.totals.conversations),
          messages: fmt.number(shape.totals.messages),
          questions: fmt.number(shape.totals.questions),
        })}
      />
      <AccessibleTable
        testId="table-monthly-usage"
        caption={translate('app.dashboard.monthly_usage.caption')}
        columns={[
          { key: 'month', label: translate('app.common.month') },
          ...shape.series.map((s) => ({ key: s.key, label: labels.metric(s.key), numeric: true })),
        ]}
        rows={shape.months.map((m, i) => ({
          key: m,
          header: shape.labels[i],
          cells: shape.series.map((s) => ({ text: fmt.number(s.values[i]), raw: s.values[i] })),
        }))}
        footer={{
          key: 'total',
          header: translate('app.common.total'),
          cells: shape.series.map((s) => ({ text: fmt.number(shape.totals[s.key]), raw: shape.totals[s.key] })),
        }}
      />
    </Widget>
  );
}
