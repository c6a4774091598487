import { useState, type MouseEvent } from 'react';
import { Button } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { csvPath, type AnalyticsDataProvider, type QueryParams } from '../dataProvider';
import { useDescribeError } from './ApiErrorAlert';

function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * "Download CSV": a real link to the report endpoint with format=csv, but a click
 * fetches it with the Authorization header and saves the blob (a plain link
 * would not send the JWT).
 */
export function CsvDownloadLink({ resource, params, testId }: { resource: string; params: QueryParams; testId: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const describe = useDescribeError();
  const dataProvider = useDataProvider<AnalyticsDataProvider>();
  const [busy, setBusy] = useState(false);
  const href = csvPath(resource, params);
  const onClick = async (e: MouseEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const { blob, filename } = await dataProvider.downloadCsv(resource, params);
      saveBlob(blob as Blob, filename);
      notify('app.common.csv_downloaded', { type: 'info' });
    } catch (error) {
      notify(`${translate('app.common.csv_failed')} ${describe(error).text}`, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      component="a"
      href={href}
      onClick={onClick}
      variant="outlined"
      startIcon={<DownloadIcon aria-hidden="true" />}
      aria-busy={busy || undefined}
      data-testid={testId}
    >
      {translate('app.common.download_csv')}
    </Button>
  );
}
