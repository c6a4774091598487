import { lazy } from 'react';

export const BankPage = lazy(() => import('./BankPage').then((m) => ({ default: m.BankPage })));
