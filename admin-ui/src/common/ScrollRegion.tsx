import { useEffect, useRef, type ReactNode } from 'react';
import { Box } from '@mui/material';

/**
 * Makes react-admin's DataTable scroll sideways inside its own labelled,
 * keyboard-focusable region (tabindex=0) so the page never scrolls sideways at
 * 320 px. Only the table wrapper scrolls: the bulk-actions toolbar that slides
 * over the list toolbar stays unclipped.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const apply = () => {
      root.querySelectorAll<HTMLElement>('.RaDataTable-tableWrapper').forEach((el) => {
        if (el.getAttribute('aria-label') !== label) el.setAttribute('aria-label', label);
        if (el.getAttribute('role') !== 'region') el.setAttribute('role', 'region');
        if (el.getAttribute('tabindex') !== '0') el.setAttribute('tabindex', '0');
      });
      // react-admin puts the row checkbox's aria-label on MUI's wrapper <span>: move it to the <input>.
      root.querySelectorAll<HTMLInputElement>('span[aria-label] > input[type=checkbox]').forEach((input) => {
        const span = input.parentElement!;
        if (!input.hasAttribute('aria-label')) input.setAttribute('aria-label', span.getAttribute('aria-label') ?? '');
        span.removeAttribute('aria-label');
      });
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [label]);
  return (
    <Box ref={ref} sx={{ minWidth: 0, '& .RaDataTable-tableWrapper': { overflowX: 'auto', maxWidth: '100%' } }}>
      {children}
    </Box>
  );
}
