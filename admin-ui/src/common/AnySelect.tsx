import { MenuItem, TextField } from '@mui/material';

/** A filter select whose first choice, the empty value, means "any" (`anyLabel`). data-testid on the shown value. */
export function AnySelect<V extends string>(props: {
  label: string;
  value: V | '';
  anyLabel: string;
  options: ReadonlyArray<{ value: V; label: string }>;
  onChange: (value: V | '') => void;
  testId?: string;
}) {
  const display = props.testId ? { 'data-testid': props.testId } : {};
  return (
    <TextField
      select
      label={props.label}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value as V | '')}
      sx={{ minWidth: '11rem' }}
      slotProps={{
        select: { displayEmpty: true, SelectDisplayProps: display as object },
        inputLabel: { shrink: true },
      }}
    >
      <MenuItem value="">{props.anyLabel}</MenuItem>
      {props.options.map((o) => (
        <MenuItem key={o.value} value={o.value}>
          {o.label}
        </MenuItem>
      ))}
    </TextField>
  );
}
