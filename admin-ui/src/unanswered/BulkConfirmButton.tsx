import type { ReactNode } from 'react';
import { Button } from '@mui/material';
import { Confirm, useTranslate } from 'react-admin';

/**
 * A bulk action on the selected groups: a small button that opens a confirmation with `content`; texts under
 * `app.triage.<action>` (button, title, confirm).
 */
export function BulkConfirmButton(props: {
  action: string;
  icon: ReactNode;
  testId: string;
  disabled?: boolean;
  open: boolean;
  onOpen: () => void;
  onClose: () => void;
  loading: boolean;
  content: ReactNode;
  onConfirm: () => void;
}) {
  const translate = useTranslate();
  const texts = `app.triage.${props.action}`;
  return (
    <>
      <Button
        size="small"
        startIcon={props.icon}
        disabled={props.disabled}
        onClick={props.onOpen}
        data-testid={props.testId}
      >
        {translate(`${texts}.button`)}
      </Button>
      <Confirm
        isOpen={props.open}
        loading={props.loading}
        title={`${texts}.title`}
        content={props.content}
        confirm={`${texts}.confirm`}
        onConfirm={props.onConfirm}
        onClose={props.onClose}
      />
    </>
  );
}
