import { Box } from '@mui/material';
import { useTranslate, type RaRecord } from 'react-admin';
import type { ReportFilter } from '../types';
import { QueryState, Widget } from '../common/Widget';
import { AccessibleTable } from '../common/AccessibleTable';
import { ExcelCsvButton } from '../common/ExcelCsvButton';
import { useFormatters } from '../common/useFormatters';
import { useReportList } from '../common/useReportList';

/** A column of a report table: its label is `app.managerReports.columns.<key>`; the first one heads each row. */
export interface ReportColumn<Row> {
  key: string;
  kind: 'text' | 'number';
  value: (row: Row) => string | number;
}

interface ReportTableWidgetProps<Row> {
  /** The report (GET /analytics-api/<resource>) and the CSV's file name. */
  resource: string;
  filter: ReportFilter;
  sort: { field: string; order: 'ASC' | 'DESC' };
  title: string;
  columns: ReportColumn<Row>[];
  testIds: { widget: string; csv: string; table: string };
}

/** One report as a card: an accessible table of its rows, with an Excel-ready CSV of the same columns. */
export function ReportTableWidget<Row extends RaRecord>(props: ReportTableWidgetProps<Row>) {
  const { resource, filter, sort, title, columns, testIds } = props;
  const translate = useTranslate();
  const fmt = useFormatters();
  const { data, isPending, error, refetch } = useReportList<Row>(resource, { filter: { ...filter }, sort });
  const label = (key: string) => translate(`app.managerReports.columns.${key}`);
  const cell = (c: ReportColumn<Row>, r: Row) => {
    const v = c.value(r);
    return c.kind === 'number' ? { text: fmt.number(Number(v)), raw: Number(v) } : { text: String(v) };
  };
  const [head, ...rest] = columns;
  return (
    <Widget id={testIds.widget} title={title} wide>
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1 }}>
        <ExcelCsvButton<Row>
          resource={resource}
          filter={{ ...filter }}
          sort={sort}
          columns={columns.map((c) => ({ label: label(c.key), kind: c.kind, value: c.value }))}
          filename={resource}
          testId={testIds.csv}
        />
      </Box>
      <QueryState
        isPending={isPending}
        error={error}
        isEmpty={(data ?? []).length === 0}
        onRetry={() => void refetch()}
      >
        <AccessibleTable
          testId={testIds.table}
          caption={title}
          columns={columns.map((c) => ({ key: c.key, label: label(c.key), numeric: c.kind === 'number' }))}
          rows={(data ?? []).map((r) => ({
            key: String(r.id),
            header: String(head!.value(r)),
            cells: rest.map((c) => cell(c, r)),
          }))}
        />
      </QueryState>
    </Widget>
  );
}
