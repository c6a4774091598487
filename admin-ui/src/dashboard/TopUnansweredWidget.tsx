import { Link as RouterLink } from 'react-router-dom';
import { Link } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ReportFilter, UnansweredRow } from '../types';
import { Widget } from '../common/Widget';
import { AccessibleTable } from '../common/AccessibleTable';
import { Chart } from '../charts/Chart';
import { useFormatters } from '../common/useFormatters';
import { useReportList } from '../common/useReportList';
import { summaryList, useValueLabels } from '../common/labels';
import { shapeTopUnanswered } from './shape-top-unanswered';

export const OPEN_STATUSES = ['new', 'in_progress'];

/** The five most asked open unanswered question groups (GET /unanswered?status=new,in_progress&sort=count). */
export function TopUnansweredWidget({ filter }: { filter: ReportFilter }) {
  const translate = useTranslate();
  const fmt = useFormatters();
  const labels = useValueLabels();
  const { data, isPending, error, refetch } = useReportList<UnansweredRow>('unanswered', {
    filter: { ...filter, status: OPEN_STATUSES },
    sort: { field: 'count', order: 'DESC' },
    perPage: 5,
  });
  const items = shapeTopUnanswered(data ?? [], translate, 5);
  const short = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);
  return (
    <Widget
      id="top-unanswered"
      title={translate('app.dashboard.top_unanswered.title')}
      isPending={isPending}
      error={error}
      isEmpty={items.length === 0}
      onRetry={() => void refetch()}
    >
      <Chart
        locale={fmt.locale}
        testId="chart-top-unanswered"
        spec={{
          kind: 'bar',
          horizontal: true,
          labels: items.map((i) => short(i.label)),
          valueFormat: 'number',
          series: [
            {
              key: 'count',
              label: translate('resources.unanswered.fields.count'),
              values: items.map((i) => i.count),
              colorIndex: 1,
            },
          ],
        }}
        ariaLabel={translate('app.dashboard.top_unanswered.summary', {
          list: summaryList(items.map((i) => ({ label: i.label, value: fmt.number(i.count) }))),
        })}
      />
      <AccessibleTable
        testId="table-top-unanswered"
        caption={translate('app.dashboard.top_unanswered.caption')}
        columns={[
          { key: 'label', label: translate('resources.unanswered.fields.label') },
          { key: 'count', label: translate('resources.unanswered.fields.count'), numeric: true },
          { key: 'status', label: translate('resources.unanswered.fields.status') },
          { key: 'lastSeen', label: translate('resources.unanswered.fields.lastSeen') },
        ]}
        rows={items.map((i) => ({
          key: i.id,
          header: (
            <Link component={RouterLink} to={`/unanswered/${encodeURIComponent(i.id)}/show`}>
              {i.label}
            </Link>
          ),
          cells: [
            { text: fmt.number(i.count), raw: i.count },
            { text: labels.status(i.status), raw: i.status },
            { text: fmt.date(i.lastSeen), raw: i.lastSeen },
          ],
        }))}
      />
      <Link component={RouterLink} to="/unanswered">
        {translate('app.common.view_all')}: {translate('app.menu.unanswered')}
      </Link>
    </Widget>
  );
}
