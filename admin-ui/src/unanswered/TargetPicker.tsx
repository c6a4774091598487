import { useEffect, useState } from 'react';
import {
  Autocomplete,
  Box,
  CircularProgress,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  TextField,
  Typography,
} from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { ContentKind, KnowledgeRow } from '../types';
import { useValueLabels } from '../common/labels';

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

interface TargetPickerProps {
  /** The input's id; its data-testid too. */
  id: string;
  kind: ContentKind;
  locale: string | undefined;
  value: KnowledgeRow | null;
  error: string | null;
  onChange(value: KnowledgeRow | null): void;
  /** A new kind is picked: the caller clears the value. */
  onKindChange(kind: ContentKind): void;
}

/** Picks published content to resolve groups with: its kind, then autocomplete over GET /knowledge?q=&kind=&locale=. */
export function TargetPicker({ id, kind, locale, value, error, onChange, onKindChange }: TargetPickerProps) {
  const translate = useTranslate();
  const labels = useValueLabels();
  const [input, setInput] = useState('');
  const q = useDebounced(input.trim(), 300);
  const { data: options = [], isFetching } = useGetList<KnowledgeRow>(
    'knowledge',
    { filter: { q, kind, locale }, pagination: { page: 1, perPage: 20 }, sort: { field: 'id', order: 'ASC' } },
    { enabled: q.length >= 2 },
  );
  return (
    <>
      <FormControl component="fieldset" variant="standard" margin="dense">
        <FormLabel component="legend">{translate('app.unanswered.resolve.kind')}</FormLabel>
        <RadioGroup row name={`${id}-kind`} value={kind} onChange={(e) => onKindChange(e.target.value as ContentKind)}>
          <FormControlLabel value="answer" control={<Radio />} label={labels.kind('answer')} />
          <FormControlLabel value="path" control={<Radio />} label={labels.kind('path')} />
        </RadioGroup>
      </FormControl>
      <Autocomplete<KnowledgeRow, false, false, false>
        id={id}
        options={q.length >= 2 ? options : []}
        value={value}
        onChange={(_, picked) => onChange(picked)}
        inputValue={input}
        onInputChange={(_, value) => setInput(value)}
        filterOptions={(o) => o}
        getOptionLabel={(o) => o.title}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        loading={isFetching}
        loadingText={translate('app.unanswered.resolve.searching')}
        noOptionsText={
          q.length >= 2
            ? translate('app.unanswered.resolve.no_options')
            : translate('app.unanswered.resolve.search_help')
        }
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
            error={Boolean(error)}
            helperText={error ?? translate('app.unanswered.resolve.search_help')}
            inputProps={{ ...params.inputProps, 'data-testid': id }}
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
    </>
  );
}
