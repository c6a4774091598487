import { useEffect, useRef, useState } from 'react';
import { Alert, Box, Button, Typography } from '@mui/material';
import { useDataProvider, useNotify, useTranslate, useUpdate } from 'react-admin';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { AnalyticsDataProvider } from '../dataProvider';
import type { ContentLocale, CreatedAnswer, TryCandidate, UnansweredDetail } from '../types';
import { ApiErrorAlert, useDescribeError } from '../common/ApiErrorAlert';
import { ExternalLink } from '../common/ExternalLink';
import { LoadingState } from '../common/StateMessages';
import { TryResultView } from '../try/TryResultView';
import { suggestedPhrasing } from './suggested-phrasing';

/**
 * A suggested fix for a group: what the bot answers today to its most typical
 * example without a placeholder of personal data (suggestedPhrasing; POST /try, records nothing), and one-click resolutions — link a
 * candidate (the example becomes its phrasing) or create a draft answer from
 * the group and open it in Strapi.
 */
export function SuggestedFix({ record, onDone }: { record: UnansweredDetail; onDone(): void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const describe = useDescribeError();
  const dataProvider = useDataProvider<AnalyticsDataProvider>();
  const question = suggestedPhrasing(record);
  const locale = (record.locales?.[0] ?? 'fi') as ContentLocale;
  const tried = useQuery({
    queryKey: ['try', question, locale],
    queryFn: () => dataProvider.tryAsk({ question, locale }),
    enabled: question !== '',
  });
  const [update, { isPending: linking }] = useUpdate();
  const [created, setCreated] = useState<CreatedAnswer | null>(null);
  const createdRef = useRef<HTMLDivElement>(null);
  useEffect(() => createdRef.current?.focus(), [created]);
  const create = useMutation({
    mutationFn: () => dataProvider.createAnswerFromGroup(String(record.id)),
    onSuccess: (answer) => {
      setCreated(answer);
      notify('app.triage.suggest.created', { type: 'success' });
      onDone();
    },
    onError: (error) => notify(describe(error).text, { type: 'error' }),
  });
  const link = (c: TryCandidate) =>
    update(
      'unanswered',
      {
        id: record.id,
        data: {
          status: 'resolved',
          target: { kind: c.kind, slug: c.slug },
          phrasing: question,
        },
        previousData: record,
      },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify('app.unanswered.resolve.success', { type: 'success', messageArgs: { title: c.title } });
          onDone();
        },
        onError: (error) => notify(describe(error).text, { type: 'error' }),
      },
    );
  if (!question)
    return (
      <Typography data-testid="suggest-no-question">
        {translate(record.label ? 'app.triage.suggest.only_placeholders' : 'app.triage.suggest.no_question')}
      </Typography>
    );
  const candidates = (tried.data?.explanation.candidates ?? []).filter((c) => c.locale === locale);
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 2 }} data-testid="suggested-fix">
      <Typography lang={locale}>{translate('app.triage.suggest.intro', { question })}</Typography>
      {tried.error ? <ApiErrorAlert error={tried.error} /> : null}
      {tried.isPending ? <LoadingState /> : null}
      {tried.data ? <TryResultView result={tried.data} askedLocale={locale} /> : null}
      <Box component="section" aria-label={translate('app.triage.suggest.actions')}>
        <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 700 }}>
          {translate('app.triage.suggest.actions')}
        </Typography>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1 }}>
          {candidates.slice(0, 3).map((c) => (
            <Button
              key={`${c.kind}:${c.slug}`}
              variant="outlined"
              disabled={linking}
              onClick={() => link(c)}
              data-testid={`fix-link-${c.slug}`}
            >
              {translate('app.triage.suggest.link', { title: c.title })}
            </Button>
          ))}
          <Button
            variant="contained"
            disabled={create.isPending || created !== null}
            onClick={() => create.mutate()}
            data-testid="fix-create"
          >
            {translate('app.triage.suggest.create')}
          </Button>
        </Box>
      </Box>
      {created ? (
        <Alert severity="success" data-testid="fix-created" ref={createdRef} tabIndex={-1}>
          {translate('app.triage.suggest.created')}{' '}
          <ExternalLink href={created.adminUrl} testId="fix-created-link">
            {translate('app.triage.suggest.open_draft')}
          </ExternalLink>
        </Alert>
      ) : null}
    </Box>
  );
}
