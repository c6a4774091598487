import { useTranslate } from 'react-admin';
import type { MonthlyUsageRow, ReportFilter } from '../types';
import { Widget } from '../common/Widget';
import { AccessibleTable, type TableColumn, type TableRowSpec } from '../common/AccessibleTable';
import { Chart } from '../charts/Chart';
import { useFormatters } from '../common/useFormatters';
import { useReportList } from '../common/useReportList';
import { usePartialMonths } from '../common/usePartialMonths';
import type { MonthFormatter, SeriesSpec, ValueFormat } from '../charts/spec';

/** A shape of the monthly rows: the months (YYYY-MM) and their labels in the UI language. */
interface MonthlyShape {
  months: string[];
  labels: string[];
}

interface MonthlyLineWidgetProps<S extends MonthlyShape> {
  /** `widget-<id>`, `chart-<id>`, `table-<id>`; texts under `app.dashboard.<id with _>` (title, summary, caption). */
  id: string;
  filter: ReportFilter;
  shape: (rows: MonthlyUsageRow[], formatMonth: MonthFormatter) => S;
  valueFormat: ValueFormat;
  series: (shape: S) => SeriesSpec[];
  /** The summary's values besides `from` and `to` (the first and last month). */
  summary: (shape: S) => Record<string, string>;
  table: (shape: S) => { columns: TableColumn[]; rows: TableRowSpec[]; footer?: TableRowSpec };
}

/** A dashboard card over GET /monthly-usage: a line per series by month ("so far" months lighter) and its table. */
export function MonthlyLineWidget<S extends MonthlyShape>(props: MonthlyLineWidgetProps<S>) {
  const { id, filter, valueFormat } = props;
  const translate = useTranslate();
  const fmt = useFormatters();
  const { data, meta, isPending, error, refetch } = useReportList<MonthlyUsageRow>('monthly-usage', {
    filter: { ...filter },
    sort: { field: 'month', order: 'ASC' },
  });
  const months = usePartialMonths(meta);
  const shape = props.shape(data ?? [], months.formatMonth);
  const key = `app.dashboard.${id.replace(/-/g, '_')}`;
  const table = props.table(shape);
  return (
    <Widget
      id={id}
      title={translate(`${key}.title`)}
      isPending={isPending}
      error={error}
      isEmpty={shape.months.length === 0}
      onRetry={() => void refetch()}
    >
      <Chart
        locale={fmt.locale}
        testId={`chart-${id}`}
        spec={{
          kind: 'line',
          labels: shape.labels,
          partial: shape.months.map(months.isPartial),
          valueFormat,
          series: props.series(shape),
        }}
        ariaLabel={translate(`${key}.summary`, {
          from: fmt.monthLong(shape.months[0] ?? ''),
          to: fmt.monthLong(shape.months[shape.months.length - 1] ?? ''),
          ...props.summary(shape),
        })}
      />
      <AccessibleTable testId={`table-${id}`} caption={translate(`${key}.caption`)} {...table} />
    </Widget>
  );
}
