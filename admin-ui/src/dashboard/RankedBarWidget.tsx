import { Link as RouterLink } from 'react-router-dom';
import { Link, useMediaQuery, type Theme } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Widget } from '../common/Widget';
import { AccessibleTable, type TableColumn, type TableRowSpec } from '../common/AccessibleTable';
import { Chart } from '../charts/Chart';
import { useFormatters } from '../common/useFormatters';
import { summaryList } from '../common/labels';
import type { SeriesSpec } from '../charts/spec';
import { wrapText } from '../format';

/** A bar label's line, characters, on a phone and wider: a longer name takes two lines, then is shortened. */
export const BAR_LABEL_CHARS = { narrow: 22, wide: 26 } as const;
const BAR_LABEL_LINES = 2;

/** What the list query of a ranked widget reports. */
interface QueryStatus {
  isPending: boolean;
  error: unknown;
  refetch: () => unknown;
}

interface RankedBarWidgetProps<Item> {
  /** `widget-<id>`, `chart-<id>`, `table-<id>`; texts under `app.dashboard.<id with _>` (title, summary, caption). */
  id: string;
  query: QueryStatus;
  items: Item[];
  /** The item's name: whole in the summary and the table, shortened beside a bar. */
  label: (item: Item) => string;
  series: Array<Omit<SeriesSpec, 'values'> & { value: (item: Item) => number }>;
  /** What the chart's text summary says for the item. */
  summaryValue: (item: Item) => string;
  columns: TableColumn[];
  /** The item's row: its key and its values after the first column (the item's name, linked to `href`). */
  row: (item: Item) => Omit<TableRowSpec, 'header'>;
  href: (item: Item) => string;
  /** The list the "view all" link opens (hash route) and its menu key (`app.menu.<menu>`). */
  viewAll: { to: string; menu: string };
}

/** A dashboard card of the top few items: horizontal bars, the same as a table, and a link to the whole list. */
export function RankedBarWidget<Item>(props: RankedBarWidgetProps<Item>) {
  const { id, query, items, label, series, summaryValue, columns, row, href, viewAll } = props;
  const translate = useTranslate();
  const fmt = useFormatters();
  // On a phone the bars keep at least half the width: their labels are shorter there.
  const narrow = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const barLabel = (item: Item) =>
    wrapText(label(item), narrow ? BAR_LABEL_CHARS.narrow : BAR_LABEL_CHARS.wide, BAR_LABEL_LINES);
  const key = `app.dashboard.${id.replace(/-/g, '_')}`;
  return (
    <Widget
      id={id}
      title={translate(`${key}.title`)}
      isPending={query.isPending}
      error={query.error}
      isEmpty={items.length === 0}
      onRetry={() => void query.refetch()}
    >
      <Chart
        locale={fmt.locale}
        testId={`chart-${id}`}
        spec={{
          kind: 'bar',
          horizontal: true,
          labels: items.map(barLabel),
          valueFormat: 'number',
          series: series.map(({ value, ...s }) => ({ ...s, values: items.map(value) })),
        }}
        ariaLabel={translate(`${key}.summary`, {
          list: summaryList(items.map((i) => ({ label: label(i), value: summaryValue(i) }))),
        })}
      />
      <AccessibleTable
        testId={`table-${id}`}
        caption={translate(`${key}.caption`)}
        columns={columns}
        rows={items.map((i) => ({
          ...row(i),
          header: (
            <Link component={RouterLink} to={href(i)}>
              {label(i)}
            </Link>
          ),
        }))}
      />
      <Link component={RouterLink} to={viewAll.to}>
        {translate('app.common.view_all')}: {translate(`app.menu.${viewAll.menu}`)}
      </Link>
    </Widget>
  );
}
