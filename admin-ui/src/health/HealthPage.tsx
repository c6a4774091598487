import { useState } from 'react';
import { Box, Button, MenuItem, TextField, Typography } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { PageTitle } from '../common/PageTitle';
import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { ExternalLink } from '../common/ExternalLink';
import { AccessibleTable, type TableRowSpec } from '../common/AccessibleTable';
import { ExcelCsvButton } from '../common/ExcelCsvButton';
import { EmptyState, LoadingState } from '../common/StateMessages';
import { useFormatters } from '../common/useFormatters';
import type { ContentHealthMeta as HealthMeta, ContentHealthRow as HealthRow, HealthLink } from '@botkb/contract';
import { HEALTH_KINDS, type HealthKind } from '@botkb/contract/enums';
import { healthCounts, healthDetail } from './shape-health-rows';

const RESOURCE = 'content-health';

/** "Sisällön kunto": the content team's work list (GET /analytics-api/content-health), read-only. */
export function HealthPage() {
  const translate = useTranslate();
  const fmt = useFormatters();
  const [kind, setKind] = useState<HealthKind | ''>('');
  const [owner, setOwner] = useState('');
  const filter = { ...(kind ? { kind } : {}), ...(owner ? { owner } : {}) };
  const list = useGetList<HealthRow>(RESOURCE, {
    filter,
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'rank', order: 'DESC' },
  });
  const meta = list.meta as HealthMeta | undefined;
  const rules = meta?.rules;
  const entryLink = (e: HealthLink, testId?: string) =>
    e.adminUrl ? (
      <ExternalLink href={e.adminUrl} testId={testId}>
        {e.title}
      </ExternalLink>
    ) : (
      <span>{e.title}</span>
    );
  const rows: TableRowSpec[] = (list.data ?? []).map((r) => {
    const detail = healthDetail(r, fmt);
    return {
      key: r.id,
      header: entryLink(r, `health-link-${r.id}`),
      cells: [
        { text: translate(`app.health.kind.${r.kind}`), raw: r.kind },
        { text: translate(`app.health.severity.${r.severity}`), raw: r.severity },
        { text: r.owner ?? '–', raw: r.owner },
        {
          text: (
            <Box>
              {translate(`app.health.detail.${detail.key}`, detail.params)}
              {r.other ? (
                <Box>
                  {translate('app.health.competes_with')} {entryLink(r.other)}
                </Box>
              ) : null}
              {r.examples.length ? (
                <Box component="ul" sx={{ m: 0, pl: 2 }} aria-label={translate('app.health.examples')}>
                  {r.examples.map((e) => (
                    <li key={`${e.locale}|${e.question}`} lang={e.locale}>
                      “{e.question}” ({translate('app.health.times', { smart_count: e.count })})
                    </li>
                  ))}
                </Box>
              ) : null}
            </Box>
          ),
          raw: r.count ?? r.days ?? r.helpfulRate,
        },
      ],
    };
  });
  return (
    <Box sx={{ py: 2, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 2 }} data-testid="health">
      <PageTitle text={translate('app.health.title')} />
      <Typography>{translate('app.health.intro')}</Typography>
      {rules ? (
        <Typography variant="body2" color="text.secondary" data-testid="health-rules">
          {translate('app.health.rules', {
            days: rules.reviewDueSoonDays,
            feedback: rules.lowHelpfulMinFeedback,
            rate: fmt.percent(rules.lowHelpfulRate),
            margin: fmt.number(rules.competingMargin, 2),
            asks: rules.competingMinAsks,
          })}
        </Typography>
      ) : null}
      <Box role="group" aria-label={translate('app.health.kinds')} sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
        <Button
          variant={kind === '' ? 'contained' : 'outlined'}
          aria-pressed={kind === ''}
          onClick={() => setKind('')}
          data-testid="health-kind-all"
        >
          {translate('app.health.all')}
        </Button>
        {healthCounts(meta?.counts, HEALTH_KINDS).map((c) => (
          <Button
            key={c.kind}
            variant={kind === c.kind ? 'contained' : 'outlined'}
            aria-pressed={kind === c.kind}
            onClick={() => setKind(c.kind)}
            data-testid={`health-kind-${c.kind}`}
            data-value={c.count}
          >
            {translate(`app.health.kind.${c.kind}`)}: {fmt.number(c.count)}
          </Button>
        ))}
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
        <TextField
          select
          label={translate('app.health.owner')}
          value={owner}
          onChange={(e) => setOwner(e.target.value)}
          sx={{ width: 360, maxWidth: '100%' }}
          inputProps={{ 'data-testid': 'health-owner' }}
        >
          <MenuItem value="">{translate('app.health.all_owners')}</MenuItem>
          {(meta?.owners ?? []).map((o) => (
            <MenuItem key={o} value={o}>
              {o}
            </MenuItem>
          ))}
        </TextField>
        <ExcelCsvButton<HealthRow>
          resource={RESOURCE}
          filter={filter}
          sort={{ field: 'rank', order: 'DESC' }}
          columns={[
            { label: translate('app.health.column.entry'), kind: 'text', value: (r) => r.title },
            {
              label: translate('app.health.column.kind'),
              kind: 'text',
              value: (r) => translate(`app.health.kind.${r.kind}`),
            },
            { label: translate('app.health.column.severity'), kind: 'number', value: (r) => r.severity },
            { label: translate('app.health.column.owner'), kind: 'text', value: (r) => r.owner },
            { label: translate('app.health.column.other'), kind: 'text', value: (r) => r.other?.title ?? null },
            { label: translate('app.health.column.count'), kind: 'number', value: (r) => r.count ?? r.days },
            { label: translate('app.health.column.helpful'), kind: 'percent', value: (r) => r.helpfulRate },
            { label: 'URL', kind: 'text', value: (r) => r.adminUrl },
          ]}
          filename={RESOURCE}
          testId="health-csv"
        />
      </Box>
      {list.error ? <ApiErrorAlert error={list.error} onRetry={() => list.refetch()} /> : null}
      {list.isPending ? <LoadingState /> : null}
      {!list.isPending && !list.error && rows.length === 0 ? <EmptyState testId="empty-health" /> : null}
      {rows.length ? (
        <AccessibleTable
          testId="table-health"
          caption={translate('app.health.caption', { count: list.total ?? rows.length })}
          columns={[
            { key: 'entry', label: translate('app.health.column.entry') },
            { key: 'kind', label: translate('app.health.column.kind') },
            { key: 'severity', label: translate('app.health.column.severity') },
            { key: 'owner', label: translate('app.health.column.owner') },
            { key: 'detail', label: translate('app.health.column.detail') },
          ]}
          rows={rows}
        />
      ) : null}
    </Box>
  );
}
