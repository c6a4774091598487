import { lazy } from 'react';

export const Reports = lazy(() => import('./Reports').then((m) => ({ default: m.Reports })));
