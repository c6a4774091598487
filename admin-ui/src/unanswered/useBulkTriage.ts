import { useState } from 'react';
import { useDataProvider, useListContext, useNotify, useRefresh } from 'react-admin';
import type { AnalyticsDataProvider } from '../dataProvider';
import type { UnansweredRow } from '../types';
import { useDescribeError } from '../common/ApiErrorAlert';

/**
 * What a bulk triage action of the unanswered list needs: the selected rows,
 * its dialog's open state, and how it ends — a result message, the dialog
 * closed, the selection cleared and the list reloaded — or an error message.
 */
export function useBulkTriage() {
  const notify = useNotify();
  const refresh = useRefresh();
  const describe = useDescribeError();
  const dataProvider = useDataProvider<AnalyticsDataProvider>();
  const { selectedIds, data = [], onUnselectItems } = useListContext<UnansweredRow>();
  const [open, setOpen] = useState(false);
  const done = (message: string, messageArgs: Record<string, unknown>) => {
    notify(message, { type: 'success', messageArgs });
    setOpen(false);
    onUnselectItems();
    refresh();
  };
  const failed = (error: unknown) => notify(describe(error).text, { type: 'error' });
  const selected = data.filter((g) => selectedIds.includes(g.id));
  return { dataProvider, selectedIds, selected, open, setOpen, done, failed };
}
