import { TopToolbar, useListContext, useTranslate, type RaRecord } from 'react-admin';
import { ExcelCsvButton } from './ExcelCsvButton';
import type { CsvKind } from './excel-csv';

export interface ListExportColumn<T> {
  /** The field; its header is the list's column label (resources.<resource>.fields.<source>). */
  source: string;
  kind: CsvKind;
  /** Defaults to the field's value. */
  value?: (row: T) => unknown;
}

/** The list's actions: an Excel-ready CSV of every row matching the list's filters, in its sort order. */
export function ListExcelExport<T extends RaRecord>({
  columns,
  testId,
}: {
  columns: readonly ListExportColumn<T>[];
  testId: string;
}) {
  const translate = useTranslate();
  const { resource, filterValues, sort } = useListContext<T>();
  const csvColumns = columns.map((c) => ({
    label: translate(`resources.${resource}.fields.${c.source}`, { _: c.source }),
    kind: c.kind,
    value: c.value ?? ((row: T) => (row as Record<string, unknown>)[c.source]),
  }));
  return (
    <TopToolbar>
      <ExcelCsvButton<T>
        resource={resource}
        filter={filterValues ?? {}}
        sort={sort}
        columns={csvColumns}
        filename={resource}
        testId={testId}
      />
    </TopToolbar>
  );
}
