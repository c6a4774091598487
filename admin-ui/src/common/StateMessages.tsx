import { Box, CircularProgress, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** Loading state announced to screen readers. */
export function LoadingState({ label }: { label?: string }) {
  const translate = useTranslate();
  return (
    <Box
      role="status"
      aria-live="polite"
      sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 3 }}
      data-testid="loading"
    >
      <CircularProgress size={20} aria-hidden="true" />
      <Typography>{label ?? translate('app.common.loading')}</Typography>
    </Box>
  );
}

/** "No data for this range." */
export function EmptyState({ text, testId }: { text?: string; testId?: string }) {
  const translate = useTranslate();
  return (
    <Typography role="status" sx={{ py: 3, color: 'text.secondary' }} data-testid={testId ?? 'empty'}>
      {text ?? translate('app.common.no_data')}
    </Typography>
  );
}
