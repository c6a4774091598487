import { useTranslate } from 'react-admin';
import type { ReportFilter } from '../types';
import { useFormatters } from '../common/useFormatters';
import { useValueLabels } from '../common/labels';
import { shapeMonthlyUsage } from './shape-monthly-usage';
import { MonthlyLineWidget } from './MonthlyLineWidget';

/** Conversations, messages and questions per month (GET /monthly-usage). */
export function MonthlyUsageWidget({ filter }: { filter: ReportFilter }) {
  const translate = useTranslate();
  const fmt = useFormatters();
  const labels = useValueLabels();
  return (
    <MonthlyLineWidget
      id="monthly-usage"
      filter={filter}
      shape={shapeMonthlyUsage}
      valueFormat="number"
      series={(shape) => shape.series.map((s) => ({ key: s.key, label: labels.metric(s.key), values: s.values }))}
      summary={(shape) => ({
        conversations: fmt.number(shape.totals.conversations),
        messages: fmt.number(shape.totals.messages),
        questions: fmt.number(shape.totals.questions),
      })}
      table={(shape) => ({
        columns: [
          { key: 'month', label: translate('app.common.month') },
          ...shape.series.map((s) => ({ key: s.key, label: labels.metric(s.key), numeric: true })),
        ],
        rows: shape.months.map((m, i) => ({
          key: m,
          header: shape.labels[i],
          cells: shape.series.map((s) => ({ text: fmt.number(s.values[i]), raw: s.values[i] })),
        })),
        footer: {
          key: 'total',
          header: translate('app.common.total'),
          cells: shape.series.map((s) => ({ text: fmt.number(shape.totals[s.key]), raw: shape.totals[s.key] })),
        },
      })}
    />
  );
}
