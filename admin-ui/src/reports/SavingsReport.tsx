import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ReportFilter, SavingsMeta, SavingsRow } from '../types';
import { QueryState, Widget } from '../common/Widget';
import { AccessibleTable } from '../common/AccessibleTable';
import { ExcelCsvButton } from '../common/ExcelCsvButton';
import type { CsvColumn } from '../common/excel-csv';
import { useFormatters } from '../common/useFormatters';
import { useReportList } from '../common/useReportList';
import { useValueLabels } from '../common/labels';
import { usePartialMonths } from '../common/usePartialMonths';
import { shapeSavings } from '../dashboard/shape-savings';
import { SavingsParametersForm } from './SavingsParametersForm';

/** Savings parameters (editable with canEditSavings) and the savings table per month (GET /savings). */
export function SavingsReport({ filter, canEditSavings }: { filter: ReportFilter; canEditSavings: boolean }) {
  const translate = useTranslate();
  const fmt = useFormatters();
  const labels = useValueLabels();
  const sort = { field: 'month', order: 'ASC' as const };
  const { data, meta, isPending, error, refetch } = useReportList<SavingsRow>('savings', {
    filter: { ...filter },
    sort,
  });
  const savingsMeta = meta as SavingsMeta | undefined;
  const months = usePartialMonths(meta);
  const shape = shapeSavings(data ?? [], savingsMeta);
  const cols = [
    { key: 'conversations', text: (v: number) => fmt.number(v) },
    { key: 'withHandoff', text: (v: number) => fmt.number(v) },
    { key: 'resolvedByBot', text: (v: number) => fmt.number(v) },
    { key: 'hoursSaved', text: (v: number) => fmt.number(v, 1) },
    { key: 'eurosSaved', text: (v: number) => fmt.euros(v) },
    { key: 'staffYears', text: (v: number) => fmt.number(v, 2) },
  ] as const;
  const csvColumns: CsvColumn<SavingsRow>[] = [
    { label: translate('app.common.month'), kind: 'text', value: (r) => months.formatMonth(r.month) },
    ...cols.map((c) => ({
      label: labels.metric(c.key),
      kind: 'number' as const,
      value: (r: SavingsRow) => (c.key === 'hoursSaved' ? r.minutesSaved / 60 : r[c.key]),
    })),
  ];
  return (
    <Widget id="report-savings" title={translate('app.reports.savings.title')} wide>
      <SavingsParametersForm canEdit={canEditSavings} usedParameters={savingsMeta?.parameters} />
      <Typography variant="body2" sx={{ my: 1, color: 'text.secondary' }}>
        {translate('app.managerReports.resolved_help')}
      </Typography>
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1 }}>
        <ExcelCsvButton
          resource="savings"
          filter={{ ...filter }}
          sort={sort}
          columns={csvColumns}
          filename="savings"
          testId="csv-savings"
        />
      </Box>
      <QueryState
        isPending={isPending}
        error={error}
        isEmpty={shape.months.length === 0}
        emptyTestId="empty-report-savings"
        onRetry={() => void refetch()}
      >
        <AccessibleTable
          testId="table-report-savings"
          caption={translate('app.reports.savings.caption')}
          columns={[
            { key: 'month', label: translate('app.common.month') },
            ...cols.map((c) => ({ key: c.key, label: labels.metric(c.key), numeric: true })),
          ]}
          rows={shape.months.map((m) => ({
            key: m.month,
            header: months.formatMonth(m.month),
            cells: cols.map((c) => {
              const v = Number((m as unknown as Record<string, number>)[c.key]) || 0;
              return { text: c.text(v), raw: v };
            }),
          }))}
          footer={{
            key: 'total',
            header: translate('app.common.total'),
            cells: cols.map((c) => {
              const v = Number((shape.totals as unknown as Record<string, number>)[c.key]) || 0;
              return { text: c.text(v), raw: v };
            }),
          }}
        />
      </QueryState>
    </Widget>
  );
}
