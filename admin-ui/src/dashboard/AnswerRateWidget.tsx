import { useTranslate } from 'react-admin';
import type { MonthlyUsageRow, ReportFilter } from '../types';
import { Widget } from '../common/Widget';
import { AccessibleTable } from '../common/AccessibleTable';
import { Chart } from '../charts/Chart';
import { useFormatters } from '../common/useFormatters';
import { useReportList } from '../common/useReportList';
import { useValueLabels } from '../common/labels';
import { usePartialMonths } from '../common/usePartialMonths';
import { shapeAnswerRate } from './shape-answer-rate';

/** Answered vs unanswered rate per month (GET /monthly-usage, same query as the usage chart). */
export function AnswerRateWidget({ filter }: { filter: ReportFilter }) {
  const translate = useTranslate();
  const fmt = useFormatters();
  const labels = useValueLabels();
  const { data, meta, isPending, error, refetch } = useReportList<MonthlyUsageRow>('monthly-usage', {
    filter: { ...filter },
    sort: { field: 'month', order: 'ASC' },
  });
  const months = usePartialMonths(meta);
  const shape = shapeAnswerRate(data ?? [], months.formatMonth);
  return (
    <Widget
      id="answer-rate"
      title={translate('app.dashboard.answer_rate.title')}
      isPending={isPending}
      error={error}
      isEmpty={shape.months.length === 0}
      onRetry={() => void refetch()}
    >
      <Chart
        locale={fmt.locale}
        testId="chart-answer-rate"
        spec={{
          kind: 'line',
          labels: shape.labels,
          partial: shape.months.map(months.isPartial),
          valueFormat: 'percent',
          series: [
            { key: 'answeredRate', label: labels.metric('answeredRate'), values: shape.answeredRate, colorIndex: 2 },
            {
              key: 'unansweredRate',
              label: labels.metric('unansweredRate'),
              values: shape.unansweredRate,
              colorIndex: 1,
              dashed: true,
            },
          ],
        }}
        ariaLabel={translate('app.dashboard.answer_rate.summary', {
          from: fmt.monthLong(shape.months[0] ?? ''),
          to: fmt.monthLong(shape.months[shape.months.length - 1] ?? ''),
          answered: fmt.percent(shape.latest?.answeredRate),
          unanswered: fmt.percent(shape.latest?.unansweredRate),
        })}
      />
      <AccessibleTable
        testId="table-answer-rate"
        caption={translate('app.dashboard.answer_rate.caption')}
        columns={[
          { key: 'month', label: translate('app.common.month') },
          { key: 'questions', label: labels.metric('questions'), numeric: true },
          { key: 'answered', label: labels.metric('answered'), numeric: true },
          { key: 'unanswered', label: labels.metric('unanswered'), numeric: true },
          { key: 'answeredRate', label: labels.metric('answeredRate'), numeric: true },
          { key: 'unansweredRate', label: labels.metric('unansweredRate'), numeric: true },
        ]}
        rows={shape.points.map((p, i) => ({
          key: p.month,
          header: shape.labels[i],
          cells: [
            { text: fmt.number(p.questions), raw: p.questions },
            { text: fmt.number(p.answered), raw: p.answered },
            { text: fmt.number(p.unanswered), raw: p.unanswered },
            { text: fmt.percent(p.answeredRate), raw: p.answeredRate },
            { text: fmt.percent(p.unansweredRate), raw: p.unansweredRate },
          ],
        }))}
      />
    </Widget>
  );
}
