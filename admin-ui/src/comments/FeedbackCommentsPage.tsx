import { Alert, Box, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { FeedbackCommentRow } from '../types';
import { AnySelect } from '../common/AnySelect';
import { PageTitle } from '../common/PageTitle';
import { QueryState, Widget } from '../common/Widget';
import { AccessibleTable } from '../common/AccessibleTable';
import { ExcelCsvButton } from '../common/ExcelCsvButton';
import type { CsvColumn } from '../common/excel-csv';
import { useFormatters } from '../common/useFormatters';
import { useReportList } from '../common/useReportList';
import { useValueLabels } from '../common/labels';
import { FilterBar } from '../filters/FilterBar';
import { useReportFilters } from '../filters/useReportFilters';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Residents' feedback comments (GET /feedback-comments, redacted when stored;
 * every view and export is written to the access log), filtered by period,
 * answer or path and helpful or not, with an Excel-ready CSV.
 */
export function FeedbackCommentsPage() {
  const translate = useTranslate();
  const t = (key: string, options?: Record<string, unknown>) => translate(`app.reportViews.comments.${key}`, options);
  const fmt = useFormatters();
  const labels = useValueLabels();
  const { filter, problem, getParam, setParam } = useReportFilters();
  const kind = getParam('kind') ?? '';
  const slug = getParam('slug') ?? '';
  const helpful = getParam('helpful') ?? '';
  const slugOk = slug === '' || SLUG.test(slug);
  const query = { ...filter, kind, slug: slugOk ? slug : '', helpful };
  const sort = { field: 'at', order: 'DESC' as const };
  const { data, total, isPending, error, refetch } = useReportList<FeedbackCommentRow>('feedback-comments', {
    filter: query,
    sort,
    enabled: !problem,
  });
  const helpfulText = (v: boolean) => (v ? t('helpful_yes') : t('helpful_no'));
  const csvColumns: CsvColumn<FeedbackCommentRow>[] = [
    { label: t('columns.at'), kind: 'datetime', value: (r) => r.at },
    { label: t('columns.kind'), kind: 'text', value: (r) => labels.kind(r.kind) },
    { label: t('columns.slug'), kind: 'text', value: (r) => r.slug },
    { label: t('columns.helpful'), kind: 'text', value: (r) => helpfulText(r.helpful) },
    { label: t('columns.comment'), kind: 'text', value: (r) => r.comment },
    { label: t('columns.channel'), kind: 'text', value: (r) => labels.channel(r.channel) },
    { label: t('columns.locale'), kind: 'text', value: (r) => labels.locale(r.locale) },
  ];
  const rows = data ?? [];
  return (
    <Box sx={{ py: 2, display: 'grid', gap: 2, minWidth: 0 }} data-testid="feedback-comments-page">
      <PageTitle text={t('title')} />
      <Typography>{t('help')}</Typography>
      <FilterBar />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }} data-testid="comment-filters">
        <AnySelect
          label={t('kind')}
          value={kind}
          anyLabel={t('any')}
          options={(['answer', 'path'] as const).map((k) => ({ value: k, label: labels.kind(k) }))}
          onChange={(v) => setParam('kind', v)}
          testId="comment-kind"
        />
        <TextField
          label={t('slug')}
          value={slug}
          onChange={(e) => setParam('slug', e.target.value.trim())}
          error={!slugOk}
          helperText={slugOk ? t('slug_help') : t('slug_invalid')}
          slotProps={{ htmlInput: { 'data-testid': 'comment-slug', maxLength: 200 } }}
        />
        <AnySelect
          label={t('helpful')}
          value={helpful}
          anyLabel={t('any')}
          options={[
            { value: 'true', label: t('helpful_yes') },
            { value: 'false', label: t('helpful_no') },
          ]}
          onChange={(v) => setParam('helpful', v)}
          testId="comment-helpful"
        />
      </Box>
      {problem ? (
        <Alert severity="warning" role="status">
          {translate(`app.filters.${problem}`)}
        </Alert>
      ) : (
        <Widget id="feedback-comments" title={t('title')} wide>
          <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1 }}>
            <ExcelCsvButton<FeedbackCommentRow>
              resource="feedback-comments"
              filter={query}
              sort={sort}
              columns={csvColumns}
              filename="feedback-comments"
              testId="csv-feedback-comments"
            />
          </Box>
          {total !== undefined && total > rows.length && (
            <Alert severity="info" role="status" sx={{ mb: 1 }} data-testid="comments-shown-of-total">
              {t('shown_of_total', { shown: fmt.number(rows.length), total: fmt.number(total) })}
            </Alert>
          )}
          <QueryState isPending={isPending} error={error} isEmpty={rows.length === 0} onRetry={() => void refetch()}>
            <AccessibleTable
              testId="table-feedback-comments"
              caption={t('caption')}
              columns={[
                { key: 'at', label: t('columns.at') },
                { key: 'kind', label: t('columns.kind') },
                { key: 'slug', label: t('columns.slug') },
                { key: 'helpful', label: t('columns.helpful') },
                { key: 'comment', label: t('columns.comment') },
                { key: 'channel', label: t('columns.channel') },
              ]}
              rows={rows.map((r) => ({
                key: r.id,
                header: fmt.dateTime(r.at),
                cells: [
                  { text: labels.kind(r.kind), raw: r.kind },
                  { text: r.slug },
                  { text: helpfulText(r.helpful), raw: String(r.helpful) },
                  { text: r.comment },
                  { text: labels.channel(r.channel) },
                ],
              }))}
            />
          </QueryState>
        </Widget>
      )}
    </Box>
  );
}
