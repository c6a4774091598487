import { useState } from 'react';
import { FormControl, FormControlLabel, FormHelperText, FormLabel, Radio, RadioGroup } from '@mui/material';
import MergeIcon from '@mui/icons-material/MergeType';
import { useTranslate } from 'react-admin';
import { useMutation } from '@tanstack/react-query';
import type { UnansweredRow } from '../types';
import { groupLabel } from './group-label';
import { useBulkTriage } from './useBulkTriage';
import { BulkConfirmButton } from './BulkConfirmButton';

/** "Yhdistä": merges the selected groups into the one the expert picks (POST /unanswered/merge), after a confirmation. */
export function BulkMergeButton() {
  const translate = useTranslate();
  const { dataProvider, selected, open, setOpen, done, failed } = useBulkTriage();
  const [into, setInto] = useState('');
  const merge = useMutation({
    mutationFn: () =>
      dataProvider.mergeGroups(
        into,
        selected.map((g) => String(g.id)).filter((id) => id !== into),
      ),
    onSuccess: (group: UnansweredRow) =>
      done('app.triage.merge.done', {
        smart_count: selected.length,
        id: group.id,
        label: groupLabel(group, translate),
      }),
    onError: failed,
  });
  const openDialog = () => {
    setInto(String(selected[0]?.id ?? ''));
    setOpen(true);
  };
  return (
    <BulkConfirmButton
      action="merge"
      icon={<MergeIcon />}
      testId="bulk-merge"
      disabled={selected.length < 2}
      open={open}
      onOpen={openDialog}
      onClose={() => setOpen(false)}
      loading={merge.isPending}
      content={
        <FormControl component="fieldset" data-testid="merge-dialog">
          <FormLabel component="legend">{translate('app.triage.merge.survivor')}</FormLabel>
          <RadioGroup name="merge-into" value={into} onChange={(e) => setInto(e.target.value)}>
            {selected.map((g) => (
              <FormControlLabel
                key={g.id}
                value={String(g.id)}
                control={<Radio />}
                label={`${g.id}: ${groupLabel(g, translate)} (${g.totalCount})`}
                lang={g.locales?.[0]}
              />
            ))}
          </RadioGroup>
          <FormHelperText sx={{ mx: 0 }} data-testid="merge-label-help">
            {translate('app.triage.merge.survivor_help')}
          </FormHelperText>
        </FormControl>
      }
      onConfirm={() => merge.mutate()}
    />
  );
}
