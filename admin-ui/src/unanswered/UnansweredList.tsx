import { Link as RouterLink } from 'react-router-dom';
import { Link } from '@mui/material';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOff';
import PendingActionsIcon from '@mui/icons-material/PendingActions';
import { DataTable, List, SelectArrayInput, TextInput, useTranslate } from 'react-admin';
import { UNANSWERED_STATUSES, type UnansweredRow } from '../types';
import { DocTitleText } from '../common/PageTitle';
import { useFormatters } from '../common/useFormatters';
import { useValueLabels } from '../common/labels';
import { useAppPermissions } from '../common/useAppPermissions';
import { EmptyState } from '../common/StateMessages';
import { ListError } from '../common/ListStates';
import { ScrollRegion } from '../common/ScrollRegion';
import { useCommonListFilters } from '../common/listFilters';
import { groupLabel } from './group-label';
import { ListExcelExport } from '../common/ListExcelExport';
import { BulkMergeButton } from './BulkMergeButton';
import { BulkResolveButton } from './BulkResolveButton';
import { BulkStatusButton } from './BulkStatusButton';

function BulkTriageButtons() {
  return (
    <>
      <BulkMergeButton />
      <BulkResolveButton />
      <BulkStatusButton status="in_progress" icon={<PendingActionsIcon />} />
      <BulkStatusButton status="ignored" icon={<VisibilityOffIcon />} />
    </>
  );
}

/** Unanswered question groups: filters, full-text search, sort by count / last seen, bulk triage. */
export function UnansweredList() {
  const translate = useTranslate();
  const fmt = useFormatters();
  const labels = useValueLabels();
  const { permissions } = useAppPermissions();
  const filters = [
    <TextInput key="q" source="q" label={translate('app.filters.search')} type="search" alwaysOn resettable />,
    <SelectArrayInput
      key="status"
      source="status"
      label={translate('app.filters.status')}
      choices={UNANSWERED_STATUSES.map((s) => ({ id: s, name: translate(`app.status.${s}`) }))}
      alwaysOn
      sx={{ minWidth: 180 }}
    />,
    ...useCommonListFilters(),
  ];
  return (
    <List
      resource="unanswered"
      title={<DocTitleText text={translate('app.unanswered.title')} />}
      filters={filters}
      sort={{ field: 'count', order: 'DESC' }}
      perPage={25}
      exporter={false}
      actions={<UnansweredExport />}
      empty={<EmptyState testId="empty-unanswered" />}
      error={<ListError />}
      data-testid="list-unanswered"
    >
      <ScrollRegion label={translate('app.unanswered.title')}>
        <DataTable<UnansweredRow>
          rowClick={false}
          bulkActionButtons={permissions.canTriage ? <BulkTriageButtons /> : false}
          empty={<EmptyState testId="empty-unanswered" />}
          data-testid="table-unanswered"
        >
          <DataTable.Col
            source="label"
            disableSort
            render={(r) => (
              <Link component={RouterLink} to={`/unanswered/${encodeURIComponent(String(r.id))}/show`}>
                {groupLabel(r as UnansweredRow, translate)}
              </Link>
            )}
          />
          <DataTable.Col source="status" disableSort render={(r) => labels.status(r.status)} />
          <DataTable.Col
            source="count"
            sortByOrder="DESC"
            align="right"
            render={(r) => <span data-value={r.count}>{fmt.number(r.count)}</span>}
          />
          <DataTable.Col
            source="totalCount"
            disableSort
            align="right"
            render={(r) => <span data-value={r.totalCount}>{fmt.number(r.totalCount)}</span>}
          />
          <DataTable.Col source="lastSeen" sortByOrder="DESC" render={(r) => fmt.date(r.lastSeen)} />
          <DataTable.Col source="firstSeen" sortByOrder="DESC" render={(r) => fmt.date(r.firstSeen)} />
          <DataTable.Col
            source="locales"
            disableSort
            render={(r) => (r.locales ?? []).map((l: string) => labels.locale(l)).join(', ')}
          />
          <DataTable.Col
            source="resolution"
            disableSort
            render={(r) =>
              r.resolution
                ? `${labels.kind(r.resolution.kind)}: ${r.resolution.title}` +
                  (r.resolution.draft ? ` (${translate('app.unanswered.draft')})` : '')
                : ''
            }
          />
        </DataTable>
      </ScrollRegion>
    </List>
  );
}

/** The groups as an Excel-ready CSV: the same request as the list (its views of question texts are access-logged). */
function UnansweredExport() {
  const labels = useValueLabels();
  return (
    <ListExcelExport<UnansweredRow>
      testId="csv-unanswered"
      columns={[
        { source: 'label', kind: 'text', value: (r) => r.label ?? '' },
        { source: 'status', kind: 'text', value: (r) => labels.status(r.status) },
        { source: 'count', kind: 'number' },
        { source: 'totalCount', kind: 'number' },
        { source: 'firstSeen', kind: 'datetime' },
        { source: 'lastSeen', kind: 'datetime' },
        { source: 'locales', kind: 'text', value: (r) => r.locales.map((l) => labels.locale(l)) },
      ]}
    />
  );
}
