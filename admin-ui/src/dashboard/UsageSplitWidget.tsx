import { TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { BREAKDOWNS, type Breakdown, type MonthlyUsageRow, type ReportFilter } from '../types';
import { Widget } from '../common/Widget';
import { AccessibleTable } from '../common/AccessibleTable';
import { Chart } from '../charts/Chart';
import { useFormatters } from '../common/useFormatters';
import { useReportList } from '../common/useReportList';
import { summaryList, useValueLabels } from '../common/labels';
import { shapeUsageSplit } from './shape-usage-split';

/** Locale / channel / audience split of conversations (GET /monthly-usage?breakdown=…). */
export function UsageSplitWidget({ filter, breakdown, onBreakdownChange }: { filter: ReportFilter; breakdown: Breakdown; onBreakdownChange(b: Breakdown): void }) {
  const translate = useTranslate();
  const fmt = useFormatters();
  const labels = useValueLabels();
  const { data, isPending, error, refetch } = useReportList<MonthlyUsageRow>('monthly-usage', {
    filter: { ...filter, breakdown },
    sort: { field: 'month', order: 'ASC' },
  });
  const shape = shapeUsageSplit(data ?? []);
  const breakdownName = translate(`app.breakdown.${breakdown}`).toLocaleLowerCase(fmt.locale);
  const dimLabel = (d: string) => labels.dimension(breakdown, d);
  return (
    <Widget
      id="usage-split"
      title={translate('app.dashboard.usage_split.title', { breakdown: breakdownName })}
      isPending={isPending}
      error={error}
      isEmpty={shape.items.length === 0}
      onRetry={() => void refetch()}
      controls={
        <TextField
          select
          id="usage-split-breakdown"
          label={translate('app.filters.breakdown')}
          value={breakdown}
          onChange={(e) => onBreakdownChange(e.target.value as Breakdown)}
          slotProps={{ select: { native: true }, inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'usage-split-breakdown' } }}
          fullWidth={false}
          sx={{ minWidth: 180 }}
        >
          {BREAKDOWNS.map((b) => (
            <option key={b} value={b}>
              {translate(`app.breakdown.${b}`)}
            </option>
          ))}
        </TextField>
      }
    >
      <Chart
        locale={fmt.locale}
        testId="chart-usage-split"
        spec={{
          kind: 'doughnut',
          labels: shape.items.map((i) => dimLabel(i.dimension)),
          valueFormat: 'number',
          series: [{ key: 'conversations', label: labels.metric('conversations'), values: shape.items.map((i) => i.conversations) }],
        }}
        ariaLabel={translate('app.dashboard.usage_split.summary', {
          breakdown: breakdownName,
          list: summaryList(shape.items.map((i) => ({ label: dimLabel(i.dimension), value: `${fmt.number(i.conversations)} (${fmt.percent(i.share)})` }))),
        })}
      />
      <AccessibleTable
        testId="table-usage-split"
        caption={translate('app.dashboard.usage_split.caption', { breakdown: breakdownName })}
        columns={[
          { key: 'dimension', label: translate(`app.breakdown.${breakdown}`) },
          { key: 'conversations', label: labels.metric('conversations'), numeric: true },
          { key: 'share', label: labels.metric('share'), numeric: true },
          { key: 'questions', label: labels.metric('questions'), numeric: true },
          { key: 'handoffs', label: labels.metric('handoffs'), numeric: true },
        ]}
        rows={shape.items.map((i) => ({
          key: i.dimension,
          header: dimLabel(i.dimension),
          cells: [
            { text: fmt.number(i.conversations), raw: i.conversations },
            { text: fmt.percent(i.share), raw: i.share },
            { text: fmt.number(i.questions), raw: i.questions },
            { text: fmt.number(i.handoffs), raw: i.handoffs },
          ],
        }))}
        footer={{
          key: 'total',
          header: translate('app.common.total'),
          cells: [
            { text: fmt.number(shape.totalConversations), raw: shape.totalConversations },
            { text: '' },
            { text: fmt.number(shape.items.reduce((a, i) => a + i.questions, 0)), raw: shape.items.reduce((a, i) => a + i.questions, 0) },
            { text: fmt.number(shape.items.reduce((a, i) => a + i.handoffs, 0)), raw: shape.items.reduce((a, i) => a + i.handoffs, 0) },
          ],
        }}
      />
    </Widget>
  );
}
