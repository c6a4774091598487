import { lazy } from 'react';

export const FeedbackCommentsPage = lazy(() =>
  import('./FeedbackCommentsPage').then((m) => ({ default: m.FeedbackCommentsPage })),
);
