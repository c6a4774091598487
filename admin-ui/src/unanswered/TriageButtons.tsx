import { Box, Button } from '@mui/material';
import { useNotify, useTranslate, useUpdate } from 'react-admin';
import type { UnansweredDetail, UnansweredStatus } from '../types';
import { useDescribeError } from '../common/ApiErrorAlert';
import { useValueLabels } from '../common/labels';

const ACTIONS: { status: Exclude<UnansweredStatus, 'resolved'>; label: string }[] = [
  { status: 'in_progress', label: 'app.unanswered.mark_in_progress' },
  { status: 'ignored', label: 'app.unanswered.mark_ignored' },
  { status: 'new', label: 'app.unanswered.mark_new' },
];

/** Status changes: PUT /unanswered/:id { status }. */
export function TriageButtons({ record, onDone }: { record: UnansweredDetail; onDone(): void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const labels = useValueLabels();
  const describe = useDescribeError();
  const [update, { isPending }] = useUpdate();
  const setStatus = (status: UnansweredStatus) =>
    update(
      'unanswered',
      { id: record.id, data: { status }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify('app.unanswered.status_changed', { type: 'success', messageArgs: { status: labels.status(status) } });
          onDone();
        },
        onError: (error) => notify(describe(error).text, { type: 'error' }),
      },
    );
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }} data-testid="triage-buttons">
      {ACTIONS.filter((a) => a.status !== record.status).map((a) => (
        <Button
          key={a.status}
          variant="outlined"
          disabled={isPending}
          onClick={() => setStatus(a.status)}
          data-testid={`triage-${a.status}`}
        >
          {translate(a.label)}
        </Button>
      ))}
    </Box>
  );
}
