import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router-dom';
import type { Translate } from './useMessages';

/**
 * While `dirty`, asks before the designer is left: in-app navigation (back to the list, the admin's
 * menu) through a modal dialog, and closing or reloading the tab through the browser's own prompt.
 */
export function UnsavedChangesGuard({ dirty, t }: { dirty: boolean; t: Translate }) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    if (!dirty) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);

  const blocked = blocker.state === 'blocked';
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (blocked && !element.open) element.showModal();
    if (!blocked && element.open) element.close();
  }, [blocked]);

  return (
    <dialog
      ref={dialog}
      className="pd-dialog"
      aria-labelledby="pd-discard-title"
      aria-describedby="pd-discard-text"
      data-testid="pd-discard-dialog"
      onCancel={(event) => {
        // Escape keeps editing.
        event.preventDefault();
        blocker.reset?.();
      }}
    >
      <h2 id="pd-discard-title">{t('discardTitle')}</h2>
      <p id="pd-discard-text">{t('discardText')}</p>
      <div className="pd-row">
        <button type="button" className="pd-button pd-primary" autoFocus onClick={() => blocker.reset?.()}>
          {t('discardCancel')}
        </button>
        <button type="button" className="pd-button pd-danger" onClick={() => blocker.proceed?.()}>
          {t('discardConfirm')}
        </button>
      </div>
    </dialog>
  );
}
