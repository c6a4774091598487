import { Admin, CustomRoutes, Resource, localStorageStore } from 'react-admin';
import { Route } from 'react-router-dom';
import { QueryClient } from '@tanstack/react-query';
import { authProvider, dataProvider } from './session';
import { i18nProvider } from './i18n/i18nProvider';
import { theme } from './theme';
import { AppLayout } from './layout/AppLayout';
import { LoginPage } from './layout/LoginPage';
import { NotFoundPage } from './layout/NotFoundPage';
import { Dashboard } from './dashboard/Dashboard';
import unanswered from './unanswered';
import paths from './paths';
import answers from './answers';
import { Reports } from './reports';
import { TryPage } from './try';
import { HealthPage } from './health';
import { BankPage } from './bank';
import { SimulationPage } from './simulation';
import { FeedbackCommentsPage } from './comments';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      refetchOnWindowFocus: false,
      // Retry only network and server errors, never 4xx (403 should say "no access" at once).
      retry: (count, error) => {
        const status = (error as { status?: number })?.status;
        return count < 2 && (status === undefined || status === 0 || status >= 500);
      },
    },
  },
});

export function App() {
  return (
    <Admin
      title="Botkb"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      queryClient={queryClient}
      store={localStorageStore(undefined, 'botkb-analytics')}
      loginPage={LoginPage}
      catchAll={NotFoundPage}
      dashboard={Dashboard}
      layout={AppLayout}
      theme={theme}
      darkTheme={null}
      requireAuth
      disableTelemetry
    >
      <Resource name="unanswered" {...unanswered} />
      <Resource name="paths" {...paths} />
      <Resource name="answers" {...answers} />
      <CustomRoutes>
        <Route path="/reports" element={<Reports />} />
        <Route path="/try" element={<TryPage />} />
        <Route path="/health" element={<HealthPage />} />
        <Route path="/question-bank" element={<BankPage />} />
        <Route path="/simulation" element={<SimulationPage />} />
        <Route path="/feedback-comments" element={<FeedbackCommentsPage />} />
      </CustomRoutes>
    </Admin>
  );
}
