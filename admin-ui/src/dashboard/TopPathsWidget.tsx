import { Link as RouterLink } from 'react-router-dom';
import { Link } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { PathPerformanceRow, ReportFilter } from '../types';
import { Widget } from '../common/Widget';
import { AccessibleTable } from '../common/AccessibleTable';
import { Chart } from '../charts/Chart';
import { useFormatters } from '../common/useFormatters';
import { useReportList } from '../common/useReportList';
import { summaryList, useValueLabels } from '../common/labels';
import { shapeTopPaths } from './shape-top-paths';

/** The five most started guidance paths (GET /path-performance?sort=starts&order=DESC&pageSize=5). */
export function TopPathsWidget({ filter, linkQuery }: { filter: ReportFilter; linkQuery: string }) {
  const translate = useTranslate();
  const fmt = useFormatters();
  const labels = useValueLabels();
  const { data, isPending, error, refetch } = useReportList<PathPerformanceRow>('paths', {
    filter: { ...filter },
    sort: { field: 'starts', order: 'DESC' },
    perPage: 5,
  });
  const items = shapeTopPaths(data ?? [], 5);
  return (
    <Widget
      id="top-paths"
      title={translate('app.dashboard.top_paths.title')}
      isPending={isPending}
      error={error}
      isEmpty={items.length === 0}
      onRetry={() => void refetch()}
    >
      <Chart
        locale={fmt.locale}
        testId="chart-top-paths"
        spec={{
          kind: 'bar',
          horizontal: true,
          labels: items.map((i) => i.title),
          valueFormat: 'number',
          series: [
            { key: 'starts', label: labels.metric('starts'), values: items.map((i) => i.starts) },
            {
              key: 'completions',
              label: labels.metric('completions'),
              values: items.map((i) => i.completions),
              colorIndex: 2,
            },
          ],
        }}
        ariaLabel={translate('app.dashboard.top_paths.summary', {
          list: summaryList(
            items.map((i) => ({ label: i.title, value: `${fmt.number(i.starts)} / ${fmt.number(i.completions)}` })),
          ),
        })}
      />
      <AccessibleTable
        testId="table-top-paths"
        caption={translate('app.dashboard.top_paths.caption')}
        columns={[
          { key: 'title', label: translate('resources.paths.fields.title') },
          { key: 'starts', label: labels.metric('starts'), numeric: true },
          { key: 'completions', label: labels.metric('completions'), numeric: true },
          { key: 'completionRate', label: labels.metric('completionRate'), numeric: true },
        ]}
        rows={items.map((i) => ({
          key: i.id,
          header: (
            <Link component={RouterLink} to={`/paths/${encodeURIComponent(i.id)}/show${linkQuery}`}>
              {i.title}
            </Link>
          ),
          cells: [
            { text: fmt.number(i.starts), raw: i.starts },
            { text: fmt.number(i.completions), raw: i.completions },
            { text: fmt.percent(i.completionRate), raw: i.completionRate },
          ],
        }))}
      />
      <Link component={RouterLink} to="/paths">
        {translate('app.common.view_all')}: {translate('app.menu.paths')}
      </Link>
    </Widget>
  );
}
