import { TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { BREAKDOWNS, type Breakdown } from '../types';

/**
 * Native select of a breakdown (language / channel / audience); id and data-testid are `id`.
 * With `noneLabel`, a first option "" (no breakdown) is offered.
 */
export function BreakdownSelect<V extends Breakdown | ''>({
  id,
  value,
  onChange,
  noneLabel,
}: {
  id: string;
  value: V;
  onChange(value: V): void;
  noneLabel?: string;
}) {
  const translate = useTranslate();
  return (
    <TextField
      select
      id={id}
      label={translate('app.filters.breakdown')}
      value={value}
      onChange={(e) => onChange(e.target.value as V)}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true }, htmlInput: { 'data-testid': id } }}
      fullWidth={false}
      sx={{ minWidth: 180 }}
    >
      {noneLabel !== undefined ? <option value="">{noneLabel}</option> : null}
      {BREAKDOWNS.map((b) => (
        <option key={b} value={b}>
          {translate(`app.breakdown.${b}`)}
        </option>
      ))}
    </TextField>
  );
}
