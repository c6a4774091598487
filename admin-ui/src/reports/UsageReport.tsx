import { Box } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Breakdown, MonthlyUsageRow, ReportFilter } from '../types';
import { Widget } from '../common/Widget';
import { BreakdownSelect } from '../filters/BreakdownSelect';
import { AccessibleTable } from '../common/AccessibleTable';
import { ExcelCsvButton } from '../common/ExcelCsvButton';
import type { CsvColumn } from '../common/excel-csv';
import { useFormatters } from '../common/useFormatters';
import { useReportList } from '../common/useReportList';
import { useValueLabels } from '../common/labels';
import { usePartialMonths } from '../common/usePartialMonths';
import { USAGE_REPORT_COLUMNS, shapeUsageReport } from './shape-usage-report';

const COLUMNS = USAGE_REPORT_COLUMNS;

/** Monthly usage table with a breakdown selector and CSV download (GET /monthly-usage[?format=csv]). */
export function UsageReport({
  filter,
  breakdown,
  onBreakdownChange,
}: {
  filter: ReportFilter;
  breakdown: Breakdown | '';
  onBreakdownChange(b: Breakdown | ''): void;
}) {
  const translate = useTranslate();
  const fmt = useFormatters();
  const labels = useValueLabels();
  const listFilter = { ...filter, ...(breakdown ? { breakdown } : {}) };
  const sort = { field: 'month', order: 'ASC' as const };
  const { data, meta, isPending, error, refetch } = useReportList<MonthlyUsageRow>('monthly-usage', {
    filter: listFilter,
    sort,
  });
  const months = usePartialMonths(meta);
  const shape = shapeUsageReport(data ?? []);
  const breakdownName = breakdown ? translate(`app.breakdown.${breakdown}`) : '';
  const columns = [
    { key: 'month', label: translate('app.common.month') },
    ...(breakdown ? [{ key: 'dimension', label: breakdownName }] : []),
    ...COLUMNS.map((c) => ({ key: c.key, label: labels.metric(c.key), numeric: true })),
  ];
  const totals = shape.totals as Record<string, number>;
  const csvColumns: CsvColumn<MonthlyUsageRow>[] = [
    { label: translate('app.common.month'), kind: 'text', value: (r) => months.formatMonth(r.month) },
    ...(breakdown
      ? [
          {
            label: breakdownName,
            kind: 'text' as const,
            value: (r: MonthlyUsageRow) => labels.dimension(breakdown, r.dimension),
          },
        ]
      : []),
    ...COLUMNS.map((c) => ({
      label: labels.metric(c.key),
      kind: c.rate ? ('percent' as const) : ('number' as const),
      value: (r: MonthlyUsageRow) => (r as unknown as Record<string, number | null>)[c.key],
    })),
  ];
  return (
    <Widget
      id="report-usage"
      title={translate('app.reports.usage.title')}
      isPending={isPending}
      error={error}
      isEmpty={shape.rows.length === 0}
      onRetry={() => void refetch()}
      wide
      controls={
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
          <BreakdownSelect
            id="report-breakdown"
            value={breakdown}
            onChange={onBreakdownChange}
            noneLabel={translate('app.reports.usage.none')}
          />
          <ExcelCsvButton
            resource="monthly-usage"
            filter={listFilter}
            sort={sort}
            columns={csvColumns}
            filename="monthly-usage"
            testId="csv-monthly-usage"
          />
        </Box>
      }
    >
      <AccessibleTable
        testId="table-report-usage"
        caption={
          breakdown
            ? translate('app.reports.usage.caption_breakdown', {
                breakdown: breakdownName.toLocaleLowerCase(fmt.locale),
              })
            : translate('app.reports.usage.caption')
        }
        columns={columns}
        rows={shape.rows.map((r) => ({
          key: String(r.id),
          header: months.formatMonth(r.month),
          cells: [
            ...(breakdown ? [{ text: labels.dimension(breakdown, r.dimension), raw: r.dimension ?? '' }] : []),
            ...COLUMNS.map((c) => {
              const v = (r as unknown as Record<string, number | null>)[c.key] ?? null;
              return { text: c.rate ? fmt.percent(v) : fmt.number(v), raw: v };
            }),
          ],
        }))}
        footer={{
          key: 'total',
          header: translate('app.common.total'),
          cells: [
            ...(breakdown ? [{ text: '' }] : []),
            // Rates are not summed: their total cells stay empty.
            ...COLUMNS.map((c) => (c.rate ? { text: '' } : { text: fmt.number(totals[c.key]), raw: totals[c.key] })),
          ],
        }}
      />
    </Widget>
  );
}
