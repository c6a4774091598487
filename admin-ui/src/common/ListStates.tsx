import { useListContext, useShowContext } from 'react-admin';
import { ApiErrorAlert } from './ApiErrorAlert';

/** Error of a react-admin List in words (403 → "you do not have access"). */
export function ListError() {
  const { error, refetch } = useListContext();
  return <ApiErrorAlert error={error} onRetry={() => void refetch()} />;
}

/** Error of a react-admin Show in words (403 → "you do not have access"). */
export function ShowError() {
  const { error, refetch } = useShowContext();
  return <ApiErrorAlert error={error} onRetry={() => void refetch()} />;
}
