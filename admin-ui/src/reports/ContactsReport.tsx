import { useTranslate } from 'react-admin';
import type { HandoffRow, PartnerClickRow, ReportFilter } from '../types';
import { useValueLabels } from '../common/labels';
import { ReportTableWidget } from './ReportTableWidget';

/** Clicks per partner service (GET /partner-clicks), with an Excel-ready CSV. */
export function PartnerClicksReport({ filter }: { filter: ReportFilter }) {
  const translate = useTranslate();
  return (
    <ReportTableWidget<PartnerClickRow>
      resource="partner-clicks"
      filter={filter}
      sort={{ field: 'clicks', order: 'DESC' }}
      title={translate('app.managerReports.partner_clicks')}
      columns={[
        { key: 'partner', kind: 'text', value: (r) => r.name },
        { key: 'clicks', kind: 'number', value: (r) => r.clicks },
      ]}
      testIds={{ widget: 'report-partner-clicks', csv: 'csv-partner-clicks', table: 'table-partner-clicks' }}
    />
  );
}

/** Handoffs per channel × reason × urgency (GET /handoffs), with an Excel-ready CSV. */
export function HandoffsReport({ filter }: { filter: ReportFilter }) {
  const translate = useTranslate();
  const labels = useValueLabels();
  const urgency = (v: string) => translate(`app.managerReports.urgency.${v}`, { _: v });
  return (
    <ReportTableWidget<HandoffRow>
      resource="handoffs"
      filter={filter}
      sort={{ field: 'count', order: 'DESC' }}
      title={translate('app.managerReports.handoffs')}
      columns={[
        { key: 'handoffChannel', kind: 'text', value: (r) => labels.handoffChannel(r.handoffChannel) },
        { key: 'reason', kind: 'text', value: (r) => labels.handoffReason(r.reason) },
        { key: 'urgency', kind: 'text', value: (r) => urgency(r.urgency) },
        { key: 'count', kind: 'number', value: (r) => r.count },
      ]}
      testIds={{ widget: 'report-handoffs', csv: 'csv-handoffs-report', table: 'table-report-handoffs' }}
    />
  );
}
