import {
  Box,
  Button,
  IconButton,
  InputAdornment,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import AddIcon from '@mui/icons-material/Add';
import { useLocaleState, useTranslate } from 'react-admin';
import { parseUserNumber } from './parse-user-number';
import type { SimulationBaseline, SimulationInput } from '../types';
import { useFormatters } from '../common/useFormatters';
import { SectionCard } from '../common/SectionCard';

type Field = 'contacts' | 'minutes' | 'change0' | 'change1';
type CostField = 'startYear' | 'hourlyCost' | 'yearlySalaryCost' | 'productiveHoursPerPerson';

/** The table editor: costs, then one row per channel with labelled inputs (units in the labels). */
export function SimulationEditor({
  input,
  texts,
  baseline,
  onChange,
}: {
  input: SimulationInput;
  texts: Record<string, string>;
  baseline: SimulationBaseline;
  onChange(next: SimulationInput, texts: Record<string, string>): void;
}) {
  const translate = useTranslate();
  const fmt = useFormatters();
  const [language] = useLocaleState();
  const toNumber = (text: string) => parseUserNumber(text, language);
  const t = (key: string, options?: Record<string, unknown>) => translate(`app.reportViews.simulation.${key}`, options);
  const shown = (key: string, value: number) => texts[key] ?? String(value);
  const setCost = (field: CostField, text: string) => {
    const n = toNumber(text);
    onChange(Number.isFinite(n) ? { ...input, [field]: n } : input, { ...texts, [field]: text });
  };
  const setChannel = (i: number, field: Field | 'name', text: string) => {
    const channels = input.channels.map((c, j) => {
      if (j !== i) return c;
      if (field === 'name') return { ...c, name: text };
      const n = toNumber(text);
      if (!Number.isFinite(n)) return c;
      if (field === 'change0') return { ...c, changes: [n, c.changes[1]] as [number, number] };
      if (field === 'change1') return { ...c, changes: [c.changes[0], n] as [number, number] };
      return { ...c, [field]: n };
    });
    onChange({ ...input, channels }, { ...texts, [`${i}.${field}`]: text });
  };
  const reindexed = (texts: Record<string, string>, removed: number) => {
    const next: Record<string, string> = {};
    for (const [k, v] of Object.entries(texts)) {
      const m = /^(\d+)\.(.+)$/.exec(k);
      if (!m) next[k] = v;
      else if (Number(m[1]) < removed) next[k] = v;
      else if (Number(m[1]) > removed) next[`${Number(m[1]) - 1}.${m[2]}`] = v;
    }
    return next;
  };
  const invalid = (key: string) => key in texts && !Number.isFinite(toNumber(texts[key]!));
  const year = (n: number) => input.startYear + n;
  const headers = [
    t('channel'),
    t('contacts', { year: year(0) }),
    t('minutes'),
    t('change', { year: year(1) }),
    t('change', { year: year(2) }),
    t('remove_column'),
  ];
  const numberInput = (
    key: string,
    label: string,
    value: number,
    unit: string,
    testId: string,
    onText: (s: string) => void,
    inTable = false,
  ) => (
    <TextField
      // In the table the column header is the visible label; the input's accessible name adds the row's channel.
      label={inTable ? undefined : label}
      hiddenLabel={inTable}
      sx={inTable ? { minWidth: 120 } : undefined}
      value={shown(key, value)}
      onChange={(e) => onText(e.target.value)}
      error={invalid(key)}
      helperText={invalid(key) ? t('invalid') : undefined}
      size="small"
      slotProps={{
        htmlInput: { inputMode: 'decimal', 'data-testid': testId, 'aria-label': inTable ? label : undefined },
        input: { endAdornment: <InputAdornment position="end">{unit}</InputAdornment> },
      }}
    />
  );
  return (
    <SectionCard title={t('inputs')}>
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))', lg: 'repeat(4, minmax(0, 1fr))' },
        }}
      >
        {numberInput('startYear', t('start_year'), input.startYear, '', 'sim-startYear', (s) =>
          setCost('startYear', s),
        )}
        {numberInput('hourlyCost', t('hourly_cost'), input.hourlyCost, '€/h', 'sim-hourlyCost', (s) =>
          setCost('hourlyCost', s),
        )}
        {numberInput(
          'yearlySalaryCost',
          t('yearly_salary_cost'),
          input.yearlySalaryCost,
          t('unit_euro_person_year'),
          'sim-yearlySalaryCost',
          (s) => setCost('yearlySalaryCost', s),
        )}
        {numberInput(
          'productiveHoursPerPerson',
          t('productive_hours'),
          input.productiveHoursPerPerson,
          t('unit_hours_person_year'),
          'sim-productiveHours',
          (s) => setCost('productiveHoursPerPerson', s),
        )}
      </Box>
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {t('defaults_help')}
      </Typography>
      <Typography variant="body2" data-testid="sim-bot-measured">
        {t('bot_measured', { count: fmt.number(baseline.botContacts), from: baseline.from, to: baseline.to })}
      </Typography>
      <Box role="region" aria-label={t('channels_caption')} tabIndex={0} sx={{ overflowX: 'auto', maxWidth: '100%' }}>
        <Table size="small" data-testid="sim-channels">
          <caption style={{ textAlign: 'left', captionSide: 'top' }}>{t('channels_caption')}</caption>
          <TableHead>
            <TableRow>
              {headers.map((h) => (
                <TableCell key={h} component="th" scope="col">
                  {h}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {input.channels.map((c, i) => {
              const name = c.name || t('unnamed', { n: i + 1 });
              const cell = (field: Field, label: string, value: number, unit: string) => (
                <TableCell>
                  {numberInput(
                    `${i}.${field}`,
                    `${label}: ${name}`,
                    value,
                    unit,
                    `sim-${i}-${field}`,
                    (s) => setChannel(i, field, s),
                    true,
                  )}
                </TableCell>
              );
              return (
                <TableRow key={i} data-key={i}>
                  <TableCell>
                    <TextField
                      hiddenLabel
                      value={c.name}
                      onChange={(e) => setChannel(i, 'name', e.target.value)}
                      size="small"
                      sx={{ minWidth: 180 }}
                      slotProps={{
                        htmlInput: {
                          maxLength: 60,
                          'data-testid': `sim-${i}-name`,
                          'aria-label': t('channel_name', { n: i + 1 }),
                        },
                      }}
                    />
                  </TableCell>
                  {cell('contacts', t('contacts', { year: year(0) }), c.contacts, t('unit_per_year'))}
                  {cell('minutes', t('minutes'), c.minutes, 'min')}
                  {cell('change0', t('change', { year: year(1) }), c.changes[0], '%')}
                  {cell('change1', t('change', { year: year(2) }), c.changes[1], '%')}
                  <TableCell>
                    <IconButton
                      aria-label={t('remove_row', { name })}
                      onClick={() =>
                        onChange({ ...input, channels: input.channels.filter((_, j) => j !== i) }, reindexed(texts, i))
                      }
                      data-testid={`sim-${i}-remove`}
                    >
                      <DeleteOutlineIcon />
                    </IconButton>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Box>
      <Box>
        <Button
          startIcon={<AddIcon aria-hidden="true" />}
          variant="outlined"
          disabled={input.channels.length >= 30}
          onClick={() =>
            onChange(
              { ...input, channels: [...input.channels, { name: '', contacts: 0, minutes: 0, changes: [0, 0] }] },
              texts,
            )
          }
          data-testid="sim-add-row"
        >
          {t('add_row')}
        </Button>
      </Box>
    </SectionCard>
  );
}
