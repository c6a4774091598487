import { useTranslate } from 'react-admin';
import type { Breakdown, MonthlyUsageRow, ReportFilter } from '../types';
import { Widget } from '../common/Widget';
import { BreakdownSelect } from '../filters/BreakdownSelect';
import { AccessibleTable } from '../common/AccessibleTable';
import { Chart } from '../charts/Chart';
import { useFormatters } from '../common/useFormatters';
import { useReportList } from '../common/useReportList';
import { summaryList, useValueLabels } from '../common/labels';
import { shapeUsageSplit } from './shape-usage-split';

/** Locale / channel / audience split of conversations (GET /monthly-usage?breakdown=…). */
export function UsageSplitWidget({
  filter,
  breakdown,
  onBreakdownChange,
}: {
  filter: ReportFilter;
  breakdown: Breakdown;
  onBreakdownChange(b: Breakdown): void;
}) {
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
  const totalQuestions = shape.items.reduce((a, i) => a + i.questions, 0);
  const totalHandoffs = shape.items.reduce((a, i) => a + i.handoffs, 0);
  return (
    <Widget
      id="usage-split"
      title={translate('app.dashboard.usage_split.title', { breakdown: breakdownName })}
      isPending={isPending}
      error={error}
      isEmpty={shape.items.length === 0}
      onRetry={() => void refetch()}
      controls={<BreakdownSelect id="usage-split-breakdown" value={breakdown} onChange={onBreakdownChange} />}
    >
      <Chart
        locale={fmt.locale}
        testId="chart-usage-split"
        spec={{
          kind: 'doughnut',
          labels: shape.items.map((i) => dimLabel(i.dimension)),
          valueFormat: 'number',
          series: [
            {
              key: 'conversations',
              label: labels.metric('conversations'),
              values: shape.items.map((i) => i.conversations),
            },
          ],
        }}
        ariaLabel={translate('app.dashboard.usage_split.summary', {
          breakdown: breakdownName,
          list: summaryList(
            shape.items.map((i) => ({
              label: dimLabel(i.dimension),
              value: `${fmt.number(i.conversations)} (${fmt.percent(i.share)})`,
            })),
          ),
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
            { text: fmt.number(totalQuestions), raw: totalQuestions },
            { text: fmt.number(totalHandoffs), raw: totalHandoffs },
          ],
        }}
      />
    </Widget>
  );
}
