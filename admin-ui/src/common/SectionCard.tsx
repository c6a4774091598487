import { useId, type ReactNode } from 'react';
import { Card, CardContent, Paper, Typography } from '@mui/material';

/**
 * A <section> of a page named by its h2 `title`: a card (or an outlined panel), its content in one grid column
 * with a gap. data-testid=`testId`.
 */
export function SectionCard({
  title,
  testId,
  outlined = false,
  children,
}: {
  title: string;
  testId?: string;
  outlined?: boolean;
  children: ReactNode;
}) {
  const headingId = useId();
  const heading = (
    <Typography component="h2" variant="h6" id={headingId}>
      {title}
    </Typography>
  );
  const grid = { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 2 };
  if (outlined) {
    return (
      <Paper
        variant="outlined"
        component="section"
        aria-labelledby={headingId}
        sx={{ p: 2, ...grid }}
        data-testid={testId}
      >
        {heading}
        {children}
      </Paper>
    );
  }
  return (
    <Card component="section" aria-labelledby={headingId} data-testid={testId}>
      <CardContent sx={grid}>
        {heading}
        {children}
      </CardContent>
    </Card>
  );
}
