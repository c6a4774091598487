import { useLocaleState, useTranslate } from 'react-admin';
import { markedTitle } from '../common/titleLocale';
import type { PathPerformanceRow, ReportFilter } from '../types';
import { useFormatters } from '../common/useFormatters';
import { useReportList } from '../common/useReportList';
import { useValueLabels } from '../common/labels';
import { shapeTopPaths } from './shape-top-paths';
import { RankedBarWidget } from './RankedBarWidget';

/** The five most started guidance paths (GET /path-performance?sort=starts&order=DESC&pageSize=5). */
export function TopPathsWidget({ filter, linkQuery }: { filter: ReportFilter; linkQuery: string }) {
  const translate = useTranslate();
  const fmt = useFormatters();
  const labels = useValueLabels();
  const [ui] = useLocaleState();
  const query = useReportList<PathPerformanceRow>('paths', {
    filter: { ...filter },
    sort: { field: 'starts', order: 'DESC' },
    perPage: 5,
  });
  return (
    <RankedBarWidget
      id="top-paths"
      query={query}
      items={shapeTopPaths(query.data ?? [], 5).map((i) => ({ ...i, title: markedTitle(i, ui) }))}
      label={(i) => i.title}
      series={[
        { key: 'starts', label: labels.metric('starts'), value: (i) => i.starts },
        { key: 'completions', label: labels.metric('completions'), value: (i) => i.completions, colorIndex: 2 },
      ]}
      summaryValue={(i) => `${fmt.number(i.starts)} / ${fmt.number(i.completions)}`}
      columns={[
        { key: 'title', label: translate('resources.paths.fields.title') },
        { key: 'starts', label: labels.metric('starts'), numeric: true },
        { key: 'completions', label: labels.metric('completions'), numeric: true },
        { key: 'completionRate', label: labels.metric('completionRate'), numeric: true },
      ]}
      href={(i) => `/paths/${encodeURIComponent(i.id)}/show${linkQuery}`}
      row={(i) => ({
        key: i.id,
        cells: [
          { text: fmt.number(i.starts), raw: i.starts },
          { text: fmt.number(i.completions), raw: i.completions },
          { text: fmt.percent(i.completionRate), raw: i.completionRate },
        ],
      })}
      viewAll={{ to: '/paths', menu: 'paths' }}
    />
  );
}
