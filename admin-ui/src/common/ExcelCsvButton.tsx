import { useState } from 'react';
import { Button } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useDataProvider, useLocaleState, useNotify, useTranslate, type RaRecord } from 'react-admin';
import { useDescribeError } from './ApiErrorAlert';
import { toExcelCsv, type CsvColumn } from './excel-csv';
import { saveBlob } from './save-blob';

/** Largest page the API serves: an export holds every row of the report. */
const ALL_ROWS = 1000;

/**
 * "Download CSV (Excel)": every row of a report in the UI language's CSV
 * dialect (excel-csv.ts), headers as the table shows them.
 */
export function ExcelCsvButton<T extends RaRecord>({
  resource,
  filter,
  sort,
  columns,
  filename,
  testId,
}: {
  resource: string;
  filter: Record<string, unknown>;
  sort?: { field: string; order: 'ASC' | 'DESC' };
  columns: readonly CsvColumn<T>[];
  /** Without ".csv"; the UI language is appended. */
  filename: string;
  testId: string;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const describe = useDescribeError();
  const dataProvider = useDataProvider();
  const [language] = useLocaleState();
  const [busy, setBusy] = useState(false);
  const onClick = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const { data } = await dataProvider.getList<T>(resource, {
        filter,
        sort: sort ?? { field: 'id', order: 'ASC' },
        pagination: { page: 1, perPage: ALL_ROWS },
      });
      const text = toExcelCsv(data, columns, language);
      saveBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), `${filename}-${language}.csv`);
      notify('app.common.csv_downloaded', { type: 'info' });
    } catch (error) {
      notify(`${translate('app.common.csv_failed')} ${describe(error).text}`, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      onClick={() => void onClick()}
      variant="outlined"
      startIcon={<DownloadIcon aria-hidden="true" />}
      aria-busy={busy || undefined}
      data-testid={testId}
    >
      {translate('app.common.download_csv')}
    </Button>
  );
}
