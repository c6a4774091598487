import { useEffect, useState } from 'react';
import { Alert, Box, Button, MenuItem, TextField } from '@mui/material';
import { Confirm, useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { AnalyticsDataProvider } from '../dataProvider';
import type { ScenarioSummary, SimulationInput } from '../types';
import { useDescribeError } from '../common/ApiErrorAlert';
import { useAppPermissions } from '../common/useAppPermissions';
import { SectionCard } from '../common/SectionCard';

/** Scenarios: open a saved one, save the current input under a name, delete (managers and administrators). */
export function ScenarioBar({
  input,
  openedId,
  onOpen,
  onSaved,
}: {
  input: SimulationInput;
  openedId: string | null;
  /** Open another scenario (null: a new one) on the manager's choice. */
  onOpen(id: number | null): void;
  /** The input was saved as scenario `id` (or the open scenario deleted: null); open it without asking. */
  onSaved(id: number | null): void;
}) {
  const translate = useTranslate();
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`app.reportViews.simulation.scenarios.${key}`, options);
  const dataProvider = useDataProvider<AnalyticsDataProvider>();
  const notify = useNotify();
  const describe = useDescribeError();
  const { permissions } = useAppPermissions();
  const canSave = permissions.canEditSavings;
  const [list, setList] = useState<ScenarioSummary[]>([]);
  const [listError, setListError] = useState<string | null>(null);
  const [name, setName] = useState('');
  /** A step that needs the manager's yes first: replacing another saved scenario, or deleting one. */
  const [confirming, setConfirming] = useState<'replace' | 'delete' | null>(null);
  const refresh = () =>
    dataProvider
      .listScenarios()
      .then((scenarios) => {
        setList(scenarios);
        setListError(null);
      })
      .catch((e: unknown) => setListError(describe(e).text));
  useEffect(() => {
    void refresh();
  }, [dataProvider]);
  const opened = list.find((s) => String(s.id) === openedId);
  useEffect(() => {
    if (opened) setName(opened.name);
  }, [opened]);
  /** Another saved scenario (not the one open) with the name typed: saving would replace it. */
  const namesake = list.find((s) => s.name === name.trim() && String(s.id) !== openedId);
  const save = async () => {
    setConfirming(null);
    try {
      const saved = await dataProvider.saveScenario(name.trim(), input);
      await refresh();
      notify(t('saved', { name: saved.name }), { type: 'info' });
      onSaved(saved.id);
    } catch (e) {
      notify(describe(e).text, { type: 'error' });
    }
  };
  const remove = async () => {
    setConfirming(null);
    if (!opened) return;
    try {
      await dataProvider.deleteScenario(opened.id);
      await refresh();
      notify(t('deleted', { name: opened.name }), { type: 'info' });
      setName('');
      onSaved(null);
    } catch (e) {
      notify(describe(e).text, { type: 'error' });
    }
  };
  return (
    <SectionCard title={t('title')}>
      {listError && (
        <Alert
          severity="error"
          role="alert"
          sx={{ mb: 2 }}
          action={
            <Button color="inherit" size="small" onClick={() => void refresh()}>
              {t('retry')}
            </Button>
          }
        >
          {t('list_failed')} {listError}
        </Alert>
      )}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
        <TextField
          select
          label={t('open')}
          value={opened ? String(opened.id) : ''}
          onChange={(e) => onOpen(e.target.value ? Number(e.target.value) : null)}
          sx={{ minWidth: 220, maxWidth: '100%' }}
          slotProps={{
            select: { displayEmpty: true, inputProps: { 'data-testid': 'scenario-select' } },
            inputLabel: { shrink: true },
          }}
        >
          <MenuItem value="">{t('new')}</MenuItem>
          {list.map((s) => (
            <MenuItem key={s.id} value={String(s.id)}>
              {s.name}
            </MenuItem>
          ))}
        </TextField>
        {canSave ? (
          <>
            <TextField
              label={t('name')}
              value={name}
              onChange={(e) => setName(e.target.value)}
              slotProps={{ htmlInput: { maxLength: 100, 'data-testid': 'scenario-name' } }}
            />
            <Button
              variant="contained"
              onClick={() => (namesake ? setConfirming('replace') : void save())}
              disabled={!name.trim()}
              data-testid="scenario-save"
            >
              {t('save')}
            </Button>
            <Button
              variant="outlined"
              color="error"
              onClick={() => setConfirming('delete')}
              disabled={!opened}
              data-testid="scenario-delete"
            >
              {t('delete')}
            </Button>
          </>
        ) : (
          <Alert severity="info" data-testid="scenario-readonly">
            {t('readonly')}
          </Alert>
        )}
      </Box>
      <Confirm
        isOpen={confirming === 'replace'}
        title="app.reportViews.simulation.scenarios.replace_title"
        content="app.reportViews.simulation.scenarios.replace_content"
        translateOptions={{ name: name.trim() }}
        onConfirm={() => void save()}
        onClose={() => setConfirming(null)}
      />
      <Confirm
        isOpen={confirming === 'delete'}
        title="app.reportViews.simulation.scenarios.delete_title"
        content="app.reportViews.simulation.scenarios.delete_content"
        translateOptions={{ name: opened?.name ?? '' }}
        onConfirm={() => void remove()}
        onClose={() => setConfirming(null)}
      />
    </SectionCard>
  );
}
