import type { DesignerStep } from '../../designer/designer-path';
import type { PathProblem } from '../../guidance/validate-path-steps';
import { addStep } from './edit-steps';
import { problemStepIndex } from './live-problems';
import { StepFields } from './StepFields';
import type { TargetChoice } from './designer-types';
import type { Translate } from './useMessages';

interface Props {
  steps: DesignerStep[];
  problems: PathProblem[];
  targets: { answers: TargetChoice[]; partners: TargetChoice[] };
  t: Translate;
  onChange(steps: DesignerStep[]): void;
}

/** The path as a structured list — steps → options → targets — with the same editing as the graph's panel. */
export function StepList({ steps, problems, targets, t, onChange }: Props) {
  return (
    <section className="pd-panel" aria-labelledby="pd-list-title">
      <h2 id="pd-list-title">{t('list')}</h2>
      <ol className="pd-steps" data-testid="pd-steps">
        {steps.map((step, i) => {
          const marked = problems.some((p) => problemStepIndex(p) === i && p.code !== 'untranslated');
          return (
            <li
              key={i}
              id={`pd-step-${i}`}
              className={`pd-step${marked ? ' pd-has-problem' : ''}`}
              data-testid={`pd-step-${step.key}`}
            >
              <h3>
                {t('step')} {i + 1}
                {i === 0 ? ` (${t('firstStep')})` : ''}
              </h3>
              <StepFields
                steps={steps}
                index={i}
                problems={problems}
                targets={targets}
                t={t}
                idPrefix={`pd-step-${i}`}
                onChange={onChange}
              />
            </li>
          );
        })}
      </ol>
      <div className="pd-row">
        <button type="button" className="pd-button" onClick={() => onChange(addStep(steps))}>
          {t('addStep')}
        </button>
      </div>
    </section>
  );
}
