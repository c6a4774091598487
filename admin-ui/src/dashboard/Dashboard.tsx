import { Alert, Box } from '@mui/material';
import { useTranslate } from 'react-admin';
import { PageTitle } from '../common/PageTitle';
import { FilterBar } from '../filters/FilterBar';
import { useReportFilters } from '../filters/useReportFilters';
import { parseBreakdown } from '../filters/filter-params';
import { MonthlyUsageWidget } from './MonthlyUsageWidget';
import { AnswerRateWidget } from './AnswerRateWidget';
import { ContentCountsWidget } from './ContentCountsWidget';
import { TopPathsWidget } from './TopPathsWidget';
import { TopUnansweredWidget } from './TopUnansweredWidget';
import { UsageSplitWidget } from './UsageSplitWidget';
import { HandoffsWidget } from './HandoffsWidget';
import { SavingsWidget } from './SavingsWidget';
import { HeadlineWidget } from './HeadlineWidget';

/** The default page: one filter bar (in the URL query) driving every widget. */
export function Dashboard() {
  const translate = useTranslate();
  const { filter, problem, getParam, setParam, queryString } = useReportFilters();
  const breakdown = parseBreakdown(getParam('split'), 'locale');
  return (
    <Box sx={{ py: 2 }} data-testid="dashboard">
      <PageTitle text={translate('app.dashboard.title')} />
      <FilterBar />
      {problem ? (
        <Alert severity="warning" role="status">
          {translate(`app.filters.${problem}`)}
        </Alert>
      ) : (
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'repeat(2, minmax(0, 1fr))' },
            gap: 2,
          }}
        >
          <HeadlineWidget filter={filter} />
          <MonthlyUsageWidget filter={filter} />
          <AnswerRateWidget filter={filter} />
          <SavingsWidget filter={filter} />
          <UsageSplitWidget filter={filter} breakdown={breakdown} onBreakdownChange={(b) => setParam('split', b)} />
          <TopPathsWidget filter={filter} linkQuery={queryString} />
          <TopUnansweredWidget filter={filter} />
          <HandoffsWidget filter={filter} />
          <ContentCountsWidget filter={filter} />
        </Box>
      )}
    </Box>
  );
}
