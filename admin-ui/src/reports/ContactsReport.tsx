import { Box } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { HandoffRow, PartnerClickRow, ReportFilter } from '../types';
import { QueryState, Widget } from '../common/Widget';
import { AccessibleTable } from '../common/AccessibleTable';
import { ExcelCsvButton } from '../common/ExcelCsvButton';
import type { CsvColumn } from '../common/excel-csv';
import { useFormatters } from '../common/useFormatters';
import { useReportList } from '../common/useReportList';
import { useValueLabels } from '../common/labels';

/** Clicks per partner service (GET /partner-clicks), with an Excel-ready CSV. */
export function PartnerClicksReport({ filter }: { filter: ReportFilter }) {
  const translate = useTranslate();
  const fmt = useFormatters();
  const sort = { field: 'clicks', order: 'DESC' as const };
  const { data, isPending, error, refetch } = useReportList<PartnerClickRow>('partner-clicks', {
    filter: { ...filter },
    sort,
  });
  const column = (key: string) => translate(`app.managerReports.columns.${key}`);
  const csvColumns: CsvColumn<PartnerClickRow>[] = [
    { label: column('partner'), kind: 'text', value: (r) => r.name },
    { label: column('clicks'), kind: 'number', value: (r) => r.clicks },
  ];
  return (
    <Widget id="report-partner-clicks" title={translate('app.managerReports.partner_clicks')} wide>
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1 }}>
        <ExcelCsvButton<PartnerClickRow>
          resource="partner-clicks"
          filter={{ ...filter }}
          sort={sort}
          columns={csvColumns}
          filename="partner-clicks"
          testId="csv-partner-clicks"
        />
      </Box>
      <QueryState
        isPending={isPending}
        error={error}
        isEmpty={(data ?? []).length === 0}
        onRetry={() => void refetch()}
      >
        <AccessibleTable
          testId="table-partner-clicks"
          caption={translate('app.managerReports.partner_clicks')}
          columns={[
            { key: 'partner', label: column('partner') },
            { key: 'clicks', label: column('clicks'), numeric: true },
          ]}
          rows={(data ?? []).map((r) => ({
            key: r.id,
            header: r.name,
            cells: [{ text: fmt.number(r.clicks), raw: r.clicks }],
          }))}
        />
      </QueryState>
    </Widget>
  );
}

/** Handoffs per channel × reason × urgency (GET /handoffs), with an Excel-ready CSV. */
export function HandoffsReport({ filter }: { filter: ReportFilter }) {
  const translate = useTranslate();
  const fmt = useFormatters();
  const labels = useValueLabels();
  const sort = { field: 'count', order: 'DESC' as const };
  const { data, isPending, error, refetch } = useReportList<HandoffRow>('handoffs', { filter: { ...filter }, sort });
  const column = (key: string) => translate(`app.managerReports.columns.${key}`);
  const urgency = (v: string) => translate(`app.managerReports.urgency.${v}`, { _: v });
  const csvColumns: CsvColumn<HandoffRow>[] = [
    { label: column('handoffChannel'), kind: 'text', value: (r) => labels.handoffChannel(r.handoffChannel) },
    { label: column('reason'), kind: 'text', value: (r) => r.reason },
    { label: column('urgency'), kind: 'text', value: (r) => urgency(r.urgency) },
    { label: column('count'), kind: 'number', value: (r) => r.count },
  ];
  return (
    <Widget id="report-handoffs" title={translate('app.managerReports.handoffs')} wide>
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1 }}>
        <ExcelCsvButton<HandoffRow>
          resource="handoffs"
          filter={{ ...filter }}
          sort={sort}
          columns={csvColumns}
          filename="handoffs"
          testId="csv-handoffs-report"
        />
      </Box>
      <QueryState
        isPending={isPending}
        error={error}
        isEmpty={(data ?? []).length === 0}
        onRetry={() => void refetch()}
      >
        <AccessibleTable
          testId="table-report-handoffs"
          caption={translate('app.managerReports.handoffs')}
          columns={[
            { key: 'handoffChannel', label: column('handoffChannel') },
            { key: 'reason', label: column('reason') },
            { key: 'urgency', label: column('urgency') },
            { key: 'count', label: column('count'), numeric: true },
          ]}
          rows={(data ?? []).map((r) => ({
            key: r.id,
            header: labels.handoffChannel(r.handoffChannel),
            cells: [{ text: r.reason }, { text: urgency(r.urgency) }, { text: fmt.number(r.count), raw: r.count }],
          }))}
        />
      </QueryState>
    </Widget>
  );
}
