import { Alert, Box } from '@mui/material';
import { useTranslate } from 'react-admin';
import { PageTitle } from '../common/PageTitle';
import { FilterBar } from '../filters/FilterBar';
import { useReportFilters } from '../filters/useReportFilters';
import { parseBreakdown } from '../filters/filter-params';
import { useAppPermissions } from '../common/useAppPermissions';
import { UsageReport } from './UsageReport';
import { SavingsReport } from './SavingsReport';
import { HandoffsReport, PartnerClicksReport } from './ContactsReport';

/** Reports: monthly usage table (+ breakdown, CSV) and savings (parameters + table, CSV). */
export function Reports() {
  const translate = useTranslate();
  const { permissions } = useAppPermissions();
  const { filter, problem, getParam, setParam } = useReportFilters();
  const breakdown = parseBreakdown(getParam('breakdown'), '');
  return (
    <Box sx={{ py: 2 }} data-testid="reports">
      <PageTitle text={translate('app.reports.title')} />
      <FilterBar />
      {problem ? (
        <Alert severity="warning" role="status">
          {translate(`app.filters.${problem}`)}
        </Alert>
      ) : (
        <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 2 }}>
          <UsageReport filter={filter} breakdown={breakdown} onBreakdownChange={(v) => setParam('breakdown', v)} />
          <SavingsReport filter={filter} canEditSavings={permissions.canEditSavings} />
          <HandoffsReport filter={filter} />
          <PartnerClicksReport filter={filter} />
        </Box>
      )}
    </Box>
  );
}
