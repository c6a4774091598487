import type { ReactElement, ReactNode } from 'react';
import { Button, Confirm, useTranslate } from 'react-admin';

/** Cancelling is no warning: react-admin's Confirm shows an "!" icon on its cancel button by default. */
const NoIcon = () => null;

/**
 * A bulk action on the selected groups: a small button that opens a confirmation with `content`; texts under
 * `app.triage.<action>` (button, title, confirm). react-admin's Button: on a phone only the icon shows (its label
 * as the accessible name and tooltip), like the status buttons beside it, so the bulk toolbar fits 390 px. The name is
 * also given explicitly: react-admin leaves a disabled icon-only button unnamed.
 */
export function BulkConfirmButton(props: {
  action: string;
  icon: ReactElement;
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
        label={`${texts}.button`}
        aria-label={translate(`${texts}.button`)}
        disabled={props.disabled}
        onClick={props.onOpen}
        data-testid={props.testId}
      >
        {props.icon}
      </Button>
      <Confirm
        isOpen={props.open}
        loading={props.loading}
        title={`${texts}.title`}
        content={props.content}
        confirm={`${texts}.confirm`}
        onConfirm={props.onConfirm}
        onClose={props.onClose}
        CancelIcon={NoIcon}
      />
    </>
  );
}
