import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { HeadlineMeta, HeadlineRow, ReportFilter } from '../types';
import { Widget } from '../common/Widget';
import { AccessibleTable } from '../common/AccessibleTable';
import { useFormatters } from '../common/useFormatters';
import { useReportList } from '../common/useReportList';
import { useValueLabels } from '../common/labels';
import { monthSoFar, shapeHeadline, type HeadlineItem } from './shape-headline';

const ARROW: Record<HeadlineItem['direction'], string> = { up: '▲', down: '▼', same: '=', none: '' };

/**
 * Headline figures of the period beside the previous one (GET /headline), as
 * cards and as a table. Without dates in the filter: this month so far
 * against the same days of the month before.
 */
export function HeadlineWidget({ filter }: { filter: ReportFilter }) {
  const translate = useTranslate();
  const fmt = useFormatters();
  const labels = useValueLabels();
  const range = filter.from || filter.to ? {} : monthSoFar(new Date());
  const { data, meta, isPending, error, refetch } = useReportList<HeadlineRow>('headline', {
    filter: { ...filter, ...range },
  });
  const headlineMeta = (meta ?? {}) as HeadlineMeta;
  const items = shapeHeadline(data ?? [], fmt);
  const changeText = (item: HeadlineItem) => {
    if (item.direction === 'none') return '–';
    if (item.direction === 'same') return translate('app.managerReports.headline.same');
    const magnitude = item.points
      ? translate('app.managerReports.headline.points', { value: item.change })
      : item.change;
    return `${ARROW[item.direction]} ${translate(`app.managerReports.headline.${item.direction}`, { change: magnitude })}`;
  };
  const period = {
    from: fmt.date(headlineMeta.from),
    to: fmt.date(headlineMeta.to),
    previousFrom: fmt.date(headlineMeta.previous?.from),
    previousTo: fmt.date(headlineMeta.previous?.to),
  };
  return (
    <Widget
      id="headline"
      title={translate('app.managerReports.headline.title')}
      isPending={isPending}
      error={error}
      isEmpty={items.length === 0}
      onRetry={() => void refetch()}
      wide
    >
      <Typography variant="body2" sx={{ mb: 1 }} data-testid="headline-period">
        {translate('app.managerReports.headline.caption', period)}
      </Typography>
      <Box
        component="dl"
        data-testid="headline-figures"
        sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', gap: 1.5, m: 0 }}
      >
        {items.map((item) => (
          <Box key={item.key} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, minWidth: 0 }}>
            <Typography component="dt" variant="body2" sx={{ color: 'text.secondary' }}>
              {labels.metric(item.key)}
            </Typography>
            <Typography component="dd" variant="h5" sx={{ m: 0 }} data-testid={`headline-${item.key}`}>
              {item.current}
            </Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0 }} data-testid={`headline-${item.key}-change`}>
              {changeText(item)}
            </Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0, color: 'text.secondary' }}>
              {translate('app.managerReports.headline.previous_value', { value: item.previous })}
            </Typography>
          </Box>
        ))}
      </Box>
      <Typography variant="body2" sx={{ mt: 1, color: 'text.secondary' }}>
        {translate('app.managerReports.resolved_help')}
      </Typography>
      <AccessibleTable
        testId="table-headline"
        caption={translate('app.managerReports.headline.caption', period)}
        columns={[
          { key: 'figure', label: translate('app.managerReports.headline.figure') },
          { key: 'current', label: translate('app.managerReports.headline.current'), numeric: true },
          { key: 'previous', label: translate('app.managerReports.headline.previous'), numeric: true },
          { key: 'change', label: translate('app.managerReports.headline.change'), numeric: true },
        ]}
        rows={items.map((item) => ({
          key: item.key,
          header: labels.metric(item.key),
          cells: [
            { text: item.current, raw: item.raw.current },
            { text: item.previous, raw: item.raw.previous },
            { text: changeText(item), raw: item.raw.change },
          ],
        }))}
      />
    </Widget>
  );
}
