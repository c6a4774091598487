import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ReportFilter, SavingsMeta, SavingsRow } from '../types';
import { Widget } from '../common/Widget';
import { useFormatters } from '../common/useFormatters';
import { useReportList } from '../common/useReportList';
import { shapeSavings } from './shape-savings';

/** Savings estimate over the range (meta.totals of GET /savings). No chart: four key figures. */
export function SavingsWidget({ filter }: { filter: ReportFilter }) {
  const translate = useTranslate();
  const fmt = useFormatters();
  const { data, meta, isPending, error, refetch } = useReportList<SavingsRow>('savings', {
    filter: { ...filter },
    sort: { field: 'month', order: 'ASC' },
  });
  const savingsMeta = meta as SavingsMeta | undefined;
  const shape = shapeSavings(data ?? [], savingsMeta);
  const figures = [
    {
      key: 'resolvedByBot',
      label: translate('app.dashboard.savings.resolved'),
      text: fmt.number(shape.totals.resolvedByBot),
      raw: shape.totals.resolvedByBot,
    },
    {
      key: 'hoursSaved',
      label: translate('app.dashboard.savings.hours'),
      text: fmt.number(shape.totals.hoursSaved),
      raw: shape.totals.hoursSaved,
    },
    {
      key: 'eurosSaved',
      label: translate('app.dashboard.savings.euros'),
      text: fmt.euros(shape.totals.eurosSaved),
      raw: shape.totals.eurosSaved,
    },
    {
      key: 'staffYears',
      label: translate('app.dashboard.savings.staff_years'),
      text: fmt.number(shape.totals.staffYears, 2),
      raw: shape.totals.staffYears,
    },
  ];
  return (
    <Widget
      id="savings"
      title={translate('app.dashboard.savings.title')}
      isPending={isPending}
      error={error}
      isEmpty={(data ?? []).length === 0 && !meta?.totals}
      onRetry={() => void refetch()}
    >
      {savingsMeta?.from && savingsMeta.to && (
        <Typography variant="body2" sx={{ mb: 1 }} data-testid="savings-period">
          {translate('app.managerReports.period', { from: fmt.date(savingsMeta.from), to: fmt.date(savingsMeta.to) })}
        </Typography>
      )}
      <Box
        component="dl"
        data-testid="savings-totals"
        sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))' }, gap: 2, m: 0 }}
      >
        {figures.map((f) => (
          <Box key={f.key} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }}>
            <Typography component="dt" variant="body2" sx={{ color: 'text.secondary' }}>
              {f.label}
            </Typography>
            <Typography
              component="dd"
              variant="h5"
              sx={{ m: 0 }}
              data-testid={`savings-${f.key}`}
              data-value={String(f.raw)}
            >
              {f.text}
            </Typography>
          </Box>
        ))}
      </Box>
      <Typography variant="body2" sx={{ mt: 1.5, color: 'text.secondary' }}>
        {translate('app.dashboard.savings.explain')}
      </Typography>
      <Typography variant="body2" sx={{ mt: 1, color: 'text.secondary' }} data-testid="resolved-help">
        {translate('app.managerReports.resolved_help')}
      </Typography>
    </Widget>
  );
}
