import { lazy } from 'react';

export const HealthPage = lazy(() => import('./HealthPage').then((m) => ({ default: m.HealthPage })));
