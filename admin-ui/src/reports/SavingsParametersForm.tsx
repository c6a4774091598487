import { useEffect, useId, useState } from 'react';
import { Alert, Box, Button, TextField, Typography } from '@mui/material';
import { useGetOne, useNotify, useTranslate, useUpdate } from 'react-admin';
import { useQueryClient } from '@tanstack/react-query';
import type { SavingsParameters } from '../types';
import { ApiErrorAlert, useDescribeError } from '../common/ApiErrorAlert';
import { LoadingState } from '../common/StateMessages';
import { useValueLabels } from '../common/labels';

type Draft = { minutesPerContact: Record<string, string>; hourlyCost: string; hoursPerStaffYear: string };

const toDraft = (p: SavingsParameters): Draft => ({
  minutesPerContact: Object.fromEntries(Object.entries(p.minutesPerContact ?? {}).map(([k, v]) => [k, String(v)])),
  hourlyCost: String(p.hourlyCost ?? ''),
  hoursPerStaffYear: String(p.hoursPerStaffYear ?? ''),
});

const valid = (s: string) => s.trim() !== '' && Number.isFinite(Number(s)) && Number(s) >= 0;

/** Channel keys: the known ones first, "default" last. */
function orderedChannels(keys: string[]): string[] {
  const rest = keys.filter((k) => k !== 'default').sort();
  return keys.includes('default') ? [...rest, 'default'] : rest;
}

/**
 * Savings parameters. Editable (GET/PUT /savings-parameters) only with
 * canEditSavings; otherwise the parameters used (meta.parameters of /savings) read-only.
 */
export function SavingsParametersForm({
  canEdit,
  usedParameters,
}: {
  canEdit: boolean;
  usedParameters?: SavingsParameters;
}) {
  const translate = useTranslate();
  const headingId = useId();
  if (!canEdit) {
    return (
      <Box component="section" aria-labelledby={headingId} data-testid="savings-parameters" sx={{ mb: 2 }}>
        <Typography component="h3" variant="subtitle1" id={headingId} sx={{ fontWeight: 700 }}>
          {translate('app.reports.savings.used')}
        </Typography>
        <Alert severity="info" sx={{ my: 1 }} data-testid="savings-parameters-readonly">
          {translate('app.reports.savings.readonly')}
        </Alert>
        {usedParameters ? <ParametersList parameters={usedParameters} /> : null}
      </Box>
    );
  }
  return <EditableParameters headingId={headingId} />;
}

function ParametersList({ parameters }: { parameters: SavingsParameters }) {
  const translate = useTranslate();
  const labels = useValueLabels();
  const channels = orderedChannels(Object.keys(parameters.minutesPerContact ?? {}));
  const name = (k: string) => (k === 'default' ? translate('app.reports.savings.default_channel') : labels.channel(k));
  return (
    <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', columnGap: 2 }}>
      {channels.map((k) => (
        <Box key={k} sx={{ display: 'contents' }}>
          <dt>{translate('app.reports.savings.minutes_for', { channel: name(k) })}</dt>
          <dd style={{ margin: 0 }}>{parameters.minutesPerContact[k]}</dd>
        </Box>
      ))}
      <dt>{translate('app.reports.savings.hourly_cost')}</dt>
      <dd style={{ margin: 0 }}>{parameters.hourlyCost}</dd>
      <dt>{translate('app.reports.savings.hours_per_staff_year')}</dt>
      <dd style={{ margin: 0 }}>{parameters.hoursPerStaffYear}</dd>
    </Box>
  );
}

function EditableParameters({ headingId }: { headingId: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const describe = useDescribeError();
  const labels = useValueLabels();
  const queryClient = useQueryClient();
  const { data, isPending, error, refetch } = useGetOne<SavingsParameters & { id: string }>('savings-parameters', {
    id: 'current',
  });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [update, { isPending: saving }] = useUpdate();
  useEffect(() => {
    if (data) setDraft(toDraft(data));
  }, [data]);

  let body;
  if (error) body = <ApiErrorAlert error={error} onRetry={() => void refetch()} />;
  else if (isPending || !draft) body = <LoadingState />;
  else {
    const channels = orderedChannels(Object.keys(draft.minutesPerContact));
    const name = (k: string) =>
      k === 'default' ? translate('app.reports.savings.default_channel') : labels.channel(k);
    const allValid =
      valid(draft.hourlyCost) && valid(draft.hoursPerStaffYear) && Object.values(draft.minutesPerContact).every(valid);
    const field = (id: string, label: string, value: string, onChange: (v: string) => void) => (
      <TextField
        key={id}
        id={id}
        label={label}
        type="number"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        error={!valid(value)}
        helperText={valid(value) ? undefined : translate('app.reports.savings.must_be_positive')}
        slotProps={{ htmlInput: { min: 0, step: 'any', inputMode: 'decimal', 'data-testid': id } }}
        sx={{ flex: '1 1 220px' }}
        fullWidth={false}
      />
    );
    const submit = (e: React.FormEvent) => {
      e.preventDefault();
      if (!allValid || !data) return;
      setSaveError(null);
      const next: SavingsParameters = {
        minutesPerContact: Object.fromEntries(Object.entries(draft.minutesPerContact).map(([k, v]) => [k, Number(v)])),
        hourlyCost: Number(draft.hourlyCost),
        hoursPerStaffYear: Number(draft.hoursPerStaffYear),
      };
      update(
        'savings-parameters',
        { id: 'current', data: next, previousData: data },
        {
          mutationMode: 'pessimistic',
          onSuccess: () => {
            notify('app.reports.savings.saved', { type: 'success' });
            void queryClient.invalidateQueries({ queryKey: ['savings'] });
          },
          onError: (err) => {
            setSaveError(err);
            notify(describe(err).text, { type: 'error' });
          },
        },
      );
    };
    body = (
      <Box component="form" onSubmit={submit} noValidate aria-labelledby={headingId}>
        <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
          <Typography component="legend" variant="body2" sx={{ color: 'text.secondary', mb: 1 }}>
            {translate('app.reports.savings.minutes_per_contact')}
          </Typography>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
            {channels.map((k) =>
              // The channel alone: the legend says what the minutes are (the group's name for assistive technology).
              field(`savings-minutes-${k}`, name(k), draft.minutesPerContact[k] ?? '', (v) =>
                setDraft({ ...draft, minutesPerContact: { ...draft.minutesPerContact, [k]: v } }),
              ),
            )}
          </Box>
        </Box>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1 }}>
          {field('savings-hourly-cost', translate('app.reports.savings.hourly_cost'), draft.hourlyCost, (v) =>
            setDraft({ ...draft, hourlyCost: v }),
          )}
          {field(
            'savings-hours-per-staff-year',
            translate('app.reports.savings.hours_per_staff_year'),
            draft.hoursPerStaffYear,
            (v) => setDraft({ ...draft, hoursPerStaffYear: v }),
          )}
        </Box>
        {saveError ? <ApiErrorAlert error={saveError} /> : null}
        <Button
          type="submit"
          variant="contained"
          disabled={!allValid || saving}
          sx={{ mt: 2 }}
          data-testid="savings-parameters-save"
        >
          {translate('app.common.save')}
        </Button>
      </Box>
    );
  }
  return (
    <Box component="section" aria-labelledby={headingId} data-testid="savings-parameters" sx={{ mb: 2 }}>
      <Typography component="h3" variant="subtitle1" id={headingId} sx={{ fontWeight: 700, mb: 1 }}>
        {translate('app.reports.savings.parameters_title')}
      </Typography>
      {body}
    </Box>
  );
}
