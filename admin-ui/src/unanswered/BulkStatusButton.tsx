import type { ReactElement } from 'react';
import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useMutation } from '@tanstack/react-query';
import { useBulkTriage } from './useBulkTriage';
import { BulkConfirmButton } from './BulkConfirmButton';

/**
 * Sets the selected groups' status (POST /unanswered/bulk) after a confirmation, with the action's own texts
 * under `app.triage.bulk_<status>` (button, title, help, confirm, done) instead of react-admin's generic ones.
 */
export function BulkStatusButton({ status, icon }: { status: 'in_progress' | 'ignored'; icon: ReactElement }) {
  const translate = useTranslate();
  const { dataProvider, selectedIds, open, setOpen, done, failed } = useBulkTriage();
  const action = status === 'ignored' ? 'bulk_ignore' : 'bulk_in_progress';
  const update = useMutation({
    mutationFn: () => dataProvider.updateMany('unanswered', { ids: selectedIds, data: { status } }),
    onSuccess: () => done(`app.triage.${action}.done`, { smart_count: selectedIds.length }),
    onError: failed,
  });
  return (
    <BulkConfirmButton
      action={action}
      icon={icon}
      testId={`bulk-${status}`}
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      loading={update.isPending}
      content={
        <Typography data-testid={`bulk-${status}-dialog`}>
          {translate(`app.triage.${action}.help`, { smart_count: selectedIds.length })}
        </Typography>
      }
      onConfirm={() => update.mutate()}
    />
  );
}
