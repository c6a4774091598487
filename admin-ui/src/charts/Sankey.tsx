import { lazy, Suspense } from 'react';
import { Box } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { SankeyProps } from './SankeyCanvas';
import { layoutSankey } from '../paths/layout-sankey';

// chart.js and the Sankey plugin load on first use.
const SankeyCanvas = lazy(() => import('./SankeyCanvas'));

/**
 * A Sankey diagram in a keyboard-scrollable region labelled `title`; screen
 * readers get `ariaLabel` (with a table beside it).
 */
export function Sankey(props: SankeyProps & { title: string; testId?: string }) {
  const translate = useTranslate();
  // Narrower than minWidth the diagram scrolls sideways inside its own region (the page never does).
  const { height, minWidth } = layoutSankey(props.flows);
  return (
    <Box role="region" aria-label={props.title} tabIndex={0} sx={{ overflowX: 'auto', maxWidth: '100%' }}>
      <Box sx={{ position: 'relative', height, minWidth }} data-testid={props.testId}>
        <Suspense
          fallback={
            <Box role="status" sx={{ height }}>
              {translate('app.common.loading_chart')}
            </Box>
          }
        >
          <SankeyCanvas flows={props.flows} ariaLabel={props.ariaLabel} locale={props.locale} />
        </Suspense>
      </Box>
    </Box>
  );
}
