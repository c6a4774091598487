import { useId, type ReactNode } from 'react';
import { Box, Card, CardContent, Typography } from '@mui/material';
import { ApiErrorAlert } from './ApiErrorAlert';
import { EmptyState, LoadingState } from './StateMessages';

/**
 * A dashboard widget: a labelled <section> with an h2, optional controls and
 * exactly one of loading / error / empty / content. data-testid="widget-<id>".
 */
export function Widget({
  id,
  title,
  controls,
  isPending,
  error,
  isEmpty,
  onRetry,
  children,
  wide,
}: {
  id: string;
  title: string;
  controls?: ReactNode;
  isPending: boolean;
  error: unknown;
  isEmpty: boolean;
  onRetry?: () => void;
  children: ReactNode;
  wide?: boolean;
}) {
  const headingId = useId();
  let body: ReactNode;
  if (error) body = <ApiErrorAlert error={error} onRetry={onRetry} />;
  else if (isPending) body = <LoadingState />;
  else if (isEmpty) body = <EmptyState testId={`empty-${id}`} />;
  else body = children;
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
        {body}
      </CardContent>
    </Card>
  );
}
