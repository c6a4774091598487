import type { PathUsage } from './designer-types';
import type { Translate } from './useMessages';

/** The usage shown on the diagram, as a table: starts and completions, and per step who arrived, went on, left. */
export function UsageTable({ usage, t }: { usage: PathUsage; t: Translate }) {
  return (
    <section className="pd-panel" aria-labelledby="pd-usage-title" data-testid="pd-usage">
      <h2 id="pd-usage-title">{t('analytics')}</h2>
      <p>
        {t('starts')}: <strong data-testid="pd-usage-starts">{usage.starts}</strong> · {t('completions')}:{' '}
        <strong>{usage.completions}</strong>
      </p>
      {usage.steps.length === 0 ? <p>{t('noAnalytics')}</p> : (
        <div className="pd-scroll">
          <table className="pd-table">
            <thead>
              <tr>
                <th scope="col">{t('step')}</th>
                <th scope="col" className="pd-num">{t('reached')}</th>
                <th scope="col" className="pd-num">{t('continued')}</th>
                <th scope="col" className="pd-num">{t('dropped')}</th>
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
        </div>
      )}
    </section>
  );
}
