import type { ReactNode } from 'react';
import { Link } from '@mui/material';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { useTranslate } from 'react-admin';

/** A link opening in a new window, saying so to screen readers. */
export function ExternalLink({ href, children, testId }: { href: string; children: ReactNode; testId?: string }) {
  const translate = useTranslate();
  return (
    <Link
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      data-testid={testId}
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}
    >
      {children}
      <OpenInNewIcon fontSize="inherit" aria-hidden="true" />
      <span style={visuallyHidden}> {translate('app.common.opens_new_window')}</span>
    </Link>
  );
}

export const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;
