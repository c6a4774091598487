import type { AnalyticsDeps } from '../analytics-deps';
import { questionBankController } from './question-bank';
import { reportsController } from './reports';
import { settingsController } from './settings';
import { simulationController } from './simulation';
import { unansweredController } from './unanswered';
import { workbenchController } from './workbench';

/** Every analytics controller, by name; routes/analytics.ts maps URLs to their actions. */
export function analyticsControllers(deps: AnalyticsDeps) {
  return {
    settings: settingsController(deps),
    reports: reportsController(deps),
    unanswered: unansweredController(deps),
    workbench: workbenchController(deps),
    questionBank: questionBankController(deps),
    simulation: simulationController(deps),
  };
}
