import { useTranslate } from 'react-admin';
import type { HandoffRow, ReportFilter } from '../types';
import { Widget } from '../common/Widget';
import { AccessibleTable } from '../common/AccessibleTable';
import { Chart } from '../charts/Chart';
import { useFormatters } from '../common/useFormatters';
import { useReportList } from '../common/useReportList';
import { summaryList, useValueLabels } from '../common/labels';
import { shapeHandoffs } from './shape-handoffs';
import { ExcelCsvButton } from '../common/ExcelCsvButton';
import type { CsvColumn } from '../common/excel-csv';

/** Handoffs per handoff channel (GET /handoffs, summed over reason and urgency). */
export function HandoffsWidget({ filter }: { filter: ReportFilter }) {
  const translate = useTranslate();
  const fmt = useFormatters();
  const labels = useValueLabels();
  const { data, isPending, error, refetch } = useReportList<HandoffRow>('handoffs', {
    filter: { ...filter },
    sort: { field: 'count', order: 'DESC' },
  });
  const shape = shapeHandoffs(data ?? []);
  const column = (key: string) => translate(`app.managerReports.columns.${key}`);
  const csvColumns: CsvColumn<HandoffRow>[] = [
    { label: column('handoffChannel'), kind: 'text', value: (r) => labels.handoffChannel(r.handoffChannel) },
    { label: column('reason'), kind: 'text', value: (r) => labels.handoffReason(r.reason) },
    {
      label: column('urgency'),
      kind: 'text',
      value: (r) => translate(`app.managerReports.urgency.${r.urgency}`, { _: r.urgency }),
    },
    { label: column('count'), kind: 'number', value: (r) => r.count },
  ];
  return (
    <Widget
      id="handoffs"
      title={translate('app.dashboard.handoffs.title')}
      isPending={isPending}
      error={error}
      isEmpty={shape.items.length === 0}
      onRetry={() => void refetch()}
      controls={
        <ExcelCsvButton<HandoffRow>
          resource="handoffs"
          filter={{ ...filter }}
          sort={{ field: 'count', order: 'DESC' }}
          columns={csvColumns}
          filename="handoffs"
          testId="csv-handoffs"
        />
      }
    >
      <Chart
        locale={fmt.locale}
        testId="chart-handoffs"
        spec={{
          kind: 'bar',
          labels: shape.items.map((i) => labels.handoffChannel(i.channel)),
          valueFormat: 'number',
          series: [
            { key: 'count', label: labels.metric('handoffs'), values: shape.items.map((i) => i.count), colorIndex: 3 },
          ],
        }}
        ariaLabel={translate('app.dashboard.handoffs.summary', {
          list: summaryList(
            shape.items.map((i) => ({ label: labels.handoffChannel(i.channel), value: fmt.number(i.count) })),
          ),
        })}
      />
      <AccessibleTable
        testId="table-handoffs"
        caption={translate('app.dashboard.handoffs.caption')}
        columns={[
          { key: 'channel', label: translate('app.filters.channel') },
          { key: 'count', label: labels.metric('handoffs'), numeric: true },
          { key: 'share', label: labels.metric('share'), numeric: true },
        ]}
        rows={shape.items.map((i) => ({
          key: i.channel,
          header: labels.handoffChannel(i.channel),
          cells: [
            { text: fmt.number(i.count), raw: i.count },
            { text: fmt.percent(i.share), raw: i.share },
          ],
        }))}
        footer={{
          key: 'total',
          header: translate('app.common.total'),
          cells: [{ text: fmt.number(shape.total), raw: shape.total }, { text: '' }],
        }}
      />
    </Widget>
  );
}
