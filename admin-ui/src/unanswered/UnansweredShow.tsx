import type { ReactNode } from 'react';
import { Alert, Box, Card, CardContent, Typography } from '@mui/material';
import { Show, useRecordContext, useShowContext, useTranslate } from 'react-admin';
import type { UnansweredDetail } from '../types';
import { DocTitleText } from '../common/PageTitle';
import { AccessibleTable } from '../common/AccessibleTable';
import { EmptyState, LoadingState } from '../common/StateMessages';
import { ShowError } from '../common/ListStates';
import { QueryState } from '../common/Widget';
import { ExternalLink } from '../common/ExternalLink';
import { Chart } from '../charts/Chart';
import { useFormatters } from '../common/useFormatters';
import { useValueLabels } from '../common/labels';
import { useAppPermissions } from '../common/useAppPermissions';
import { shapeTrend } from './shape-trend';
import { TriageButtons } from './TriageButtons';
import { ResolveForm } from './ResolveForm';
import { groupLabel } from './group-label';
import { MoveExamples } from './MoveExamples';
import { SuggestedFix } from './SuggestedFix';
import { SimilarGroups } from './SimilarGroups';

function ShowTitle() {
  const record = useRecordContext<UnansweredDetail>();
  const translate = useTranslate();
  return <DocTitleText text={record?.label ?? translate('resources.unanswered.name', { smart_count: 1 })} />;
}

function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Card component="section" sx={{ mb: 2, minWidth: 0 }} data-testid={testId}>
      <CardContent>
        <Typography component="h2" variant="h6" gutterBottom>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: '14rem minmax(0, 1fr)' },
        gap: { xs: 0, sm: 2 },
        py: 0.5,
      }}
    >
      <Typography component="dt" sx={{ fontWeight: 700 }}>
        {label}
      </Typography>
      <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
        {children}
      </Typography>
    </Box>
  );
}

function UnansweredDetailView() {
  const translate = useTranslate();
  const fmt = useFormatters();
  const labels = useValueLabels();
  const { permissions } = useAppPermissions();
  const { record, refetch, isFetching } = useShowContext<UnansweredDetail>();
  if (!record) return <LoadingState />;
  const f = (field: string) => translate(`resources.unanswered.fields.${field}`);
  const trend = shapeTrend(record.trend, fmt.month);
  const examplesLang = record.locales?.length === 1 ? record.locales[0] : undefined;

  return (
    <Box sx={{ pt: 2 }} data-testid="unanswered-detail">
      <Section title={translate('app.unanswered.details')} testId="unanswered-fields">
        <Box component="dl" sx={{ m: 0 }}>
          <Field label={f('label')}>
            {record.label === null ? groupLabel(record, translate) : <span lang={examplesLang}>{record.label}</span>}
          </Field>
          <Field label={f('status')}>
            <span data-testid="unanswered-status" data-value={record.status}>
              {labels.status(record.status)}
            </span>
          </Field>
          <Field
            label={
              record.period
                ? translate('app.unanswered.count_in_period', {
                    from: fmt.date(record.period.from),
                    to: fmt.date(record.period.to),
                  })
                : f('count')
            }
          >
            <span data-testid="unanswered-count" data-value={record.count}>
              {fmt.number(record.count)}
            </span>
          </Field>
          <Field label={f('totalCount')}>
            <span data-value={record.totalCount}>{fmt.number(record.totalCount)}</span>
          </Field>
          <Field label={f('firstSeen')}>{fmt.dateTime(record.firstSeen)}</Field>
          <Field label={f('lastSeen')}>{fmt.dateTime(record.lastSeen)}</Field>
          <Field label={f('locales')}>{(record.locales ?? []).map((l) => labels.locale(l)).join(', ')}</Field>
          <Field label={translate('app.unanswered.resolution')}>
            {record.resolution ? (
              <span data-testid="unanswered-resolution">
                {labels.kind(record.resolution.kind)}: {record.resolution.title}{' '}
                {record.resolution.draft ? (
                  <span data-testid="resolution-draft">({translate('app.unanswered.draft')}) </span>
                ) : null}
                {record.resolution.adminUrl ? (
                  <ExternalLink href={record.resolution.adminUrl} testId="resolution-admin-link">
                    {translate('app.common.open_in_strapi')}
                  </ExternalLink>
                ) : null}
              </span>
            ) : (
              translate('app.unanswered.not_resolved')
            )}
          </Field>
        </Box>
        {record.rephraseConversations > 0 ? (
          <Alert severity="info" sx={{ mt: 1 }} data-testid="rephrase-merged" data-value={record.rephraseConversations}>
            {translate('app.rephrasings.merged', { smart_count: record.rephraseConversations })}{' '}
            {translate('app.rephrasings.undo')}
          </Alert>
        ) : null}
      </Section>

      <Section title={translate('app.unanswered.examples')} testId="unanswered-examples">
        {record.examples?.length ? (
          <Box component="ul" lang={examplesLang} sx={{ m: 0, pl: 3 }}>
            {record.examples.map((e, i) => (
              <li key={i}>
                <Typography sx={{ overflowWrap: 'anywhere' }}>{e}</Typography>
              </li>
            ))}
          </Box>
        ) : (
          <EmptyState text={translate('app.unanswered.no_examples')} />
        )}
        {permissions.canTriage ? <MoveExamples key={String(record.id)} record={record} /> : null}
      </Section>

      <Section title={translate('app.similar.title')} testId="unanswered-similar">
        <SimilarGroups
          key={String(record.id)}
          record={record}
          canMerge={permissions.canTriage}
          onDone={() => void refetch()}
        />
      </Section>

      {permissions.canTriage ? (
        <Section title={translate('app.triage.suggest.title')} testId="unanswered-suggested-fix">
          <SuggestedFix key={String(record.id)} record={record} onDone={() => void refetch()} />
        </Section>
      ) : null}

      <Section title={translate('app.unanswered.trend.title')} testId="widget-unanswered-trend">
        {/* No trend yet (a cached list row): loading while the detail is fetched, else a plain "no data". */}
        <QueryState
          isPending={record.trend === undefined && isFetching}
          isEmpty={record.trend === undefined || trend.months.length === 0}
          emptyTestId={record.trend === undefined ? undefined : 'empty-unanswered-trend'}
        >
          <Chart
            locale={fmt.locale}
            testId="chart-unanswered-trend"
            height={220}
            spec={{
              kind: 'bar',
              labels: trend.labels,
              valueFormat: 'number',
              series: [{ key: 'count', label: f('count'), values: trend.values, colorIndex: 1 }],
            }}
            ariaLabel={translate('app.unanswered.trend.summary', {
              from: fmt.monthLong(trend.months[0] ?? ''),
              to: fmt.monthLong(trend.months[trend.months.length - 1] ?? ''),
              total: fmt.number(trend.total),
            })}
          />
          <AccessibleTable
            testId="table-unanswered-trend"
            caption={translate('app.unanswered.trend.caption')}
            columns={[
              { key: 'month', label: translate('app.common.month') },
              { key: 'count', label: f('count'), numeric: true },
            ]}
            rows={trend.months.map((m, i) => ({
              key: m,
              header: trend.labels[i],
              cells: [{ text: fmt.number(trend.values[i]), raw: trend.values[i] }],
            }))}
            footer={{
              key: 'total',
              header: translate('app.common.total'),
              cells: [{ text: fmt.number(trend.total), raw: trend.total }],
            }}
          />
        </QueryState>
      </Section>

      <Section title={translate('app.unanswered.triage_title')} testId="unanswered-triage">
        {permissions.canTriage ? (
          <>
            <TriageButtons record={record} onDone={() => void refetch()} />
            <ResolveForm key={String(record.id)} record={record} onDone={() => void refetch()} />
          </>
        ) : (
          <Alert severity="info" data-testid="triage-readonly">
            {translate('app.unanswered.triage_readonly')}
          </Alert>
        )}
      </Section>
    </Box>
  );
}

/** Detail of one question group: redacted examples, monthly trend, triage and resolve. */
export function UnansweredShow() {
  return (
    // Always fetch the detail: list rows (cached by react-admin) have ≤3 examples and no trend,
    // and each view of the question texts must reach the API's access log.
    <Show
      title={<ShowTitle />}
      error={<ShowError />}
      actions={false}
      component="div"
      emptyWhileLoading
      queryOptions={{ refetchOnMount: 'always', staleTime: 0 }}
    >
      <UnansweredDetailView />
    </Show>
  );
}
