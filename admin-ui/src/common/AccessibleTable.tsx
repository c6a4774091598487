import { useId, type ReactNode } from 'react';
import { Box, Table, TableBody, TableCell, TableFooter, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';

export interface TableColumn {
  key: string;
  label: string;
  numeric?: boolean;
}

export interface TableCellValue {
  /** What is shown (formatted for the UI language). */
  text: ReactNode;
  /** The raw value from the API, as data-value for browser tests. */
  raw?: number | string | null;
}

export interface TableRowSpec {
  key: string;
  /** The row header (first column, <th scope="row">). */
  header: ReactNode;
  cells: TableCellValue[];
}

/**
 * A shadow at each edge the region can still scroll to, so a table wider than its card shows that it goes on
 * (covers that stay with the content hide the shadows once that edge is reached).
 */
const SCROLL_CUE = {
  background: [
    'linear-gradient(to right, #fff 30%, rgba(255,255,255,0)) left / 2.5rem 100% no-repeat local',
    'linear-gradient(to left, #fff 30%, rgba(255,255,255,0)) right / 2.5rem 100% no-repeat local',
    'radial-gradient(farthest-side at 0 50%, rgba(0,0,0,.25), rgba(0,0,0,0)) left / .875rem 100% no-repeat scroll',
    'radial-gradient(farthest-side at 100% 50%, rgba(0,0,0,.25), rgba(0,0,0,0)) right / .875rem 100% no-repeat scroll',
  ].join(', '),
} as const;

/**
 * The data-table alternative of a chart (and report tables): <table> with a
 * caption, <th scope="col"> and <th scope="row">, inside its own keyboard-
 * scrollable, labelled region so the page itself never scrolls sideways.
 * Each value cell carries data-value (raw API number) and each row data-key.
 */
export function AccessibleTable({
  testId,
  caption,
  columns,
  rows,
  footer,
}: {
  testId: string;
  caption: string;
  /** columns[0] is the row-header column. */
  columns: TableColumn[];
  rows: TableRowSpec[];
  footer?: TableRowSpec;
}) {
  const translate = useTranslate();
  const captionId = useId();
  const renderRow = (row: TableRowSpec, Footer = false) => (
    <TableRow key={row.key} data-key={row.key}>
      <TableCell
        component="th"
        scope="row"
        sx={{
          // short headers (months, totals) on one line; longer ones ("dec. 2026 (so far)", titles) wrap
          whiteSpace: typeof row.header === 'string' && row.header.length <= 12 ? 'nowrap' : undefined,
          ...(Footer ? { fontWeight: 700, color: 'text.primary' } : {}),
        }}
      >
        {row.header}
      </TableCell>
      {row.cells.map((cell, i) => (
        <TableCell
          key={columns[i + 1]?.key ?? i}
          align={columns[i + 1]?.numeric ? 'right' : 'left'}
          data-column={columns[i + 1]?.key}
          data-value={cell.raw === undefined || cell.raw === null ? undefined : String(cell.raw)}
          sx={{
            whiteSpace: columns[i + 1]?.numeric ? 'nowrap' : undefined,
            ...(Footer ? { fontWeight: 700, color: 'text.primary' } : {}),
          }}
        >
          {cell.text}
        </TableCell>
      ))}
    </TableRow>
  );
  return (
    <Box
      role="region"
      aria-label={translate('app.common.table_region', { caption })}
      tabIndex={0}
      // relative: visually hidden (absolute) text inside cells is clipped by the region, not widening the page
      // inline-size container: the caption is as wide as the region (100cqi), not as the table.
      sx={{
        position: 'relative',
        overflowX: 'auto',
        maxWidth: '100%',
        mt: 1,
        containerType: 'inline-size',
        ...SCROLL_CUE,
      }}
    >
      <Table
        size="small"
        data-testid={testId}
        sx={{
          // A wide table scrolls sideways under its caption: the caption wraps in the region's width and stays.
          '& caption': {
            captionSide: 'top',
            textAlign: 'left',
            px: 0,
            pt: 0,
            color: 'text.secondary',
            position: 'sticky',
            left: 0,
            maxWidth: '100cqi',
          },
          // Narrow side padding: a dashboard card fits six columns at 1280 px without scrolling.
          '& .MuiTableCell-root': { px: 1 },
        }}
      >
        <caption id={captionId}>{caption}</caption>
        <TableHead>
          <TableRow>
            {columns.map((c) => (
              <TableCell
                key={c.key}
                component="th"
                scope="col"
                align={c.numeric ? 'right' : 'left'}
                sx={{ fontWeight: 700 }}
              >
                {c.label}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>{rows.map((r) => renderRow(r))}</TableBody>
        {footer ? <TableFooter>{renderRow(footer, true)}</TableFooter> : null}
      </Table>
    </Box>
  );
}
