import { lazy, Suspense } from 'react';
import { Box } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ChartSpec } from './spec';

// chart.js and react-chartjs-2 live in their own chunk, loaded on first chart.
const ChartCanvas = lazy(() => import('./ChartCanvas'));

export interface ChartProps {
  spec: ChartSpec;
  /** Summary of what the chart shows, for screen readers (aria-label of the canvas). */
  ariaLabel: string;
  /** UI language (fi, sv, en) for number formatting inside the chart. */
  locale: string;
  height?: number;
  testId?: string;
}

export function Chart(props: ChartProps) {
  const translate = useTranslate();
  const height = props.height ?? 280;
  return (
    <Box sx={{ position: 'relative', height, width: '100%', minWidth: 0 }} data-testid={props.testId}>
      <Suspense
        fallback={
          <Box role="status" sx={{ height, display: 'flex', alignItems: 'center', color: 'text.secondary' }}>
            {translate('app.common.loading_chart')}
          </Box>
        }
      >
        <ChartCanvas {...props} />
      </Suspense>
    </Box>
  );
}
