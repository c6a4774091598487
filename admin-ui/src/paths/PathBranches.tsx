import { Box, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { markedTitle } from '../common/titleLocale';
import type { BranchMeta, BranchRow, ReportFilter } from '../types';
import { QueryState, Widget } from '../common/Widget';
import { AccessibleTable } from '../common/AccessibleTable';
import { ExcelCsvButton } from '../common/ExcelCsvButton';
import { ExternalLink } from '../common/ExternalLink';
import type { CsvColumn } from '../common/excel-csv';
import { useFormatters } from '../common/useFormatters';
import { useReportList } from '../common/useReportList';
import { summaryList, useValueLabels } from '../common/labels';
import { Sankey } from '../charts/Sankey';
import { shapeBranchFlows } from './shape-branch-flows';

/** Where a branch leads, in words: the next step's prompt, the answer's title, a handoff channel … */
function useTargetText() {
  const translate = useTranslate();
  const labels = useValueLabels();
  return (r: BranchRow) => {
    const t = (key: string) => translate(`app.reportViews.branches.target.${key}`);
    if (r.target === 'handoff') return `${t('handoff')}: ${labels.handoffChannel(r.targetKey)}`;
    if (r.target === 'left' || r.target === 'end' || r.target === 'unknown') return t(r.target);
    return `${t(r.target)}: ${r.targetTitle ?? r.targetKey ?? ''}`;
  };
}

/**
 * A path's branching funnel (GET /path-branches): a Sankey of step → option →
 * where it led, with "left" per step, its table alternative, links to the path
 * in Strapi and in the designer, and an Excel-ready CSV.
 */
export function PathBranches({ slug, filter }: { slug: string; filter: ReportFilter }) {
  const translate = useTranslate();
  const fmt = useFormatters();
  const labels = useValueLabels();
  const targetText = useTargetText();
  const [ui] = useLocaleState();
  const sort = { field: 'order', order: 'ASC' as const };
  const query = { ...filter, path: slug };
  const { data, meta, isPending, error, refetch } = useReportList<BranchRow>('path-branches', { filter: query, sort });
  const info = meta as BranchMeta | undefined;
  const rows = data ?? [];
  const t = (key: string, options?: Record<string, unknown>) => translate(`app.reportViews.branches.${key}`, options);
  const optionText = (r: BranchRow) => (r.target === 'left' ? t('left_here') : (r.optionLabel ?? r.option ?? ''));
  const flows = shapeBranchFlows(rows, {
    left: t('target.left'),
    end: t('target.end'),
    unknown: t('target.unknown'),
    handoff: (channel) => `${t('target.handoff')}: ${labels.handoffChannel(channel)}`,
  });
  const reachedOf = (stepKey: string) => info?.steps.find((s) => s.stepKey === stepKey)?.reached ?? 0;
  const csvColumns: CsvColumn<BranchRow>[] = [
    { label: t('columns.step'), kind: 'text', value: (r) => `${r.stepNumber}. ${r.stepTitle}` },
    { label: t('columns.reached'), kind: 'number', value: (r) => reachedOf(r.stepKey) },
    { label: t('columns.option'), kind: 'text', value: optionText },
    { label: t('columns.sent_as'), kind: 'text', value: (r) => r.option ?? '' },
    { label: t('columns.target'), kind: 'text', value: targetText },
    { label: t('columns.count'), kind: 'number', value: (r) => r.count },
    { label: t('columns.share'), kind: 'percent', value: (r) => r.share },
  ];
  const summary = summaryList(
    rows
      .filter((r) => r.count > 0)
      .map((r) => ({
        label: `${r.stepNumber}. ${r.stepTitle} → ${optionText(r)}`,
        value: `${fmt.number(r.count)} (${fmt.percent(r.share)})`,
      })),
  );
  return (
    <Widget id="path-branches" title={t('title')} wide>
      <Typography sx={{ mb: 1 }}>{t('help')}</Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', mb: 1 }}>
        {info?.path.adminUrl ? (
          <ExternalLink href={info.path.adminUrl} testId="path-admin-link">
            {t('open_in_strapi')}
          </ExternalLink>
        ) : null}
        {info?.path.designerUrl ? (
          <ExternalLink href={info.path.designerUrl} testId="path-designer-link">
            {t('open_in_designer')}
          </ExternalLink>
        ) : null}
        <Box sx={{ flexGrow: 1 }} />
        <ExcelCsvButton<BranchRow>
          resource="path-branches"
          filter={query}
          sort={sort}
          columns={csvColumns}
          filename={`path-branches-${slug}`}
          testId="csv-path-branches"
        />
      </Box>
      <QueryState isPending={isPending} error={error} isEmpty={rows.length === 0} onRetry={() => void refetch()}>
        {flows.flows.length ? (
          <Sankey
            flows={flows}
            locale={fmt.locale}
            title={t('title')}
            testId="chart-path-branches"
            ariaLabel={t('summary', { list: summary })}
          />
        ) : null}
        <AccessibleTable
          testId="table-path-branches"
          caption={t('caption', { title: info ? markedTitle(info.path, ui) : slug })}
          columns={[
            { key: 'step', label: t('columns.step') },
            { key: 'reached', label: t('columns.reached'), numeric: true },
            { key: 'option', label: t('columns.option') },
            { key: 'target', label: t('columns.target') },
            { key: 'count', label: t('columns.count'), numeric: true },
            { key: 'share', label: t('columns.share'), numeric: true },
          ]}
          rows={rows.map((r) => ({
            key: r.id,
            header: `${r.stepNumber}. ${r.stepTitle}`,
            cells: [
              { text: fmt.number(reachedOf(r.stepKey)), raw: reachedOf(r.stepKey) },
              { text: optionText(r) },
              { text: targetText(r), raw: r.target },
              { text: fmt.number(r.count), raw: r.count },
              { text: fmt.percent(r.share), raw: r.share },
            ],
          }))}
        />
      </QueryState>
    </Widget>
  );
}
