import { Box, Card, CardContent, Typography } from '@mui/material';
import { Show, useLocaleState, useRecordContext, useShowContext, useTranslate } from 'react-admin';
import { markedTitle } from '../common/titleLocale';
import type { PathPerformanceRow } from '../types';
import { DocTitleText } from '../common/PageTitle';
import { AccessibleTable } from '../common/AccessibleTable';
import { EmptyState, LoadingState } from '../common/StateMessages';
import { ShowError } from '../common/ListStates';
import { Chart } from '../charts/Chart';
import { useFormatters } from '../common/useFormatters';
import { summaryList, useValueLabels } from '../common/labels';
import { FilterBar } from '../filters/FilterBar';
import { useReportFilters } from '../filters/useReportFilters';
import { shapeFunnel } from './shape-funnel';
import { PathBranches } from './PathBranches';
import type { ReportFilter } from '../types';

function ShowTitle() {
  const record = useRecordContext<PathPerformanceRow>();
  const translate = useTranslate();
  const [ui] = useLocaleState();
  return (
    <DocTitleText text={record ? markedTitle(record, ui) : translate('resources.paths.name', { smart_count: 1 })} />
  );
}

function PathFunnel({ filter }: { filter: ReportFilter }) {
  const translate = useTranslate();
  const fmt = useFormatters();
  const labels = useValueLabels();
  const { record, isPending } = useShowContext<PathPerformanceRow>();
  const [ui] = useLocaleState();
  if (isPending || !record) return <LoadingState />;
  const steps = shapeFunnel(record);
  const title = markedTitle(record, ui);
  const figures: { key: keyof PathPerformanceRow; text: string; raw: number | null }[] = [
    { key: 'starts', text: fmt.number(record.starts), raw: record.starts },
    { key: 'completions', text: fmt.number(record.completions), raw: record.completions },
    { key: 'abandonments', text: fmt.number(record.abandonments), raw: record.abandonments },
    { key: 'completionRate', text: fmt.percent(record.completionRate), raw: record.completionRate },
  ];
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Card component="section" data-testid="path-summary">
        <CardContent>
          <Typography component="h2" variant="h6" gutterBottom>
            {title}
          </Typography>
          <Typography sx={{ color: 'text.secondary', mb: 1 }}>
            {labels.audience(record.audience)} · {record.slug}
          </Typography>
          <Box
            component="dl"
            sx={{
              display: 'grid',
              gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(4, minmax(0, 1fr))' },
              gap: 2,
              m: 0,
            }}
          >
            {figures.map((f) => (
              <Box key={f.key}>
                <Typography component="dt" variant="body2" sx={{ color: 'text.secondary' }}>
                  {labels.metric(f.key)}
                </Typography>
                <Typography
                  component="dd"
                  variant="h6"
                  sx={{ m: 0 }}
                  data-testid={`path-${f.key}`}
                  data-value={f.raw ?? ''}
                >
                  {f.text}
                </Typography>
              </Box>
            ))}
          </Box>
        </CardContent>
      </Card>
      <Card component="section" data-testid="widget-path-funnel">
        <CardContent>
          <Typography component="h2" variant="h6" gutterBottom>
            {translate('app.paths.funnel.title', { title })}
          </Typography>
          {steps.length === 0 ? (
            <EmptyState text={translate('app.paths.funnel.no_steps')} testId="empty-path-funnel" />
          ) : (
            <>
              <Chart
                locale={fmt.locale}
                testId="chart-path-funnel"
                spec={{
                  kind: 'bar',
                  labels: steps.map((s, i) => `${i + 1}. ${s.title}`),
                  valueFormat: 'number',
                  series: [{ key: 'reached', label: labels.metric('reached'), values: steps.map((s) => s.reached) }],
                }}
                ariaLabel={translate('app.paths.funnel.summary', {
                  title,
                  list: summaryList(
                    steps.map((s, i) => ({
                      label: `${i + 1}. ${s.title}`,
                      value: `${fmt.number(s.reached)} (${labels.metric('dropOffRate').toLocaleLowerCase(fmt.locale)} ${fmt.percent(s.dropOffRate)})`,
                    })),
                  ),
                })}
              />
              <AccessibleTable
                testId="table-path-funnel"
                caption={translate('app.paths.funnel.caption', { title })}
                columns={[
                  { key: 'step', label: translate('app.paths.funnel.step') },
                  { key: 'reached', label: labels.metric('reached'), numeric: true },
                  { key: 'continued', label: labels.metric('continued'), numeric: true },
                  { key: 'dropped', label: labels.metric('dropped'), numeric: true },
                  { key: 'dropOffRate', label: labels.metric('dropOffRate'), numeric: true },
                ]}
                rows={steps.map((s, i) => ({
                  key: s.stepKey,
                  header: `${i + 1}. ${s.title}`,
                  cells: [
                    { text: fmt.number(s.reached), raw: s.reached },
                    { text: fmt.number(s.continued), raw: s.continued },
                    { text: fmt.number(s.dropped), raw: s.dropped },
                    { text: fmt.percent(s.dropOffRate), raw: s.dropOffRate },
                  ],
                }))}
              />
            </>
          )}
        </CardContent>
      </Card>
      <PathBranches slug={record.slug} filter={filter} />
    </Box>
  );
}

/** One guidance path: key figures and the funnel (bar chart + table), with the shared filter bar. */
export function PathShow() {
  const { filter, problem } = useReportFilters();
  return (
    <Box sx={{ pt: 2 }}>
      <FilterBar />
      {problem ? null : (
        <Show
          title={<ShowTitle />}
          error={<ShowError />}
          actions={false}
          component="div"
          queryOptions={{ meta: { filter } }}
        >
          <PathFunnel filter={filter} />
        </Show>
      )}
    </Box>
  );
}
