import { useState } from 'react';
import { Box, Typography } from '@mui/material';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import { useTranslate } from 'react-admin';
import { useMutation } from '@tanstack/react-query';
import type { ContentKind, KnowledgeRow } from '../types';
import { TargetPicker } from './TargetPicker';
import { useBulkTriage } from './useBulkTriage';
import { BulkConfirmButton } from './BulkConfirmButton';

/**
 * Resolves the selected groups with one published answer or path (POST
 * /unanswered/bulk, status resolved), after a confirmation; each group's
 * question becomes a phrasing of the answer or path.
 */
export function BulkResolveButton() {
  const translate = useTranslate();
  const { dataProvider, selectedIds, selected, open, setOpen, done, failed } = useBulkTriage();
  const [kind, setKind] = useState<ContentKind>('answer');
  const [target, setTarget] = useState<KnowledgeRow | null>(null);
  const [error, setError] = useState<string | null>(null);
  const locales = new Set(selected.flatMap((g) => g.locales ?? []));
  const resolve = useMutation({
    mutationFn: (t: KnowledgeRow) =>
      dataProvider.resolveGroups(selectedIds.map(String), { kind: t.kind, slug: t.slug }),
    onSuccess: (updated: number) =>
      done('app.triage.bulk_resolve.done', { smart_count: updated, title: target?.title ?? '' }),
    onError: failed,
  });
  const confirm = () => {
    if (!target) setError(translate('app.unanswered.resolve.pick_target'));
    else resolve.mutate(target);
  };
  return (
    <BulkConfirmButton
      action="bulk_resolve"
      icon={<DoneAllIcon />}
      testId="bulk-resolve"
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      loading={resolve.isPending}
      content={
        <Box data-testid="bulk-resolve-dialog" sx={{ minWidth: { sm: '28rem' } }}>
          <Typography sx={{ mb: 1 }}>
            {translate('app.triage.bulk_resolve.help', { smart_count: selectedIds.length })}
          </Typography>
          <TargetPicker
            id="bulk-resolve-target"
            kind={kind}
            locale={locales.size === 1 ? [...locales][0] : undefined}
            value={target}
            error={error}
            onChange={(value) => {
              setTarget(value);
              setError(null);
            }}
            onKindChange={(k) => {
              setKind(k);
              setTarget(null);
            }}
          />
        </Box>
      }
      onConfirm={confirm}
    />
  );
}
