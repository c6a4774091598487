import { useId, type ReactNode } from 'react';
import { Box, Card, CardContent, Typography } from '@mui/material';
import { ApiErrorAlert } from './ApiErrorAlert';
import { EmptyState, LoadingState } from './StateMessages';

/**
 * Exactly one of error / loading / empty / children, in that order.
 * The empty state has data-testid={emptyTestId} (default "empty").
 */
export function QueryState({
  isPending = false,
  error = null,
  isEmpty = false,
  emptyTestId,
  onRetry,
  children,
}: {
  isPending?: boolean;
  error?: unknown;
  isEmpty?: boolean;
  emptyTestId?: string;
  onRetry?: () => void;
  children: ReactNode;
}) {
  if (error) return <ApiErrorAlert error={error} onRetry={onRetry} />;
  if (isPending) return <LoadingState />;
  if (isEmpty) return <EmptyState testId={emptyTestId} />;
  return <>{children}</>;
}

/**
 * A dashboard widget: a labelled <section> with an h2, optional controls and
 * exactly one of loading / error / empty / content. data-testid="widget-<id>".
 */
export function Widget({
  id,
  title,
  controls,
  isPending = false,
  error = null,
  isEmpty = false,
  onRetry,
  children,
  wide,
}: {
  id: string;
  title: string;
  controls?: ReactNode;
  /** The three states default to off: a widget with its own inner states (e.g. the savings report) leaves them out. */
  isPending?: boolean;
  error?: unknown;
  isEmpty?: boolean;
  onRetry?: () => void;
  children: ReactNode;
  wide?: boolean;
}) {
  const headingId = useId();
  return (
    <Card
      component="section"
      aria-labelledby={headingId}
      aria-busy={isPending && !error ? true : undefined}
      data-testid={`widget-${id}`}
      sx={{ minWidth: 0, gridColumn: wide ? { lg: '1 / -1' } : undefined }}
    >
      <CardContent>
        <Typography component="h2" variant="h6" id={headingId} gutterBottom>
          {title}
        </Typography>
        {controls ? <Box sx={{ mb: 1 }}>{controls}</Box> : null}
        <QueryState isPending={isPending} error={error} isEmpty={isEmpty} emptyTestId={`empty-${id}`} onRetry={onRetry}>
          {children}
        </QueryState>
      </CardContent>
    </Card>
  );
}
