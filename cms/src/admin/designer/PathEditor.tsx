import { useEffect, useMemo, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { DesignerStep } from '../../designer/designer-path';
import { untranslatedPaths } from '../../designer/designer-path';
import { GraphView } from './GraphView';
import { StepList } from './StepList';
import { UsageTable } from './UsageTable';
import { liveProblems, problemStepIndex } from './live-problems';
import { problemMessage } from './messages';
import { DESIGNER_API, type DesignerPathData, type PathUsage } from './designer-types';
import type { Translate } from './useMessages';
import { sendRequest } from './send-request';

type Status = { kind: 'ok' | 'warn' | 'error'; text: string } | null;

/** One path: diagram and list side by side, live problems, save as draft, publish, optional usage overlay. */
export function PathEditor({ documentId, t, onBack }: { documentId: string; t: Translate; onBack(): void }) {
  const client = useFetchClient();
  const [data, setData] = useState<DesignerPathData | null>(null);
  const [steps, setSteps] = useState<DesignerStep[]>([]);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const [showUsage, setShowUsage] = useState(false);
  const [usage, setUsage] = useState<PathUsage | null>(null);

  useEffect(() => {
    const url = `${DESIGNER_API}/paths/${documentId}`;
    void sendRequest((o) => client.get<{ data: DesignerPathData }>(url, o)).then((res) => {
      if (res.status !== 200) { setStatus({ kind: 'error', text: t('loadFailed') }); return; }
      setData(res.body.data);
      setSteps(res.body.data.steps);
    });
  }, [documentId]);

  useEffect(() => {
    if (!showUsage || !data || usage) return;
    const url = '/analytics-api/path-performance?pageSize=1000';
    void sendRequest((o) => client.get<{ data: PathUsage[] }>(url, o)).then((res) => {
      const row = res.status === 200 ? res.body.data.find((r) => r.slug === data.slug) : undefined;
      setUsage(row ?? { slug: data.slug, starts: 0, completions: 0, abandonments: 0, steps: [] });
    });
  }, [showUsage, data]);

  const problems = useMemo(() => liveProblems(steps), [steps]);
  const untranslated = useMemo(() => untranslatedPaths(steps, 'sv').length, [steps]);
  const blocking = problems.filter((p) => p.code !== 'untranslated');

  const change = (next: DesignerStep[]) => { setSteps(next); setDirty(true); };
  const focusStep = (index: number) => {
    const input = document.getElementById(`pd-step-${index}-key`);
    input?.scrollIntoView({ block: 'center' });
    input?.focus();
  };

  async function save(): Promise<boolean> {
    setBusy(true);
    setStatus({ kind: 'ok', text: t('saving') });
    type Saved = { data: { problems: unknown[] }; error?: { message: string } };
    const res = await sendRequest((o) => client.put<Saved>(`${DESIGNER_API}/paths/${documentId}`, { steps }, o));
    setBusy(false);
    if (res.status !== 200) {
      setStatus({ kind: 'error', text: t('saveFailed', { message: res.body.error?.message ?? String(res.status) }) });
      return false;
    }
    setDirty(false);
    const count = res.body.data.problems.length;
    setStatus(count ? { kind: 'warn', text: t('savedWithProblems', { count }) } : { kind: 'ok', text: t('saved') });
    return true;
  }

  async function publish() {
    if (!(await save())) return;
    setBusy(true);
    const res = await sendRequest((o) => client.post(`${DESIGNER_API}/paths/${documentId}/publish`, {}, o));
    setBusy(false);
    if (res.status === 200) setStatus({ kind: 'ok', text: t('published') });
    else setStatus({ kind: 'error', text: t('publishRefused') });
  }

  if (!data) return <p role="status">{status?.text ?? t('loading')}</p>;
  return (
    <div data-testid="pd-editor">
      <button type="button" className="pd-linkbutton" onClick={onBack}>← {t('back')}</button>
      <h2 lang="fi">{data.name.fi} <span lang="sv" className="pd-sv">/ {data.name.sv || '—'}</span></h2>
      <p>{t('slug')}: <code>{data.slug}</code></p>
      <div className="pd-toolbar">
        <button type="button" className="pd-button pd-primary" disabled={busy} onClick={() => void save()}>{t('save')}</button>
        <button type="button" className="pd-button" disabled={busy} onClick={() => void publish()}>{t('publish')}</button>
        <label>
          <input type="checkbox" checked={showUsage} onChange={(e) => setShowUsage(e.target.checked)} />
          {t('showAnalytics')}
        </label>
        {dirty ? <span className="pd-warn">● {t('unsaved')}</span> : null}
        <span className={untranslated ? 'pd-warn' : 'pd-ok'} data-testid="pd-untranslated">{t('untranslated', { count: untranslated })}</span>
      </div>
      <p role="status" className={`pd-status pd-${status?.kind ?? 'ok'}`} data-testid="pd-status">{status?.text ?? ''}</p>
      <section className="pd-problems" aria-labelledby="pd-problems-title" data-testid="pd-problems">
        <h2 id="pd-problems-title">{t('problems')} ({blocking.length})</h2>
        {blocking.length === 0 ? <p>{t('noProblems')}</p> : (
          <ul>
            {blocking.map((p) => {
              const index = problemStepIndex(p);
              const step = steps[index]?.key ?? '';
              return (
                <li key={p.path + p.code} data-code={p.code}>
                  <button type="button" className="pd-linkbutton" onClick={() => focusStep(Math.max(index, 0))}>
                    {step ? `${t('step')} ${step}` : t('title')}
                    {p.option !== undefined ? `, ${t('option').toLowerCase()} ${p.option + 1}` : ''}
                  </button>
                  {': '}{t(problemMessage(p.code))}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {showUsage && usage ? <UsageTable usage={usage} t={t} /> : null}
      <div className="pd-columns">
        <section aria-labelledby="pd-graph-title">
          <h2 id="pd-graph-title">{t('graph')}</h2>
          <p id="pd-graph-help">{t('graphHelp')}</p>
          <GraphView
            steps={steps}
            problems={problems}
            targets={data.targets}
            usage={showUsage ? usage : null}
            t={t}
            onSelectStep={focusStep}
          />
        </section>
        <StepList steps={steps} problems={problems} targets={data.targets} t={t} onChange={change} />
      </div>
    </div>
  );
}
