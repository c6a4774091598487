import { useState } from 'react';
import { Button } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useDataProvider, useLocaleState, useNotify, useTranslate, type RaRecord } from 'react-admin';
import { useDescribeError } from './ApiErrorAlert';
import { toExcelCsv, type CsvColumn } from './excel-csv';
import { saveBlob } from './save-blob';

/** Largest page the API serves; an export fetches page after page until it holds every row. */
const PAGE_ROWS = 1000;
/** At most this many pages (100,000 rows): a report larger than that is cut, and the notice says so. */
const MAX_PAGES = 100;

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
      const data: T[] = [];
      let total = 0;
      for (let page = 1; page <= MAX_PAGES; page += 1) {
        const result = await dataProvider.getList<T>(resource, {
          filter,
          sort: sort ?? { field: 'id', order: 'ASC' },
          pagination: { page, perPage: PAGE_ROWS },
          meta: { purpose: 'export' },
        });
        data.push(...result.data);
        total = result.total ?? data.length;
        if (result.data.length < PAGE_ROWS || data.length >= total) break;
      }
      const text = toExcelCsv(data, columns, language);
      saveBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), `${filename}-${language}.csv`);
      if (data.length < total)
        notify('app.common.csv_cut', { type: 'warning', messageArgs: { rows: data.length, total } });
      else notify('app.common.csv_downloaded', { type: 'info' });
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
