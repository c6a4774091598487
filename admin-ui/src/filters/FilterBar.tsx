import { Box, Button, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { AUDIENCES, CONTENT_LOCALES, KNOWN_CHANNELS } from '../types';
import { useValueLabels } from '../common/labels';
import { useReportFilters } from './useReportFilters';
import type { FilterParamKey } from './filter-params';

/** One filter bar (date range, content language, audience, channel) kept in the URL query. */
export function FilterBar({ hideChannel = false }: { hideChannel?: boolean }) {
  const translate = useTranslate();
  const labels = useValueLabels();
  const { values, problem, setValue, reset } = useReportFilters();
  const hasAny = Object.values(values).some(Boolean);

  const select = (
    key: FilterParamKey,
    label: string,
    options: readonly string[],
    optionLabel: (o: string) => string,
  ) => (
    <TextField
      select
      id={`filter-${key}`}
      label={label}
      value={values[key]}
      onChange={(e) => setValue(key, e.target.value)}
      slotProps={{
        select: { native: true },
        inputLabel: { shrink: true },
        htmlInput: { 'data-testid': `filter-${key}` },
      }}
      sx={{ minWidth: 150, flex: '1 1 150px' }}
      fullWidth={false}
    >
      <option value="">{translate('app.common.all')}</option>
      {options.map((o) => (
        <option key={o} value={o}>
          {optionLabel(o)}
        </option>
      ))}
      {values[key] && !options.includes(values[key]) ? <option value={values[key]}>{values[key]}</option> : null}
    </TextField>
  );

  const dateError = problem ? translate(`app.filters.${problem}`) : undefined;

  return (
    <Box
      component="form"
      role="search"
      aria-label={translate('app.filters.title')}
      onSubmit={(e) => e.preventDefault()}
      data-testid="filter-bar"
      sx={{ mb: 2 }}
    >
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'flex-start' }}>
        {(['from', 'to'] as const).map((key) => (
          <TextField
            key={key}
            id={`filter-${key}`}
            type="date"
            label={translate(`app.filters.${key}`)}
            value={values[key]}
            onChange={(e) => setValue(key, e.target.value)}
            error={Boolean(problem) && Boolean(values[key])}
            slotProps={{
              inputLabel: { shrink: true },
              htmlInput: { 'data-testid': `filter-${key}`, 'aria-describedby': 'filter-help' },
            }}
            sx={{ minWidth: 150, flex: '1 1 150px' }}
            fullWidth={false}
          />
        ))}
        {select('locale', translate('app.filters.locale'), CONTENT_LOCALES, labels.locale)}
        {select('audience', translate('app.filters.audience'), AUDIENCES, labels.audience)}
        {hideChannel ? null : select('channel', translate('app.filters.channel'), KNOWN_CHANNELS, labels.channel)}
        <Button type="button" onClick={reset} disabled={!hasAny} sx={{ alignSelf: 'center', mt: 1 }}>
          {translate('app.filters.reset')}
        </Button>
      </Box>
      <Typography
        id="filter-help"
        variant="body2"
        role={dateError ? 'alert' : undefined}
        sx={{ mt: 0.5, color: dateError ? 'error.main' : 'text.secondary' }}
      >
        {dateError ?? translate('app.filters.default_range')}
      </Typography>
    </Box>
  );
}
