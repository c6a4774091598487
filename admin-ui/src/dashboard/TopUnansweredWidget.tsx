import { useTranslate } from 'react-admin';
import { OPEN_GROUP_STATUSES, type ReportFilter, type UnansweredRow } from '../types';
import { useFormatters } from '../common/useFormatters';
import { useReportList } from '../common/useReportList';
import { useValueLabels } from '../common/labels';
import { shapeTopUnanswered } from './shape-top-unanswered';
import { RankedBarWidget } from './RankedBarWidget';

/** The five most asked open unanswered question groups (GET /unanswered?status=new,in_progress&sort=count). */
export function TopUnansweredWidget({ filter }: { filter: ReportFilter }) {
  const translate = useTranslate();
  const fmt = useFormatters();
  const labels = useValueLabels();
  const query = useReportList<UnansweredRow>('unanswered', {
    filter: { ...filter, status: [...OPEN_GROUP_STATUSES] },
    sort: { field: 'count', order: 'DESC' },
    perPage: 5,
  });
  const count = translate('resources.unanswered.fields.count');
  return (
    <RankedBarWidget
      id="top-unanswered"
      query={query}
      items={shapeTopUnanswered(query.data ?? [], translate, 5)}
      label={(i) => i.label}
      series={[{ key: 'count', label: count, value: (i) => i.count, colorIndex: 1 }]}
      summaryValue={(i) => fmt.number(i.count)}
      columns={[
        { key: 'label', label: translate('resources.unanswered.fields.label') },
        { key: 'count', label: count, numeric: true },
        { key: 'status', label: translate('resources.unanswered.fields.status') },
        { key: 'lastSeen', label: translate('resources.unanswered.fields.lastSeen') },
      ]}
      href={(i) => `/unanswered/${encodeURIComponent(i.id)}/show`}
      row={(i) => ({
        key: i.id,
        cells: [
          { text: fmt.number(i.count), raw: i.count },
          { text: labels.status(i.status), raw: i.status },
          { text: fmt.date(i.lastSeen), raw: i.lastSeen },
        ],
      })}
      viewAll={{ to: '/unanswered', menu: 'unanswered' }}
    />
  );
}
