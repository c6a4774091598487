import { Link as RouterLink } from 'react-router-dom';
import { Link } from '@mui/material';
import { DataTable, List, useListContext, useLocaleState, useTranslate } from 'react-admin';
import { markedTitle, titleLocaleFor } from '../common/titleLocale';
import type { PathPerformanceRow } from '../types';
import { DocTitleText } from '../common/PageTitle';
import { useFormatters } from '../common/useFormatters';
import { useValueLabels } from '../common/labels';
import { EmptyState } from '../common/StateMessages';
import { ListError } from '../common/ListStates';
import { ScrollRegion } from '../common/ScrollRegion';
import { useCommonListFilters } from '../common/listFilters';
import { ListExcelExport } from '../common/ListExcelExport';
import { toFilterQuery } from '../filters/filter-params';

function PathTable() {
  const translate = useTranslate();
  const fmt = useFormatters();
  const labels = useValueLabels();
  const { filterValues } = useListContext();
  const query = toFilterQuery(filterValues ?? {});
  const [ui] = useLocaleState();
  const num = (v: number | null | undefined) => <span data-value={v ?? ''}>{fmt.number(v)}</span>;
  return (
    <ScrollRegion label={translate('app.paths.title')}>
      <DataTable<PathPerformanceRow>
        rowClick={false}
        bulkActionButtons={false}
        empty={<EmptyState testId="empty-paths" />}
        data-testid="table-paths"
      >
        <DataTable.Col
          source="title"
          disableSort
          render={(r) => (
            <Link component={RouterLink} to={`/paths/${encodeURIComponent(String(r.id))}/show${query}`}>
              {markedTitle(r, ui)}
            </Link>
          )}
        />
        <DataTable.Col source="audience" disableSort render={(r) => labels.audience(r.audience)} />
        <DataTable.Col source="starts" sortByOrder="DESC" align="right" render={(r) => num(r.starts)} />
        <DataTable.Col source="completions" sortByOrder="DESC" align="right" render={(r) => num(r.completions)} />
        <DataTable.Col source="abandonments" sortByOrder="DESC" align="right" render={(r) => num(r.abandonments)} />
        <DataTable.Col
          source="completionRate"
          sortByOrder="DESC"
          align="right"
          render={(r) => <span data-value={r.completionRate ?? ''}>{fmt.percent(r.completionRate)}</span>}
        />
      </DataTable>
    </ScrollRegion>
  );
}

/** Guidance paths with starts, completions and completion rate (GET /path-performance). */
export function PathList() {
  const translate = useTranslate();
  const [ui] = useLocaleState();
  return (
    <List
      resource="paths"
      filter={{ titleLocale: titleLocaleFor(ui) }}
      title={<DocTitleText text={translate('app.paths.title')} />}
      filters={useCommonListFilters()}
      sort={{ field: 'starts', order: 'DESC' }}
      perPage={25}
      exporter={false}
      actions={<PathExport />}
      empty={<EmptyState testId="empty-paths" />}
      error={<ListError />}
    >
      <PathTable />
    </List>
  );
}

function PathExport() {
  const labels = useValueLabels();
  const [ui] = useLocaleState();
  return (
    <ListExcelExport<PathPerformanceRow>
      testId="csv-paths"
      columns={[
        { source: 'title', kind: 'text', value: (r) => markedTitle(r, ui) },
        { source: 'audience', kind: 'text', value: (r) => labels.audience(r.audience) },
        { source: 'starts', kind: 'number' },
        { source: 'completions', kind: 'number' },
        { source: 'abandonments', kind: 'number' },
        { source: 'completionRate', kind: 'percent' },
      ]}
    />
  );
}
