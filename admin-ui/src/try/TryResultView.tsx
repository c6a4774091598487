import { useId } from 'react';
import { Alert, Box, Paper, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ContentLocale, TryResult } from '../types';
import { ExternalLink } from '../common/ExternalLink';
import { AccessibleTable } from '../common/AccessibleTable';
import { useFormatters } from '../common/useFormatters';
import { useValueLabels } from '../common/labels';
import {
  decisionOf,
  focusCandidate,
  shapeCandidates,
  shapeWordRows,
  verdictOf,
  type CandidateRow,
} from './shape-try-result';

/** The candidates table's "reaches the threshold" cell. */
const REACHES_THRESHOLD: Record<CandidateRow['reachesThreshold'], string> = {
  yes: 'app.common.yes',
  no: 'app.common.no',
  near: 'app.try.candidates.threshold_near',
};

/** What the bot would answer and why: verdict, answer, candidates with score parts, and how it read each word. */
export function TryResultView({ result, askedLocale }: { result: TryResult; askedLocale: ContentLocale }) {
  const translate = useTranslate();
  const format = useFormatters();
  const labels = useValueLabels();
  const headingId = useId();
  const score = (n: number | null) => format.number(n, 2);
  const verdict = verdictOf(result);
  const decision = decisionOf(result);
  const { answer, explanation } = result;
  const focus = focusCandidate(result);
  const candidates = shapeCandidates(result, askedLocale);
  const words = shapeWordRows(result);
  return (
    <Box
      component="section"
      aria-labelledby={headingId}
      data-testid="try-result"
      sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 2 }}
    >
      <Typography component="h2" variant="h6" id={headingId}>
        {translate('app.try.result')}
      </Typography>
      <Alert severity={verdict.key === 'urgent' ? 'warning' : answer ? 'success' : 'info'} data-testid="try-verdict">
        {translate(`app.try.verdict.${verdict.key}`, {
          score: score(verdict.score),
          threshold: score(result.threshold),
        })}
        {decision ? (
          <div data-testid="try-decision" data-reason={decision.key}>
            {translate(
              `app.answerDecision.${decision.key}`,
              Object.fromEntries(Object.entries(decision.numbers).map(([k, n]) => [k, score(n)])),
            )}
          </div>
        ) : null}
        {explanation.trigger ? (
          <div data-testid="try-trigger">{translate('app.try.trigger', explanation.trigger)}</div>
        ) : null}
        {explanation.fallback ? <div data-testid="try-fallback">{translate('app.try.fallback')}</div> : null}
      </Alert>
      {answer ? (
        <Paper variant="outlined" sx={{ p: 2 }} data-testid="try-answer">
          <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 700 }}>
            {answer.title}
          </Typography>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {translate('app.try.kind_and_score', { kind: labels.kind(answer.kind), score: score(answer.score) })}
          </Typography>
          {answer.adminUrl ? (
            <ExternalLink href={answer.adminUrl} testId="try-answer-admin">
              {translate('app.try.open_in_admin', { title: answer.title })}
            </ExternalLink>
          ) : null}
        </Paper>
      ) : null}
      <Box component="section" aria-label={translate('app.try.candidates.title')}>
        <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 700 }}>
          {translate('app.try.candidates.title')}
        </Typography>
        {candidates.length === 0 ? (
          <Typography>{translate('app.try.candidates.none')}</Typography>
        ) : (
          <AccessibleTable
            testId="try-candidates"
            caption={translate('app.try.candidates.caption')}
            columns={[
              { key: 'title', label: translate('app.try.candidates.entry') },
              { key: 'role', label: translate('app.try.candidates.role') },
              { key: 'kind', label: translate('app.try.candidates.kind') },
              { key: 'score', label: translate('app.try.candidates.score'), numeric: true },
              { key: 'coverage', label: translate('app.try.candidates.coverage'), numeric: true },
              { key: 'gram', label: translate('app.try.candidates.gram'), numeric: true },
              { key: 'threshold', label: translate('app.try.candidates.threshold') },
              { key: 'link', label: translate('app.try.candidates.link') },
            ]}
            rows={candidates.map((c) => ({
              key: c.key,
              header: `${c.title}${c.otherLocale ? ` ${translate('app.try.candidates.finnish')}` : ''}`,
              cells: [
                { text: translate(`app.try.candidates.${c.role}`), raw: c.role },
                { text: labels.kind(c.kind), raw: c.kind },
                { text: score(c.score), raw: c.score },
                { text: format.percent(c.coverage, 0), raw: c.coverage },
                { text: format.percent(c.gram, 0), raw: c.gram },
                { text: translate(REACHES_THRESHOLD[c.reachesThreshold]) },
                {
                  text: c.adminUrl ? (
                    <ExternalLink href={c.adminUrl}>
                      {translate('app.try.open_in_admin', { title: c.title })}
                    </ExternalLink>
                  ) : (
                    '–'
                  ),
                },
              ],
            }))}
          />
        )}
      </Box>
      <Box component="section" aria-label={translate('app.try.words.title')}>
        <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 700 }}>
          {translate('app.try.words.title')}
        </Typography>
        <AccessibleTable
          testId="try-words"
          caption={
            focus ? translate('app.try.words.caption', { title: focus.title }) : translate('app.try.words.caption_none')
          }
          columns={[
            { key: 'word', label: translate('app.try.words.word') },
            { key: 'how', label: translate('app.try.words.how') },
            { key: 'searched', label: translate('app.try.words.searched') },
            { key: 'match', label: translate('app.try.words.match'), numeric: true },
            { key: 'hint', label: translate('app.try.words.hint') },
          ]}
          rows={words.map((w, i) => ({
            key: `${i}:${w.word}`,
            header: w.word,
            cells: [
              { text: translate(`app.try.recognition.${w.recognition}`), raw: w.recognition },
              {
                text:
                  [
                    w.searchedAs,
                    w.synonyms.length ? translate('app.try.synonyms', { list: w.synonyms.join(', ') }) : '',
                  ]
                    .filter(Boolean)
                    .join(' · ') || '–',
              },
              { text: format.percent(w.match, 0), raw: w.match },
              {
                text: w.hint ? translate(`app.try.hint.${w.hint.key}`, w.hint.params) : '',
                raw: w.hint?.key ?? null,
              },
            ],
          }))}
        />
      </Box>
    </Box>
  );
}
