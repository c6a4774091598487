import { Alert, AlertTitle, Button } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ERROR_KEYS, errorKeyForStatus } from '../httpClient';

interface ErrorLike {
  status?: number;
  message?: string;
  serverMessage?: string;
}

/** A translated sentence for any error thrown by the data provider. */
export function useDescribeError() {
  const translate = useTranslate();
  return (error: unknown): { text: string; details?: string; forbidden: boolean } => {
    const e = (error ?? {}) as ErrorLike;
    const status = typeof e.status === 'number' ? e.status : undefined;
    if (status === 403) return { text: translate(ERROR_KEYS.forbidden), forbidden: true };
    const ownKey = typeof e.message === 'string' && /^(app|ra)\./.test(e.message) ? e.message : undefined;
    const key = ownKey ?? (status !== undefined ? errorKeyForStatus(status) : ERROR_KEYS.http);
    const text = translate(key, { _: translate(ERROR_KEYS.http) });
    const details =
      status === 400 && e.serverMessage ? translate('app.error.details', { message: e.serverMessage }) : undefined;
    return { text, details, forbidden: false };
  };
}

/** Error box: "you do not have access" for 403, otherwise what went wrong, with a retry button. */
export function ApiErrorAlert({ error, onRetry, testId }: { error: unknown; onRetry?: () => void; testId?: string }) {
  const translate = useTranslate();
  const describe = useDescribeError();
  const { text, details, forbidden } = describe(error);
  return (
    <Alert
      severity={forbidden ? 'warning' : 'error'}
      role="alert"
      data-testid={testId ?? (forbidden ? 'error-forbidden' : 'error-api')}
      action={
        onRetry && !forbidden ? (
          <Button color="inherit" size="small" onClick={onRetry}>
            {translate('app.error.retry')}
          </Button>
        ) : undefined
      }
    >
      {!forbidden && <AlertTitle>{translate('app.error.title')}</AlertTitle>}
      {text}
      {details ? <div>{details}</div> : null}
    </Alert>
  );
}
