import { lazy } from 'react';

export const SimulationPage = lazy(() => import('./SimulationPage').then((m) => ({ default: m.SimulationPage })));
