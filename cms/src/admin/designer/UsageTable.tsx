import type { DesignerStep } from '../../designer/designer-path';
import { matchOptionChoices } from '../../designer/match-option-choices';
import type { PathUsage } from './designer-types';
import type { Translate } from './useMessages';

/**
 * The usage shown on the graph, as tables: starts and completions; per step who arrived, went on
 * and left; per option how many chose it (what matches no current option is listed by the name bots sent).
 */
export function UsageTable({ usage, steps, t }: { usage: PathUsage; steps: DesignerStep[]; t: Translate }) {
  const choices = steps.flatMap((step, i) => {
    const { perOption, unmatched } = matchOptionChoices(
      step.options,
      usage.steps.find((s) => s.stepKey === step.key)?.options ?? [],
    );
    const rows = step.options.map((o, j) => ({
      id: `${i}:${j}`,
      step: step.key,
      option: o.label.fi || `${t('option')} ${j + 1}`,
      chosen: perOption[j],
    }));
    return [
      ...rows,
      ...unmatched.map((u) => ({
        id: `${i}:${u.option}`,
        step: step.key,
        option: `${t('otherOption')}: ${u.option}`,
        chosen: u.chosen,
      })),
    ];
  });
  return (
    <section className="pd-panel" aria-labelledby="pd-usage-title" data-testid="pd-usage">
      <h2 id="pd-usage-title">{t('analytics')}</h2>
      <p>
        {t('starts')}: <strong data-testid="pd-usage-starts">{usage.starts}</strong> · {t('completions')}:{' '}
        <strong>{usage.completions}</strong>
      </p>
      {usage.steps.length === 0 ? (
        <p>{t('noAnalytics')}</p>
      ) : (
        <div className="pd-scroll pd-tables">
          <table className="pd-table">
            <caption className="pd-caption">{t('stepUsage')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('step')}</th>
                <th scope="col" className="pd-num">
                  {t('reached')}
                </th>
                <th scope="col" className="pd-num">
                  {t('continued')}
                </th>
                <th scope="col" className="pd-num">
                  {t('dropped')}
                </th>
              </tr>
            </thead>
            <tbody>
              {usage.steps.map((s) => (
                <tr key={s.stepKey}>
                  <th scope="row">{s.stepKey}</th>
                  <td className="pd-num">{s.reached}</td>
                  <td className="pd-num">{s.continued}</td>
                  <td className="pd-num">{s.dropped}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="pd-table" data-testid="pd-option-usage">
            <caption className="pd-caption">{t('optionUsage')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('step')}</th>
                <th scope="col">{t('option')}</th>
                <th scope="col" className="pd-num">
                  {t('chosen')}
                </th>
              </tr>
            </thead>
            <tbody>
              {choices.map((c) => (
                <tr key={c.id} data-option={c.id}>
                  <td>{c.step}</td>
                  <th scope="row">{c.option}</th>
                  <td className="pd-num">{c.chosen}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
