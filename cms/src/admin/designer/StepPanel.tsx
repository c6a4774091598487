import { useEffect, useRef } from 'react';
import { StepFields, type StepFieldsProps } from './StepFields';

type Props = Omit<StepFieldsProps, 'idPrefix' | 'onConnectToNewStep' | 'onRemoved'> & {
  /** Opens another step in the panel (the one an option was just connected to). */
  onOpen(index: number): void;
  /** Closes the panel; `removed` when the step no longer exists (focus cannot return to its node). */
  onClose(removed: boolean): void;
};

/**
 * The editing panel beside the graph for the step chosen on it: the same fields and the same
 * in-memory steps as the list. Focus moves to its heading when a step opens; Escape closes it.
 */
export function StepPanel(props: Props) {
  const { steps, index, t, onOpen, onClose } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [index]);
  const step = steps[index];
  return (
    <section
      className="pd-panel pd-edit"
      aria-labelledby="pd-edit-title"
      data-testid="pd-edit-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose(false);
      }}
    >
      <div className="pd-row">
        <h2 id="pd-edit-title" tabIndex={-1} ref={heading}>
          {t('editStep')}: {step.key || '—'}
          {index === 0 ? ` (${t('firstStep')})` : ''}
        </h2>
        <button type="button" className="pd-button" onClick={() => onClose(false)}>
          {t('closePanel')}
        </button>
      </div>
      <StepFields
        {...props}
        idPrefix={`pd-edit-${index}`}
        onConnectToNewStep={(next) => {
          props.onChange(next);
          onOpen(next.length - 1);
        }}
        onRemoved={() => onClose(true)}
      />
    </section>
  );
}
