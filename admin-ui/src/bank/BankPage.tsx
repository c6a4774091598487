import { useMemo, useState, type FormEvent } from 'react';
import { Alert, Box, Button, LinearProgress, MenuItem, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { httpClient } from '../session';
import { CONTENT_LOCALES, type ContentLocale } from '../types';
import { PageTitle } from '../common/PageTitle';
import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { ExternalLink } from '../common/ExternalLink';
import { AccessibleTable } from '../common/AccessibleTable';
import { SectionCard } from '../common/SectionCard';
import { AnySelect } from '../common/AnySelect';
import { EmptyState } from '../common/StateMessages';
import { useFormatters } from '../common/useFormatters';
import {
  createBankApi,
  type BankQuestion,
  type BankRun,
  type KnowledgeContent,
  type LinkedEntry,
  type Outcome,
  type RunComparison,
} from './bankApi';
import { parseExpected, runProgress, totalsRows } from './shape-bank';

const api = createBankApi(httpClient);
const PER_PAGE = 25;
const OUTCOMES: Outcome[] = ['passed', 'failed', 'not_run'];
/** What a run can test, the published content first. */
const RUN_CONTENTS: KnowledgeContent[] = ['published', 'drafts'];

/** "Question bank": pass rates per locale, what changed since the previous run, the questions, run now. */
export function BankPage() {
  const translate = useTranslate();
  const summary = useQuery({
    queryKey: ['bank', 'summary'],
    queryFn: api.summary,
    refetchInterval: (q) => ((q.state.data?.pending.length ?? 0) > 0 ? 1000 : false),
  });
  return (
    <Box sx={{ py: 2, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 2 }} data-testid="bank">
      <PageTitle text={translate('app.workbench.bank.title')} />
      <Typography>{translate('app.workbench.bank.intro')}</Typography>
      <RunControls pending={summary.data?.pending ?? []} />
      {summary.error ? <ApiErrorAlert error={summary.error} onRetry={() => summary.refetch()} /> : null}
      {summary.data ? (
        <>
          <RunSection content="published" comparison={summary.data.published} />
          {summary.data.drafts.latest ? <RunSection content="drafts" comparison={summary.data.drafts} /> : null}
        </>
      ) : null}
      <QuestionSection />
    </Box>
  );
}

function RunControls({ pending }: { pending: BankRun[] }) {
  const translate = useTranslate();
  const client = useQueryClient();
  const run = useMutation({
    mutationFn: (content: KnowledgeContent) => api.run(content),
    onSuccess: () => client.invalidateQueries({ queryKey: ['bank'] }),
  });
  const wasPending = pending.length > 0;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
      {RUN_CONTENTS.map((content, i) => (
        <Button
          key={content}
          variant={i === 0 ? 'contained' : 'outlined'}
          onClick={() => run.mutate(content)}
          disabled={run.isPending}
          data-testid={`bank-run-${content}`}
        >
          {translate(`app.workbench.bank.run_${content}`)}
        </Button>
      ))}
      <Box aria-live="polite" sx={{ flex: '1 1 16rem' }} data-testid="bank-progress">
        {pending.map((r) => (
          <RunProgress key={r.id} run={r} />
        ))}
        {!wasPending && run.isSuccess ? (
          <Typography variant="body2">{translate('app.workbench.bank.run_finished')}</Typography>
        ) : null}
      </Box>
      {run.error ? <ApiErrorAlert error={run.error} /> : null}
    </Box>
  );
}

function RunProgress({ run }: { run: BankRun }) {
  const translate = useTranslate();
  const progress = runProgress(run);
  const label = translate(`app.workbench.bank.progress.${run.status === 'running' ? 'running' : 'queued'}`, {
    content: translate(`app.workbench.content.${run.content}`),
    done: run.done,
    total: run.questions,
  });
  return (
    <Box>
      <Typography variant="body2">{label}</Typography>
      <LinearProgress
        variant={progress === null ? 'indeterminate' : 'determinate'}
        value={progress ?? undefined}
        aria-label={label}
      />
    </Box>
  );
}

function EntryLink({ entry }: { entry: LinkedEntry | null }) {
  const translate = useTranslate();
  if (!entry) return <>{translate('app.workbench.bank.no_answer')}</>;
  return entry.adminUrl ? <ExternalLink href={entry.adminUrl}>{entry.slug}</ExternalLink> : <>{entry.slug}</>;
}

function RunSection({ content, comparison }: { content: KnowledgeContent; comparison: RunComparison }) {
  const translate = useTranslate();
  const format = useFormatters();
  const { latest, previous, changes } = comparison;
  const rows = totalsRows(latest);
  const title = translate(`app.workbench.bank.section.${content}`);
  return (
    <SectionCard title={title} testId={`bank-${content}`} outlined>
      {latest ? (
        <Typography data-testid={`bank-${content}-latest`}>
          {translate('app.workbench.bank.latest_run', {
            time: format.dateTime(latest.finishedAt),
            trigger: translate(`app.workbench.bank.trigger.${latest.trigger}`),
          })}
        </Typography>
      ) : (
        <Alert severity="info">{translate('app.workbench.bank.never_run')}</Alert>
      )}
      {rows.length > 0 ? (
        <AccessibleTable
          testId={`bank-${content}-totals`}
          caption={translate('app.workbench.bank.totals_caption')}
          columns={[
            { key: 'locale', label: translate('app.workbench.bank.locale') },
            { key: 'questions', label: translate('app.workbench.bank.questions'), numeric: true },
            { key: 'passRate', label: translate('app.workbench.bank.pass_rate'), numeric: true },
            { key: 'hit1', label: translate('app.workbench.bank.hit1'), numeric: true },
            { key: 'hit3', label: translate('app.workbench.bank.hit3'), numeric: true },
            { key: 'falseAnswers', label: translate('app.workbench.bank.false_answers'), numeric: true },
          ]}
          rows={rows.map((r) => ({
            key: r.locale,
            header: translate(`app.locale.${r.locale}`),
            cells: [
              { text: format.number(r.questions), raw: r.questions },
              { text: format.percent(r.passRate, 1), raw: r.passRate },
              { text: format.percent(r.hit1, 1), raw: r.hit1 },
              { text: format.percent(r.hit3, 1), raw: r.hit3 },
              { text: `${format.number(r.falseAnswers)} / ${format.number(r.outOfScope)}`, raw: r.falseAnswers },
            ],
          }))}
        />
      ) : null}
      {latest ? (
        <Box>
          <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 700 }}>
            {translate(`app.workbench.bank.changes_title.${content}`)}
          </Typography>
          {!previous ? (
            <Typography>{translate('app.workbench.bank.no_previous')}</Typography>
          ) : changes.length === 0 ? (
            <Typography data-testid={`bank-${content}-no-changes`}>
              {translate('app.workbench.bank.no_changes')}
            </Typography>
          ) : (
            <AccessibleTable
              testId={`bank-${content}-changes`}
              caption={translate('app.workbench.bank.changes_caption', { count: changes.length })}
              columns={[
                { key: 'question', label: translate('app.workbench.bank.question') },
                { key: 'change', label: translate('app.workbench.bank.change') },
                { key: 'locale', label: translate('app.workbench.bank.locale') },
                { key: 'before', label: translate('app.workbench.bank.before') },
                { key: 'now', label: translate('app.workbench.bank.now') },
              ]}
              rows={changes.map((c) => ({
                key: String(c.questionId),
                header: c.question,
                cells: [
                  { text: translate(`app.workbench.bank.changed.${c.change}`), raw: c.change },
                  { text: translate(`app.locale.${c.locale}`), raw: c.locale },
                  { text: <EntryLink entry={c.before} />, raw: c.before?.slug ?? null },
                  { text: <EntryLink entry={c.now} />, raw: c.now?.slug ?? null },
                ],
              }))}
            />
          )}
        </Box>
      ) : null}
    </SectionCard>
  );
}

function QuestionSection() {
  const translate = useTranslate();
  const [locale, setLocale] = useState<ContentLocale | ''>('');
  const [outcome, setOutcome] = useState<Outcome | ''>('');
  const [text, setText] = useState('');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<BankQuestion | null>(null);
  const filter = useMemo(
    () => ({
      locale: locale || undefined,
      outcome: outcome || undefined,
      q: text.trim() || undefined,
      page,
      perPage: PER_PAGE,
    }),
    [locale, outcome, text, page],
  );
  const list = useQuery({ queryKey: ['bank', 'questions', filter], queryFn: () => api.questions(filter) });
  const pages = Math.max(1, Math.ceil((list.data?.total ?? 0) / PER_PAGE));
  const title = translate('app.workbench.bank.questions_title');
  return (
    <SectionCard title={title} outlined>
      <QuestionForm key={editing?.id ?? 'new'} editing={editing} onDone={() => setEditing(null)} />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
        <AnySelect
          label={translate('app.workbench.bank.locale')}
          value={locale}
          anyLabel={translate('app.workbench.bank.all')}
          options={CONTENT_LOCALES.map((l) => ({ value: l, label: translate(`app.locale.${l}`) }))}
          onChange={(v) => {
            setLocale(v);
            setPage(1);
          }}
        />
        <AnySelect
          label={translate('app.workbench.bank.outcome')}
          value={outcome}
          anyLabel={translate('app.workbench.bank.all')}
          options={OUTCOMES.map((o) => ({ value: o, label: translate(`app.workbench.bank.outcomes.${o}`) }))}
          onChange={(v) => {
            setOutcome(v);
            setPage(1);
          }}
          testId="bank-filter-outcome"
        />
        <TextField
          label={translate('app.workbench.bank.search')}
          value={text}
          sx={{ flex: '1 1 12rem' }}
          onChange={(e) => {
            setText(e.target.value);
            setPage(1);
          }}
          inputProps={{ maxLength: 200 }}
        />
      </Box>
      {list.error ? <ApiErrorAlert error={list.error} onRetry={() => list.refetch()} /> : null}
      {list.data?.total === 0 ? <EmptyState text={translate('app.walk.bank_empty')} testId="bank-empty" /> : null}
      {list.data && list.data.total > 0 ? (
        <AccessibleTable
          testId="bank-questions"
          caption={translate('app.workbench.bank.questions_caption', { count: list.data.total, page, pages })}
          columns={[
            { key: 'question', label: translate('app.workbench.bank.question') },
            { key: 'locale', label: translate('app.workbench.bank.locale') },
            { key: 'expected', label: translate('app.workbench.bank.expected') },
            { key: 'outcome', label: translate('app.workbench.bank.outcome') },
            { key: 'answer', label: translate('app.workbench.bank.answered_with') },
            { key: 'actions', label: translate('app.workbench.bank.actions') },
          ]}
          rows={list.data.data.map((q) => ({
            key: String(q.id),
            header: q.question,
            cells: [
              { text: translate(`app.locale.${q.locale}`), raw: q.locale },
              { text: q.expected.join(', ') || translate('app.workbench.bank.should_not_answer') },
              {
                text: translate(`app.workbench.bank.outcomes.${outcomeOf(q)}`),
                raw: outcomeOf(q),
              },
              { text: q.lastResult?.answer?.slug ?? '–' },
              { text: <QuestionActions question={q} onEdit={() => setEditing(q)} /> },
            ],
          }))}
        />
      ) : null}
      <Box
        component="nav"
        aria-label={translate('app.workbench.bank.pages')}
        sx={{ display: 'flex', gap: 2, alignItems: 'center' }}
      >
        <Button onClick={() => setPage((p) => p - 1)} disabled={page <= 1}>
          {translate('app.workbench.bank.previous_page')}
        </Button>
        <Typography>{translate('app.workbench.bank.page_of', { page, pages })}</Typography>
        <Button onClick={() => setPage((p) => p + 1)} disabled={page >= pages}>
          {translate('app.workbench.bank.next_page')}
        </Button>
      </Box>
    </SectionCard>
  );
}

const outcomeOf = (q: BankQuestion): Outcome =>
  q.lastResult === null ? 'not_run' : q.lastResult.passed ? 'passed' : 'failed';

function QuestionActions({ question, onEdit }: { question: BankQuestion; onEdit: () => void }) {
  const translate = useTranslate();
  const client = useQueryClient();
  const remove = useMutation({
    mutationFn: () => api.remove(question.id),
    onSuccess: () => client.invalidateQueries({ queryKey: ['bank'] }),
  });
  return (
    <Box sx={{ display: 'flex', gap: 1 }}>
      <Button
        size="small"
        onClick={onEdit}
        aria-label={translate('app.workbench.bank.edit_label', { question: question.question })}
      >
        {translate('app.workbench.bank.edit')}
      </Button>
      <Button
        size="small"
        color="error"
        onClick={() => remove.mutate()}
        disabled={remove.isPending}
        aria-label={translate('app.workbench.bank.delete_label', { question: question.question })}
      >
        {translate('app.workbench.bank.delete')}
      </Button>
    </Box>
  );
}

function QuestionForm({ editing, onDone }: { editing: BankQuestion | null; onDone: () => void }) {
  const translate = useTranslate();
  const client = useQueryClient();
  const [question, setQuestion] = useState(editing?.question ?? '');
  const [locale, setLocale] = useState<ContentLocale>(editing?.locale ?? 'fi');
  const [expected, setExpected] = useState(editing?.expected.join(', ') ?? '');
  const save = useMutation({
    mutationFn: () => api.save({ question: question.trim(), locale, expected: parseExpected(expected) }, editing?.id),
    onSuccess: () => {
      setQuestion('');
      setExpected('');
      onDone();
      return client.invalidateQueries({ queryKey: ['bank'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (question.trim()) save.mutate();
  };
  const heading = translate(editing ? 'app.workbench.bank.edit_title' : 'app.workbench.bank.add_title');
  return (
    <Box
      component="form"
      onSubmit={submit}
      aria-label={heading}
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}
    >
      <TextField
        label={translate('app.workbench.bank.question')}
        value={question}
        required
        sx={{ flex: '2 1 18rem' }}
        onChange={(e) => setQuestion(e.target.value)}
        inputProps={{ maxLength: 500, 'data-testid': 'bank-form-question' }}
      />
      <TextField
        select
        label={translate('app.workbench.bank.locale')}
        value={locale}
        sx={{ minWidth: '9rem' }}
        onChange={(e) => setLocale(e.target.value as ContentLocale)}
      >
        {CONTENT_LOCALES.map((l) => (
          <MenuItem key={l} value={l}>
            {translate(`app.locale.${l}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label={translate('app.workbench.bank.expected')}
        value={expected}
        sx={{ flex: '1 1 14rem' }}
        helperText={translate('app.workbench.bank.expected_help')}
        onChange={(e) => setExpected(e.target.value)}
        inputProps={{ 'data-testid': 'bank-form-expected' }}
      />
      <Button type="submit" variant="contained" disabled={save.isPending} sx={{ mt: 1 }} data-testid="bank-form-save">
        {translate(editing ? 'app.workbench.bank.save' : 'app.workbench.bank.add')}
      </Button>
      {editing ? (
        <Button onClick={onDone} sx={{ mt: 1 }}>
          {translate('app.workbench.bank.cancel')}
        </Button>
      ) : null}
      {save.error ? (
        <Box sx={{ flexBasis: '100%' }}>
          <ApiErrorAlert error={save.error} />
        </Box>
      ) : null}
    </Box>
  );
}
