import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Box, Typography } from '@mui/material';
import { useDataProvider, useTranslate } from 'react-admin';
import type { AnalyticsDataProvider } from '../dataProvider';
import type { SimulationBaseline, SimulationInput } from '../types';
import { PageTitle } from '../common/PageTitle';
import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { LoadingState } from '../common/StateMessages';
import { startingInput } from './simulation-table';
import { ScenarioBar } from './ScenarioBar';
import { SimulationEditor } from './SimulationEditor';
import { SimulationResultsView } from './SimulationResultsView';
import { EDITS_SAVED, UnsavedChangesGuard } from './UnsavedChangesGuard';

/**
 * The resource simulation (the Helsinki contacts-platform study's model): a
 * table editor of contact channels and costs, the server's results per channel
 * and year with a chart and its table, named scenarios, and an Excel-ready CSV.
 */
export function SimulationPage() {
  const translate = useTranslate();
  const t = (key: string, options?: Record<string, unknown>) => translate(`app.reportViews.simulation.${key}`, options);
  const dataProvider = useDataProvider<AnalyticsDataProvider>();
  const [params, setParams] = useSearchParams();
  const [baseline, setBaseline] = useState<SimulationBaseline | null>(null);
  const [input, setInput] = useState<SimulationInput | null>(null);
  const [texts, setTexts] = useState<Record<string, string>>({});
  /** The editor holds changes not saved in a scenario. */
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const scenarioId = params.get('scenario');

  useEffect(() => {
    let live = true;
    const load = async () => {
      const base = await dataProvider.simulationBaseline();
      const start = scenarioId
        ? (await dataProvider.getScenario(Number(scenarioId))).input
        : startingInput(base, (c) => t(`default_channels.${c}`));
      if (!live) return;
      setBaseline(base);
      setInput(start);
      setTexts({});
      setDirty(false);
    };
    load().catch((e) => live && setError(e));
    return () => {
      live = false;
    };
    // Reloads when another scenario is opened; the language only names new rows.
  }, [dataProvider, scenarioId]);

  return (
    <Box sx={{ pt: 2, display: 'grid', gap: 2, minWidth: 0 }} data-testid="simulation-page">
      <PageTitle text={t('title')} />
      <UnsavedChangesGuard dirty={dirty} />
      <Typography>{t('help')}</Typography>
      {error ? <ApiErrorAlert error={error} /> : null}
      {!input || !baseline ? (
        error ? null : (
          <LoadingState />
        )
      ) : (
        <>
          <ScenarioBar
            input={input}
            openedId={scenarioId}
            onOpen={(id) => setParams(id ? { scenario: String(id) } : {}, { replace: false })}
            onSaved={(id) => {
              setDirty(false);
              setParams(id ? { scenario: String(id) } : {}, { replace: false, state: EDITS_SAVED });
            }}
          />
          <SimulationEditor
            input={input}
            texts={texts}
            baseline={baseline}
            onChange={(next, nextTexts) => {
              setInput(next);
              setTexts(nextTexts);
              setDirty(true);
            }}
          />
          <SimulationResultsView input={input} />
        </>
      )}
    </Box>
  );
}
