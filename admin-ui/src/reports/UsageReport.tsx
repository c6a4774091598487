import { Box } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Breakdown, MonthlyUsageRow, ReportFilter } from '../types';
import { Widget } from '../common/Widget';
import { BreakdownSelect } from '../filters/BreakdownSelect';
import { AccessibleTable } from '../common/AccessibleTable';
import { CsvDownloadLink } from '../common/CsvDownloadLink';
import { useFormatters } from '../common/useFormatters';
import { useReportList } from '../common/useReportList';
import { useValueLabels } from '../common/labels';
import { shapeUsageReport } from './shape-usage-report';

const COLUMNS: { key: string; rate: boolean }[] = [
  { key: 'conversations', rate: false },
  { key: 'messages', rate: false },
  { key: 'questions', rate: false },
  { key: 'answered', rate: false },
  { key: 'unanswered', rate: false },
  { key: 'answeredRate', rate: true },
  { key: 'unansweredRate', rate: true },
  { key: 'handoffs', rate: false },
  { key: 'handoffRate', rate: true },
  { key: 'feedbackHelpful', rate: false },
  { key: 'feedbackUnhelpful', rate: false },
  { key: 'helpfulRate', rate: true },
];

/** Monthly usage table with a breakdown selector and CSV download (GET /monthly-usage[?format=csv]). */
export function UsageReport({ filter, breakdown, onBreakdownChange }: { filter: ReportFilter; breakdown: Breakdown | ''; onBreakdownChange(b: Breakdown | ''): void }) {
  const translate = useTranslate();
  const fmt = useFormatters();
  const labels = useValueLabels();
  const listFilter = { ...filter, ...(breakdown ? { breakdown } : {}) };
  const sort = { field: 'month', order: 'ASC' as const };
  const { data, isPending, error, refetch } = useReportList<MonthlyUsageRow>('monthly-usage', { filter: listFilter, sort });
  const shape = shapeUsageReport(data ?? []);
  const breakdownName = breakdown ? translate(`app.breakdown.${breakdown}`) : '';
  const columns = [
    { key: 'month', label: translate('app.common.month') },
    ...(breakdown ? [{ key: 'dimension', label: breakdownName }] : []),
    ...COLUMNS.map((c) => ({ key: c.key, label: labels.metric(c.key), numeric: true })),
  ];
  const totals = shape.totals as Record<string, number>;
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
          <BreakdownSelect id="report-breakdown" value={breakdown} onChange={onBreakdownChange} noneLabel={translate('app.reports.usage.none')} />
          <CsvDownloadLink resource="monthly-usage" params={{ filter: listFilter, sort }} testId="csv-monthly-usage" />
        </Box>
      }
    >
      <AccessibleTable
        testId="table-report-usage"
        caption={
          breakdown
            ? translate('app.reports.usage.caption_breakdown', { breakdown: breakdownName.toLocaleLowerCase(fmt.locale) })
            : translate('app.reports.usage.caption')
        }
        columns={columns}
        rows={shape.rows.map((r) => ({
          key: String(r.id),
          header: fmt.month(r.month),
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
