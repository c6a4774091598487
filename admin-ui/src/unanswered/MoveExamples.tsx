import { useId, useState } from 'react';
import {
  Autocomplete,
  Box,
  Button,
  Checkbox,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormLabel,
  TextField,
} from '@mui/material';
import { useDataProvider, useGetList, useNotify, useRedirect, useTranslate } from 'react-admin';
import { useMutation } from '@tanstack/react-query';
import type { AnalyticsDataProvider } from '../dataProvider';
import type { UnansweredDetail, UnansweredRow } from '../types';
import { useDescribeError } from '../common/ApiErrorAlert';
import { groupLabel } from './group-label';

/**
 * Moves examples that do not belong here into another group of the same
 * language (searched by its examples) or a new one; later asks of those
 * questions follow them. Opens the group they were moved into.
 */
export function MoveExamples({ record }: { record: UnansweredDetail }) {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const describe = useDescribeError();
  const dataProvider = useDataProvider<AnalyticsDataProvider>();
  const legendId = useId();
  const [picked, setPicked] = useState<string[]>([]);
  const [input, setInput] = useState('');
  const [into, setInto] = useState<UnansweredRow | null>(null);
  const locale = record.locales?.[0];
  const q = input.trim();
  const { data: groups = [], isFetching } = useGetList<UnansweredRow>(
    'unanswered',
    { filter: { q, locale }, pagination: { page: 1, perPage: 10 }, sort: { field: 'count', order: 'DESC' } },
    { enabled: q.length >= 2 },
  );
  const move = useMutation({
    mutationFn: () => dataProvider.moveExamples(String(record.id), picked, into ? String(into.id) : null),
    onSuccess: (group: UnansweredRow) => {
      notify('app.triage.move.done', { type: 'success', messageArgs: { smart_count: picked.length } });
      redirect('show', 'unanswered', group.id);
    },
    onError: (error) => notify(describe(error).text, { type: 'error' }),
  });
  const toggle = (text: string, on: boolean) => setPicked((p) => (on ? [...p, text] : p.filter((t) => t !== text)));
  if (!record.examples?.length) return null;
  return (
    <Box sx={{ mt: 2 }} data-testid="move-examples">
      <FormControl component="fieldset" variant="standard">
        <FormLabel component="legend" id={legendId}>
          {translate('app.triage.move.legend')}
        </FormLabel>
        <FormGroup lang={locale}>
          {record.examples.map((text) => (
            <FormControlLabel
              key={text}
              control={<Checkbox checked={picked.includes(text)} onChange={(e) => toggle(text, e.target.checked)} />}
              label={text}
              sx={{ overflowWrap: 'anywhere' }}
            />
          ))}
        </FormGroup>
      </FormControl>
      <Autocomplete<UnansweredRow, false, false, false>
        id="move-into"
        options={q.length >= 2 ? groups.filter((g) => String(g.id) !== String(record.id)) : []}
        value={into}
        onChange={(_, g) => setInto(g)}
        inputValue={input}
        onInputChange={(_, v) => setInput(v)}
        filterOptions={(o) => o}
        getOptionLabel={(g) => groupLabel(g, translate)}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        loading={isFetching}
        noOptionsText={translate('app.triage.move.no_groups')}
        renderInput={(params) => (
          <TextField
            {...params}
            label={translate('app.triage.move.into')}
            helperText={translate('app.triage.move.into_help')}
          />
        )}
        sx={{ mt: 1, maxWidth: '36rem' }}
      />
      <Button
        variant="outlined"
        disabled={picked.length === 0 || move.isPending}
        onClick={() => move.mutate()}
        sx={{ mt: 1 }}
        data-testid="move-submit"
      >
        {translate(into ? 'app.triage.move.submit' : 'app.triage.move.submit_new', { smart_count: picked.length })}
      </Button>
    </Box>
  );
}
