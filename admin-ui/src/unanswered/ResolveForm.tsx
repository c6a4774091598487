import { useEffect, useId, useState } from 'react';
import {
  Alert,
  Autocomplete,
  Box,
  Button,
  CircularProgress,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  TextField,
  Typography,
} from '@mui/material';
import { useGetList, useNotify, useTranslate, useUpdate } from 'react-admin';
import type { ContentKind, KnowledgeRow, UnansweredDetail } from '../types';
import { useDescribeError } from '../common/ApiErrorAlert';
import { ExternalLink } from '../common/ExternalLink';
import { useValueLabels } from '../common/labels';
import type { ApiError } from '../httpClient';
import { suggestedPhrasing } from './suggested-phrasing';

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

/**
 * Resolve a group: pick published content with autocomplete over
 * GET /knowledge?q=&kind=&locale=, optionally add a new phrasing (prefilled with
 * suggestedPhrasing: the newest example, never a stem key), then PUT /unanswered/:id { status: "resolved", target, phrasing }.
 */
export function ResolveForm({ record, onDone }: { record: UnansweredDetail; onDone(): void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const labels = useValueLabels();
  const describe = useDescribeError();
  const headingId = useId();
  const [kind, setKind] = useState<ContentKind>(record.resolution?.kind ?? 'answer');
  const [input, setInput] = useState('');
  const [target, setTarget] = useState<KnowledgeRow | null>(null);
  const [phrasing, setPhrasing] = useState(() => suggestedPhrasing(record));
  const [targetError, setTargetError] = useState<string | null>(null);
  const [formError, setFormError] = useState<unknown>(null);
  const q = useDebounced(input.trim(), 300);
  const locale = record.locales?.length === 1 ? record.locales[0] : undefined;

  const { data: options = [], isFetching } = useGetList<KnowledgeRow>(
    'knowledge',
    { filter: { q, kind, locale }, pagination: { page: 1, perPage: 20 }, sort: { field: 'id', order: 'ASC' } },
    { enabled: q.length >= 2 },
  );

  const [update, { isPending }] = useUpdate();
  const formErrorText = formError ? describe(formError) : null;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setFormError(null);
    if (!target) {
      setTargetError(translate('app.unanswered.resolve.pick_target'));
      return;
    }
    setTargetError(null);
    update(
      'unanswered',
      {
        id: record.id,
        data: { status: 'resolved', target: { kind: target.kind, slug: target.slug }, phrasing: phrasing.trim() || undefined },
        previousData: record,
      },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify('app.unanswered.resolve.success', { type: 'success', messageArgs: { title: target.title } });
          onDone();
        },
        onError: (error) => {
          const err = error as ApiError;
          const slugError = err?.fieldErrors?.find((f) => f.path === 'target.slug' || f.path.startsWith('target'));
          if (err?.status === 400 && slugError) setTargetError(translate('app.unanswered.resolve.target_error', { message: slugError.message }));
          else setFormError(error);
          notify(describe(error).text, { type: 'error' });
        },
      },
    );
  };

  return (
    <Box component="form" onSubmit={submit} aria-labelledby={headingId} noValidate data-testid="resolve-form" sx={{ mt: 2 }}>
      <Typography component="h3" variant="subtitle1" id={headingId} sx={{ fontWeight: 700 }}>
        {translate('app.unanswered.resolve.title')}
      </Typography>
      <FormControl component="fieldset" variant="standard" margin="dense">
        <FormLabel component="legend">{translate('app.unanswered.resolve.kind')}</FormLabel>
        <RadioGroup
          row
          name="resolve-kind"
          value={kind}
          onChange={(e) => {
            setKind(e.target.value as ContentKind);
            setTarget(null);
          }}
        >
          <FormControlLabel value="answer" control={<Radio />} label={labels.kind('answer')} />
          <FormControlLabel value="path" control={<Radio />} label={labels.kind('path')} />
        </RadioGroup>
      </FormControl>
      <Autocomplete<KnowledgeRow, false, false, false>
        id="resolve-target"
        options={q.length >= 2 ? options : []}
        value={target}
        onChange={(_, value) => {
          setTarget(value);
          setTargetError(null);
        }}
        inputValue={input}
        onInputChange={(_, value) => setInput(value)}
        filterOptions={(o) => o}
        getOptionLabel={(o) => o.title}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        loading={isFetching}
        loadingText={translate('app.unanswered.resolve.searching')}
        noOptionsText={q.length >= 2 ? translate('app.unanswered.resolve.no_options') : translate('app.unanswered.resolve.search_help')}
        renderOption={(props, o) => {
          const { key, ...rest } = props as typeof props & { key: string };
          return (
            <li key={key} {...rest}>
              <Box>
                <div>{o.title}</div>
                <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                  {labels.kind(o.kind)} · {o.slug} · {o.locale}
                </Typography>
              </Box>
            </li>
          );
        }}
        renderInput={(params) => (
          <TextField
            {...params}
            label={translate('app.unanswered.resolve.search')}
            required
            error={Boolean(targetError)}
            helperText={targetError ?? translate('app.unanswered.resolve.search_help')}
            inputProps={{ ...params.inputProps, 'data-testid': 'resolve-target' }}
            InputProps={{
              ...params.InputProps,
              endAdornment: (
                <>
                  {isFetching ? <CircularProgress size={18} aria-hidden="true" /> : null}
                  {params.InputProps.endAdornment}
                </>
              ),
            }}
          />
        )}
      />
      {target ? (
        <Typography variant="body2" sx={{ mt: 1 }} data-testid="resolve-chosen">
          {translate('app.unanswered.resolve.chosen', { title: target.title })} —{' '}
          <ExternalLink href={target.adminUrl} testId="resolve-admin-link">
            {translate('app.common.open_in_strapi')}
          </ExternalLink>
        </Typography>
      ) : null}
      <TextField
        id="resolve-phrasing"
        label={translate('app.unanswered.resolve.phrasing')}
        value={phrasing}
        onChange={(e) => setPhrasing(e.target.value)}
        helperText={translate('app.unanswered.resolve.phrasing_help')}
        slotProps={{ htmlInput: { 'data-testid': 'resolve-phrasing', maxLength: 500, lang: locale } }}
        multiline
        minRows={1}
        sx={{ mt: 2 }}
      />
      {formErrorText ? (
        <Alert severity="error" role="alert" sx={{ mt: 1 }}>
          {formErrorText.text}
          {formErrorText.details ? <div>{formErrorText.details}</div> : null}
        </Alert>
      ) : null}
      <Button type="submit" variant="contained" disabled={isPending} sx={{ mt: 2 }} data-testid="resolve-submit">
        {translate('app.unanswered.resolve.submit')}
      </Button>
    </Box>
  );
}
