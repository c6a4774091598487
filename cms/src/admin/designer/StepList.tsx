import type { DesignerStep } from '../../designer/designer-path';
import { HANDOFFS, type PathProblem } from '../../guidance/validate-path-steps';
import { addStep, encodeTarget, newOption, renameStep, updateOption, updateStep, withTarget } from './edit-steps';
import { problemMessage } from './messages';
import { problemStepIndex } from './live-problems';
import type { TargetChoice } from './designer-types';
import type { Translate } from './useMessages';

interface Props {
  steps: DesignerStep[];
  problems: PathProblem[];
  targets: { answers: TargetChoice[]; partners: TargetChoice[] };
  t: Translate;
  onChange(steps: DesignerStep[]): void;
}

const fieldId = (i: number, name: string) => `pd-step-${i}-${name}`;

/** The path as a structured list — steps → options → targets — with the same editing as the diagram. */
export function StepList({ steps, problems, targets, t, onChange }: Props) {
  const keys = [...new Set(steps.map((s) => s.key))];
  return (
    <section className="pd-panel" aria-labelledby="pd-list-title">
      <h2 id="pd-list-title">{t('list')}</h2>
      <ol className="pd-steps" data-testid="pd-steps">
        {steps.map((step, i) => {
          const own = problems.filter((p) => problemStepIndex(p) === i);
          const graphProblems = own.filter((p) => p.code !== 'untranslated');
          const optionProblem = (j: number) => own.find((p) => p.option === j && p.code !== 'untranslated');
          const untranslated = (path: string) => own.some((p) => p.code === 'untranslated' && p.path === path);
          const stepProblems = graphProblems.filter((p) => p.option === undefined);
          return (
            <li
              key={i}
              id={`pd-step-${i}`}
              className={`pd-step${graphProblems.length ? ' pd-has-problem' : ''}`}
              data-testid={`pd-step-${step.key}`}
            >
              <h3>{t('step')} {i + 1}{i === 0 ? ` (${t('firstStep')})` : ''}</h3>
              {stepProblems.map((p) => (
                <p key={p.path + p.code} className="pd-error" data-testid="pd-step-problem">⚠ {t(problemMessage(p.code))}</p>
              ))}
              <label htmlFor={fieldId(i, 'key')}>{t('key')}</label>
              <input
                id={fieldId(i, 'key')}
                type="text"
                value={step.key}
                aria-invalid={own.some((p) => p.path === `steps.${i}.key`)}
                onChange={(e) => onChange(renameStep(steps, i, e.target.value))}
              />
              <div className="pd-pair">
                {(['fi', 'sv'] as const).map((l) => (
                  <div key={l}>
                    <label htmlFor={fieldId(i, `prompt-${l}`)}>
                      {t(l === 'fi' ? 'promptFi' : 'promptSv')}{' '}
                      {l === 'sv' && untranslated(`steps.${i}.prompt`) ? <span className="pd-tag pd-untranslated">{t('untranslatedMark')}</span> : null}
                    </label>
                    <textarea
                      id={fieldId(i, `prompt-${l}`)}
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
                  return (
                    <li key={j} className={`pd-option${problem ? ' pd-has-problem' : ''}`} data-testid={`pd-option-${i}-${j}`}>
                      <div className="pd-pair">
                        {(['fi', 'sv'] as const).map((l) => (
                          <div key={l}>
                            <label htmlFor={fieldId(i, `option-${j}-${l}`)}>
                              {t('option')} {j + 1}: {t(l === 'fi' ? 'labelFi' : 'labelSv')}{' '}
                              {l === 'sv' && untranslated(`steps.${i}.options.${j}.label`) ? <span className="pd-tag pd-untranslated">{t('untranslatedMark')}</span> : null}
                            </label>
                            <input
                              id={fieldId(i, `option-${j}-${l}`)}
                              type="text"
                              lang={l}
                              value={o.label[l]}
                              onChange={(e) => onChange(updateOption(steps, i, j, (x) => ({ ...x, label: { ...x.label, [l]: e.target.value } })))}
                            />
                          </div>
                        ))}
                      </div>
                      <label htmlFor={fieldId(i, `option-${j}-target`)}>{t('option')} {j + 1}: {t('target')}</label>
                      <select
                        id={fieldId(i, `option-${j}-target`)}
                        value={value}
                        aria-invalid={Boolean(problem)}
                        aria-describedby={problem ? fieldId(i, `option-${j}-problem`) : undefined}
                        onChange={(e) => onChange(updateOption(steps, i, j, (x) => withTarget(x, e.target.value)))}
                      >
                        <option value="">{t('chooseTarget')}</option>
                        {dangling ? <option value={value}>{`${t('missingStep')}: ${o.step}`}</option> : null}
                        <optgroup label={t('targetSteps')}>
                          {keys.map((k) => <option key={k} value={`step:${k}`}>{k}</option>)}
                        </optgroup>
                        <optgroup label={t('targetAnswers')}>
                          {targets.answers.map((a) => <option key={a.documentId} value={`answer:${a.documentId}`}>{a.name}</option>)}
                        </optgroup>
                        <optgroup label={t('targetPartners')}>
                          {targets.partners.map((p) => <option key={p.documentId} value={`partner:${p.documentId}`}>{p.name}</option>)}
                        </optgroup>
                        <optgroup label={t('targetHandoffs')}>
                          {HANDOFFS.map((h) => <option key={h} value={`handoff:${h}`}>{t(`handoff_${h}` as Parameters<Translate>[0])}</option>)}
                        </optgroup>
                        <option value="end">{t('end')}</option>
                      </select>
                      {problem ? (
                        <p id={fieldId(i, `option-${j}-problem`)} className="pd-error" data-testid="pd-option-problem">
                          ⚠ {t(problemMessage(problem.code))}
                        </p>
                      ) : null}
                      <div className="pd-row">
                        <span />
                        <button
                          type="button"
                          className="pd-button pd-danger"
                          onClick={() => onChange(updateStep(steps, i, { options: step.options.filter((_, k) => k !== j) }))}
                        >
                          {t('removeOption')} {j + 1}
                        </button>
                      </div>
                    </li>
                  );
                })}
              </ol>
              <div className="pd-row">
                <button
                  type="button"
                  className="pd-button"
                  onClick={() => onChange(updateStep(steps, i, { options: [...step.options, newOption()] }))}
                >
                  {t('addOption')}
                </button>
                <button
                  type="button"
                  className="pd-button pd-danger"
                  onClick={() => onChange(steps.filter((_, k) => k !== i))}
                >
                  {t('removeStep')} {step.key}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="pd-row">
        <button type="button" className="pd-button" onClick={() => onChange(addStep(steps))}>{t('addStep')}</button>
      </div>
    </section>
  );
}
