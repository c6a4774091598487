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
          // short headers (months, totals) on one line; long titles wrap
          whiteSpace: typeof row.header === 'string' && row.header.length <= 24 ? 'nowrap' : undefined,
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
      sx={{ position: 'relative', overflowX: 'auto', maxWidth: '100%', mt: 1 }}
    >
      <Table
        size="small"
        data-testid={testId}
        sx={{ '& caption': { captionSide: 'top', textAlign: 'left', px: 0, pt: 0, color: 'text.secondary' } }}
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
