import { lazy } from 'react';

export const TryPage = lazy(() => import('./TryPage').then((m) => ({ default: m.TryPage })));
