import type { DesignerStep } from '../../designer/designer-path';
import { HANDOFFS, type PathProblem } from '../../guidance/validate-path-steps';
import {
  addOption,
  connectToNewStep,
  encodeTarget,
  removeOption,
  removeStep,
  renameStep,
  updateOption,
  updateStep,
  withTarget,
} from './edit-steps';
import { problemMessage } from './messages';
import { problemStepIndex } from './live-problems';
import type { TargetChoice } from './designer-types';
import type { Translate } from './useMessages';

export interface StepFieldsProps {
  steps: DesignerStep[];
  index: number;
  problems: PathProblem[];
  targets: { answers: TargetChoice[]; partners: TargetChoice[] };
  t: Translate;
  /** Prefix of the fields' ids, one per view: `pd-step-3` in the list, `pd-edit-3` in the graph's panel. */
  idPrefix: string;
  onChange(steps: DesignerStep[]): void;
  /** Offered in the graph's panel: lead an option to a step made for it (the new step is the last one). */
  onConnectToNewStep?(steps: DesignerStep[]): void;
  onRemoved?(): void;
}

/**
 * The fields of one step — key, fi and sv prompt side by side, options with fi and sv labels and a
 * target chosen from what exists — used by the list and by the graph's editing panel alike.
 */
export function StepFields(props: StepFieldsProps) {
  const { steps, index: i, problems, targets, t, idPrefix, onChange } = props;
  const step = steps[i];
  const id = (name: string) => `${idPrefix}-${name}`;
  const keys = [...new Set(steps.map((s) => s.key))];
  const own = problems.filter((p) => problemStepIndex(p) === i);
  const optionProblem = (j: number) => own.find((p) => p.option === j && p.code !== 'untranslated');
  const untranslated = (path: string) => own.some((p) => p.code === 'untranslated' && p.path === path);
  const stepProblems = own.filter((p) => p.code !== 'untranslated' && p.option === undefined);
  const untranslatedMark = (path: string) =>
    untranslated(path) ? <span className="pd-tag pd-untranslated">{t('untranslatedMark')}</span> : null;
  return (
    <>
      {stepProblems.map((p) => (
        <p key={p.path + p.code} className="pd-error" data-testid="pd-step-problem">
          ⚠ {t(problemMessage(p.code))}
        </p>
      ))}
      <label htmlFor={id('key')}>{t('key')}</label>
      <input
        id={id('key')}
        type="text"
        value={step.key}
        aria-invalid={own.some((p) => p.path === `steps.${i}.key`)}
        onChange={(e) => onChange(renameStep(steps, i, e.target.value))}
      />
      <div className="pd-pair">
        {(['fi', 'sv'] as const).map((l) => (
          <div key={l}>
            <label htmlFor={id(`prompt-${l}`)}>
              {t(l === 'fi' ? 'promptFi' : 'promptSv')} {l === 'sv' ? untranslatedMark(`steps.${i}.prompt`) : null}
            </label>
            <textarea
              id={id(`prompt-${l}`)}
              lang={l}
              value={step.prompt[l]}
              onChange={(e) => onChange(updateStep(steps, i, { prompt: { ...step.prompt, [l]: e.target.value } }))}
            />
          </div>
        ))}
      </div>
      <h4 className="pd-subheading">{t('options')}</h4>
      <ol className="pd-options">
        {step.options.map((o, j) => {
          const problem = optionProblem(j);
          const value = encodeTarget(o);
          const dangling = o.target === 'step' && o.step !== null && !keys.includes(o.step);
          const labelPath = `steps.${i}.options.${j}.label`;
          return (
            <li key={j} className={`pd-option${problem ? ' pd-has-problem' : ''}`} data-testid={`pd-option-${i}-${j}`}>
              <div className="pd-pair">
                {(['fi', 'sv'] as const).map((l) => (
                  <div key={l}>
                    <label htmlFor={id(`option-${j}-${l}`)}>
                      {t('option')} {j + 1}: {t(l === 'fi' ? 'labelFi' : 'labelSv')}{' '}
                      {l === 'sv' ? untranslatedMark(labelPath) : null}
                    </label>
                    <input
                      id={id(`option-${j}-${l}`)}
                      type="text"
                      lang={l}
                      value={o.label[l]}
                      onChange={(e) => {
                        const label = e.target.value;
                        onChange(updateOption(steps, i, j, (x) => ({ ...x, label: { ...x.label, [l]: label } })));
                      }}
                    />
                  </div>
                ))}
              </div>
              <label htmlFor={id(`option-${j}-target`)}>
                {t('option')} {j + 1}: {t('target')}
              </label>
              <select
                id={id(`option-${j}-target`)}
                value={value}
                aria-invalid={Boolean(problem)}
                aria-describedby={problem ? id(`option-${j}-problem`) : undefined}
                onChange={(e) => onChange(updateOption(steps, i, j, (x) => withTarget(x, e.target.value)))}
              >
                <option value="">{t('chooseTarget')}</option>
                {dangling ? <option value={value}>{`${t('missingStep')}: ${o.step}`}</option> : null}
                <optgroup label={t('targetSteps')}>
                  {keys.map((k) => (
                    <option key={k} value={`step:${k}`}>
                      {k}
                    </option>
                  ))}
                </optgroup>
                <optgroup label={t('targetAnswers')}>
                  {targets.answers.map((a) => (
                    <option key={a.documentId} value={`answer:${a.documentId}`}>
                      {a.name}
                    </option>
                  ))}
                </optgroup>
                <optgroup label={t('targetPartners')}>
                  {targets.partners.map((p) => (
                    <option key={p.documentId} value={`partner:${p.documentId}`}>
                      {p.name}
                    </option>
                  ))}
                </optgroup>
                <optgroup label={t('targetHandoffs')}>
                  {HANDOFFS.map((h) => (
                    <option key={h} value={`handoff:${h}`}>
                      {t(`handoff_${h}` as Parameters<Translate>[0])}
                    </option>
                  ))}
                </optgroup>
                <option value="end">{t('end')}</option>
              </select>
              {problem ? (
                <p id={id(`option-${j}-problem`)} className="pd-error" data-testid="pd-option-problem">
                  ⚠ {t(problemMessage(problem.code))}
                </p>
              ) : null}
              <div className="pd-row">
                {props.onConnectToNewStep ? (
                  <button
                    type="button"
                    className="pd-button"
                    onClick={() => props.onConnectToNewStep?.(connectToNewStep(steps, i, j))}
                  >
                    {t('connectToNewStep')}
                    <span className="pd-sr">
                      {' '}
                      ({t('option')} {j + 1})
                    </span>
                  </button>
                ) : (
                  <span />
                )}
                <button
                  type="button"
                  className="pd-button pd-danger"
                  onClick={() => onChange(removeOption(steps, i, j))}
                >
                  {t('removeOption')} {j + 1}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="pd-row">
        <button type="button" className="pd-button" onClick={() => onChange(addOption(steps, i))}>
          {t('addOption')}
        </button>
        <button
          type="button"
          className="pd-button pd-danger"
          onClick={() => {
            onChange(removeStep(steps, i));
            props.onRemoved?.();
          }}
        >
          {t('removeStep')} {step.key}
        </button>
      </div>
    </>
  );
}
