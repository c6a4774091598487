import { useEffect, useMemo, useRef, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { DesignerStep } from '../../designer/designer-path';
import { GraphView } from './GraphView';
import { StepList } from './StepList';
import { StepPanel } from './StepPanel';
import { addStep } from './edit-steps';
import { UsageTable } from './UsageTable';
import { liveProblems, problemStepIndex } from './live-problems';
import { problemMessage } from './messages';
import { DESIGNER_API, type DesignerPathData, type PathUsage } from './designer-types';
import type { Translate } from './useMessages';
import { sendRequest } from './send-request';
import { saveErrorMessage, type SaveErrorBody } from './save-error-message';
import { UnsavedChangesGuard } from './UnsavedChangesGuard';
import { helsinkiDay } from '../../analytics/helsinki-day';

type Status = { kind: 'ok' | 'warn' | 'error'; text: string } | null;

/** Periods the usage overlay can cover, in days back from today. */
const USAGE_PERIODS = [30, 90, 365, 730] as const;
/** The last `days` days up to today, in Helsinki days like every report (not UTC: after midnight Finnish time). */
function usageRange(days: number): string {
  const now = Date.now();
  return `from=${helsinkiDay(now - (days - 1) * 86_400_000)}&to=${helsinkiDay(now)}`;
}

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
  const [period, setPeriod] = useState<number>(365);
  /** The step open in the editing panel beside the graph. */
  const [selected, setSelected] = useState<number | null>(null);

  useEffect(() => {
    const url = `${DESIGNER_API}/paths/${documentId}`;
    void sendRequest((o) => client.get<{ data: DesignerPathData }>(url, o)).then((res) => {
      if (res.status !== 200) {
        setStatus({ kind: 'error', text: t('loadFailed') });
        return;
      }
      setData(res.body.data);
      setSteps(res.body.data.steps);
    });
  }, [documentId]);

  useEffect(() => {
    if (!showUsage || !data) return;
    const url = `/analytics-api/path-performance?pageSize=1000&${usageRange(period)}`;
    void sendRequest((o) => client.get<{ data: PathUsage[] }>(url, o)).then((res) => {
      const row = res.status === 200 ? res.body.data.find((r) => r.slug === data.slug) : undefined;
      setUsage(row ?? { slug: data.slug, starts: 0, completions: 0, abandonments: 0, steps: [] });
    });
  }, [showUsage, data, period]);

  const problems = useMemo(() => liveProblems(steps), [steps]);
  // One list for the count and the fields' marks: the untranslated problems.
  const untranslated = problems.filter((p) => p.code === 'untranslated').length;
  const blocking = problems.filter((p) => p.code !== 'untranslated');

  const change = (next: DesignerStep[]) => {
    setSteps(next);
    setDirty(true);
  };
  const open = selected !== null && selected < steps.length ? selected : null;
  const openStep = (index: number) => {
    setSelected(index);
    document.getElementById('pd-graph-title')?.scrollIntoView({ block: 'start' });
  };
  // Focus goes back to the step's node, or to "add step" when the step was removed, once the panel is gone.
  const returnFocusTo = useRef<string | null>(null);
  const closePanel = (removed: boolean) => {
    returnFocusTo.current = removed ? '#pd-graph-add-step' : `.react-flow__node[data-id="step:${open}"]`;
    setSelected(null);
  };
  useEffect(() => {
    const selector = returnFocusTo.current;
    if (open !== null || !selector) return;
    returnFocusTo.current = null;
    const timer = setTimeout(() => document.querySelector<HTMLElement>(selector)?.focus(), 0);
    return () => clearTimeout(timer);
  }, [open]);

  async function save(): Promise<boolean> {
    setBusy(true);
    setStatus({ kind: 'ok', text: t('saving') });
    type Saved = { data: { problems: unknown[] } } & SaveErrorBody;
    const res = await sendRequest((o) => client.put<Saved>(`${DESIGNER_API}/paths/${documentId}`, { steps }, o));
    setBusy(false);
    if (res.status !== 200) {
      setStatus({ kind: 'error', text: saveErrorMessage(res.body, res.status, t) });
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
      <UnsavedChangesGuard dirty={dirty} t={t} />
      <button type="button" className="pd-linkbutton" onClick={onBack}>
        ← {t('back')}
      </button>
      <h2 lang="fi">
        {data.name.fi}{' '}
        <span lang="sv" className="pd-sv">
          / {data.name.sv || '—'}
        </span>
      </h2>
      <p>
        {t('slug')}: <code>{data.slug}</code>
      </p>
      <div className="pd-toolbar">
        <button type="button" className="pd-button pd-primary" disabled={busy} onClick={() => void save()}>
          {t('save')}
        </button>
        <button type="button" className="pd-button" disabled={busy} onClick={() => void publish()}>
          {t('publish')}
        </button>
        <label>
          <input type="checkbox" checked={showUsage} onChange={(e) => setShowUsage(e.target.checked)} />
          {t('showAnalytics')}
        </label>
        {showUsage ? (
          <label>
            {t('period')}
            <select value={period} onChange={(e) => setPeriod(Number(e.target.value))} data-testid="pd-period">
              {USAGE_PERIODS.map((days) => (
                <option key={days} value={days}>
                  {t('lastDays', { count: days })}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {dirty ? <span className="pd-warn">● {t('unsaved')}</span> : null}
        <span className={untranslated ? 'pd-warn' : 'pd-ok'} data-testid="pd-untranslated">
          {t('untranslated', { count: untranslated })}
        </span>
      </div>
      <p role="status" className={`pd-status pd-${status?.kind ?? 'ok'}`} data-testid="pd-status">
        {status?.text ?? ''}
      </p>
      <section className="pd-problems" aria-labelledby="pd-problems-title" data-testid="pd-problems">
        <h2 id="pd-problems-title">
          {t('problems')} ({blocking.length})
        </h2>
        {blocking.length === 0 ? (
          <p>{t('noProblems')}</p>
        ) : (
          <ul>
            {blocking.map((p) => {
              const index = problemStepIndex(p);
              const step = steps[index]?.key ?? '';
              return (
                <li key={p.path + p.code} data-code={p.code}>
                  <button type="button" className="pd-linkbutton" onClick={() => openStep(Math.max(index, 0))}>
                    {index < 0 ? data.name.fi : t('stepNumber', { step: index + 1 })}
                    {step ? ` (${step})` : ''}
                    {p.option !== undefined ? `, ${t('option').toLowerCase()} ${p.option + 1}` : ''}
                  </button>
                  {': '}
                  {t(problemMessage(p.code))}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {showUsage && usage ? <UsageTable usage={usage} steps={steps} t={t} /> : null}
      <div className="pd-columns">
        <section aria-labelledby="pd-graph-title">
          <div className="pd-row">
            <h2 id="pd-graph-title">{t('graph')}</h2>
            <button
              type="button"
              id="pd-graph-add-step"
              className="pd-button"
              onClick={() => {
                change(addStep(steps));
                openStep(steps.length);
              }}
            >
              {t('addStepOnGraph')}
            </button>
          </div>
          <p id="pd-graph-help">{t('graphHelp')}</p>
          <GraphView
            steps={steps}
            problems={problems}
            targets={data.targets}
            usage={showUsage ? usage : null}
            selected={open}
            t={t}
            onOpenStep={openStep}
          />
        </section>
        {open !== null ? (
          <StepPanel
            steps={steps}
            index={open}
            problems={problems}
            targets={data.targets}
            t={t}
            onChange={change}
            onOpen={openStep}
            onClose={closePanel}
          />
        ) : (
          <StepList steps={steps} problems={problems} targets={data.targets} t={t} onChange={change} />
        )}
      </div>
    </div>
  );
}
