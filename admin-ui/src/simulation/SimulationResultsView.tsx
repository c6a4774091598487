import { useEffect, useId, useState } from 'react';
import { Box, Button, Card, CardContent, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import type { AnalyticsDataProvider } from '../dataProvider';
import type { SimulationInput, SimulationResults } from '../types';
import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { LoadingState } from '../common/StateMessages';
import { AccessibleTable } from '../common/AccessibleTable';
import { useFormatters } from '../common/useFormatters';
import { toExcelCsv, type CsvColumn } from '../common/excel-csv';
import { saveBlob } from '../common/save-blob';
import { summaryList } from '../common/labels';
import { Chart } from '../charts/Chart';
import { flatResults, type FlatRow } from './simulation-table';

/** The server's results of the input (recomputed shortly after each edit): table, chart, CSV. */
export function SimulationResultsView({ input }: { input: SimulationInput }) {
  const translate = useTranslate();
  const t = (key: string, options?: Record<string, unknown>) => translate(`app.reportViews.simulation.${key}`, options);
  const fmt = useFormatters();
  const [language] = useLocaleState();
  const dataProvider = useDataProvider<AnalyticsDataProvider>();
  const [results, setResults] = useState<SimulationResults | null>(null);
  const [error, setError] = useState<unknown>(null);
  const key = JSON.stringify(input);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      dataProvider.simulate(input).then(
        (r) => live && (setResults(r), setError(null)),
        (e) => live && setError(e),
      );
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [dataProvider, key]);
  const headingId = useId();
  if (!results) return error ? <ApiErrorAlert error={error} /> : <LoadingState />;
  const years = results.totals.map((y) => y.year);
  const total = t('total');
  const rows = flatResults(results, total);
  const money = (v: number) => `${fmt.number(Math.round(v))} €`;
  const csvColumns: CsvColumn<FlatRow>[] = [
    { label: t('columns.channel'), kind: 'text', value: (r) => r.channel },
    { label: t('columns.year'), kind: 'text', value: (r) => String(r.year) },
    { label: t('columns.contacts'), kind: 'number', value: (r) => Math.round(r.contacts) },
    { label: t('columns.hours'), kind: 'number', value: (r) => Math.round(r.hours * 10) / 10 },
    { label: t('columns.persons'), kind: 'number', value: (r) => Math.round(r.persons * 100) / 100 },
    { label: t('columns.salary_cost'), kind: 'number', value: (r) => Math.round(r.salaryCost) },
    { label: t('columns.hour_cost'), kind: 'number', value: (r) => Math.round(r.hourCost) },
    { label: t('columns.change'), kind: 'number', value: (r) => (r.change === null ? null : Math.round(r.change)) },
    { label: t('columns.change_rate'), kind: 'percent', value: (r) => r.changeRate },
  ];
  const download = () => {
    const text = toExcelCsv(rows, csvColumns, language);
    saveBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), `simulation-${language}.csv`);
  };
  const chartSummary = summaryList(results.totals.map((y) => ({ label: String(y.year), value: money(y.salaryCost) })));
  const perYear = (pick: (y: FlatRow) => string, raw: (y: FlatRow) => number) => (list: FlatRow[]) =>
    list.map((y) => ({ text: pick(y), raw: raw(y) }));
  const personsCells = perYear(
    (y) => fmt.number(y.persons, 2),
    (y) => y.persons,
  );
  const costCells = perYear(
    (y) => money(y.salaryCost),
    (y) => y.salaryCost,
  );
  const hoursCells = perYear(
    (y) => fmt.number(Math.round(y.hours)),
    (y) => y.hours,
  );
  const byChannel = results.channels.map((c, i) => ({
    name: c.name,
    rows: rows.filter((r) => r.id.startsWith(`${i}-`)),
  }));
  const totals = rows.filter((r) => r.id.startsWith('total-'));
  const columns = [
    { key: 'channel', label: t('columns.channel') },
    ...years.map((y) => ({ key: `h${y}`, label: `${t('columns.hours')} ${y}`, numeric: true })),
    ...years.map((y) => ({ key: `p${y}`, label: `${t('columns.persons')} ${y}`, numeric: true })),
    ...years.map((y) => ({ key: `c${y}`, label: `${t('columns.salary_cost')} ${y}`, numeric: true })),
  ];
  const cells = (list: FlatRow[]) => [...hoursCells(list), ...personsCells(list), ...costCells(list)];
  return (
    <Card component="section" aria-labelledby={headingId} data-testid="simulation-results">
      <CardContent sx={{ display: 'grid', gap: 2, minWidth: 0 }}>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
          <Typography component="h2" variant="h6" id={headingId} sx={{ flexGrow: 1 }}>
            {t('results_title')}
          </Typography>
          <Button
            variant="outlined"
            startIcon={<DownloadIcon aria-hidden="true" />}
            onClick={download}
            data-testid="csv-simulation"
          >
            {translate('app.common.download_csv')}
          </Button>
        </Box>
        {error ? <ApiErrorAlert error={error} /> : null}
        <Box
          component="dl"
          sx={{ display: 'grid', gap: 1, gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' }, m: 0 }}
        >
          {results.changes.slice(1).map((c) => (
            <Box key={c.year}>
              <Typography component="dt" variant="body2" sx={{ color: 'text.secondary' }}>
                {t('change_against', { year: c.year, start: years[0] })}
              </Typography>
              <Typography
                component="dd"
                sx={{ m: 0, fontWeight: 700 }}
                data-testid={`sim-change-${c.year}`}
                data-value={c.salaryCost}
              >
                {t('change_value', {
                  persons: fmt.number(c.persons, 2),
                  cost: money(c.salaryCost),
                  rate: fmt.percent(c.rate),
                })}
              </Typography>
            </Box>
          ))}
        </Box>
        <Chart
          locale={fmt.locale}
          testId="chart-simulation"
          spec={{
            kind: 'bar',
            stacked: true,
            labels: years.map(String),
            valueFormat: 'number',
            series: results.channels.map((c, i) => ({
              key: `c${i}`,
              label: c.name,
              values: c.years.map((y) => Math.round(y.salaryCost)),
            })),
          }}
          ariaLabel={t('chart_summary', { list: chartSummary })}
        />
        <AccessibleTable
          testId="table-simulation"
          caption={t('results_caption')}
          columns={columns}
          rows={byChannel.map((c, i) => ({ key: String(i), header: c.name, cells: cells(c.rows) }))}
          footer={{ key: 'total', header: total, cells: cells(totals) }}
        />
      </CardContent>
    </Card>
  );
}
