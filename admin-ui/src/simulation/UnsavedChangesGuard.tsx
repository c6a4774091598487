import { useEffect } from 'react';
import { Confirm, useBlocker } from 'react-admin';

const KEY = 'app.openFindings';

/** The navigation state of a move that keeps the edits (they were just saved): it is never held up. */
export const EDITS_SAVED = { editsSaved: true } as const;

/**
 * Asks before unsaved edits are lost: any navigation inside the app (another scenario, the menu) waits for
 * the manager's yes; closing or reloading the tab gets the browser's own question.
 */
export function UnsavedChangesGuard({ dirty }: { dirty: boolean }) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty &&
      nextLocation.state?.editsSaved !== true &&
      (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );
  useEffect(() => {
    if (!dirty) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);
  return (
    <Confirm
      isOpen={blocker.state === 'blocked'}
      title={`${KEY}.unsaved_title`}
      content={`${KEY}.unsaved_content`}
      confirm={`${KEY}.unsaved_discard`}
      cancel={`${KEY}.unsaved_keep`}
      confirmColor="warning"
      onConfirm={() => blocker.proceed?.()}
      onClose={() => blocker.reset?.()}
    />
  );
}
