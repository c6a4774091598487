import { useState } from 'react';
import { FormControl, FormControlLabel, FormLabel, Radio, RadioGroup } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ContentCountRow, ReportFilter } from '../types';
import { Widget } from '../common/Widget';
import { AccessibleTable } from '../common/AccessibleTable';
import { Chart } from '../charts/Chart';
import { useFormatters } from '../common/useFormatters';
import { useReportList } from '../common/useReportList';
import { summaryList, useValueLabels } from '../common/labels';
import { usePartialMonths } from '../common/usePartialMonths';
import { shapeContentCounts, type ContentMetric } from './shape-content-counts';

/** Published answers and guidance paths per audience at month ends (GET /content-counts). */
export function ContentCountsWidget({ filter }: { filter: ReportFilter }) {
  const translate = useTranslate();
  const fmt = useFormatters();
  const labels = useValueLabels();
  const [metric, setMetric] = useState<ContentMetric>('answers');
  // channel does not apply to content counts
  const { channel: _channel, ...contentFilter } = filter;
  const { data, meta, isPending, error, refetch } = useReportList<ContentCountRow>('content-counts', {
    filter: contentFilter,
    sort: { field: 'month', order: 'ASC' },
  });
  const months = usePartialMonths(meta);
  const shape = shapeContentCounts(data ?? [], months.formatMonth);
  const values = metric === 'answers' ? shape.answers : shape.paths;
  const metricName = labels.metric(metric).toLocaleLowerCase(fmt.locale);
  return (
    <Widget
      id="content-counts"
      title={translate('app.dashboard.content_counts.title')}
      isPending={isPending}
      error={error}
      isEmpty={shape.months.length === 0}
      onRetry={() => void refetch()}
      controls={
        <FormControl component="fieldset" variant="standard" margin="none">
          <FormLabel component="legend">{translate('app.dashboard.content_counts.metric')}</FormLabel>
          <RadioGroup
            row
            value={metric}
            onChange={(e) => setMetric(e.target.value as ContentMetric)}
            name="content-metric"
          >
            <FormControlLabel value="answers" control={<Radio />} label={labels.metric('answers')} />
            <FormControlLabel value="paths" control={<Radio />} label={labels.metric('paths')} />
          </RadioGroup>
        </FormControl>
      }
    >
      <Chart
        locale={fmt.locale}
        testId="chart-content-counts"
        spec={{
          kind: 'line',
          labels: shape.labels,
          partial: shape.months.map(months.isPartial),
          valueFormat: 'number',
          series: shape.audiences.map((a) => ({ key: a, label: labels.audience(a), values: values[a] ?? [] })),
        }}
        ariaLabel={translate('app.dashboard.content_counts.summary', {
          metric: metricName,
          from: fmt.monthLong(shape.months[0] ?? ''),
          to: fmt.monthLong(shape.months[shape.months.length - 1] ?? ''),
          latest: summaryList(
            shape.audiences.map((a) => ({ label: labels.audience(a), value: fmt.number(shape.latest[a]?.[metric]) })),
          ),
        })}
      />
      <AccessibleTable
        testId="table-content-counts"
        caption={translate('app.dashboard.content_counts.caption')}
        columns={[
          { key: 'month', label: translate('app.common.month') },
          ...shape.audiences.flatMap((a) => [
            {
              key: `${a}:answers`,
              label: `${labels.audience(a)}: ${labels.metric('answers').toLocaleLowerCase(fmt.locale)}`,
              numeric: true,
            },
            {
              key: `${a}:paths`,
              label: `${labels.audience(a)}: ${labels.metric('paths').toLocaleLowerCase(fmt.locale)}`,
              numeric: true,
            },
          ]),
        ]}
        rows={shape.months.map((m, i) => ({
          key: m,
          header: shape.labels[i],
          cells: shape.audiences.flatMap((a) => [
            { text: fmt.number(shape.answers[a]![i]), raw: shape.answers[a]![i] },
            { text: fmt.number(shape.paths[a]![i]), raw: shape.paths[a]![i] },
          ]),
        }))}
      />
    </Widget>
  );
}
