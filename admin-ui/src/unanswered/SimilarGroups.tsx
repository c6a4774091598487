import { useRef, useState } from 'react';
import { Alert, Box, Button, Typography } from '@mui/material';
import MergeIcon from '@mui/icons-material/MergeType';
import { Link, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AnalyticsDataProvider } from '../dataProvider';
import type { SimilarGroupRow, UnansweredDetail } from '../types';
import { ApiErrorAlert, useDescribeError } from '../common/ApiErrorAlert';
import { EmptyState, LoadingState } from '../common/StateMessages';
import { useFormatters } from '../common/useFormatters';
import { groupLabel } from './group-label';
import { similarReasons } from './similar-reasons';

/**
 * "Voi olla sama kysymys": open groups of the same language that may be the
 * same question (GET /unanswered/:id/similar), each with why, and for content
 * experts a one-click merge into this group (POST /unanswered/merge).
 */
export function SimilarGroups({
  record,
  canMerge,
  onDone,
}: {
  record: UnansweredDetail;
  canMerge: boolean;
  onDone(): void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const describe = useDescribeError();
  const fmt = useFormatters();
  const dataProvider = useDataProvider<AnalyticsDataProvider>();
  const queryClient = useQueryClient();
  const id = String(record.id);
  const lang = record.locales?.[0];
  const labelOf = (g: SimilarGroupRow) => groupLabel({ ...g, retentionDays: record.retentionDays }, translate);
  const similar = useQuery({ queryKey: ['similar', id], queryFn: () => dataProvider.similarGroups(id) });
  const [status, setStatus] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  const merge = useMutation({
    mutationFn: (other: SimilarGroupRow) => dataProvider.mergeGroups(id, [other.id]),
    onSuccess: async (_group, other) => {
      const message = translate('app.similar.merged', { label: labelOf(other) });
      setStatus(message);
      notify(message, { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: ['similar', id] });
      await queryClient.invalidateQueries({ queryKey: ['unanswered'] });
      statusRef.current?.focus();
      onDone();
    },
    onError: (error) => notify(describe(error).text, { type: 'error' }),
  });
  if (similar.error) return <ApiErrorAlert error={similar.error} />;
  if (similar.isPending) return <LoadingState />;
  const rows = similar.data;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 1 }} data-testid="similar-groups">
      <Typography>{translate('app.similar.intro')}</Typography>
      <Typography ref={statusRef} tabIndex={-1} role="status" data-testid="similar-status" sx={{ outline: 'none' }}>
        {status}
      </Typography>
      {rows.length === 0 ? <EmptyState text={translate('app.similar.none')} /> : null}
      {rows.length > 0 ? (
        <Box component="ul" aria-label={translate('app.similar.caption')} sx={{ m: 0, p: 0, listStyle: 'none' }}>
          {rows.map((g) => (
            <Box
              component="li"
              key={g.id}
              data-testid="similar-group"
              data-id={g.id}
              sx={{
                display: 'grid',
                gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'minmax(0, 1fr) auto' },
                gap: 1,
                py: 1.5,
                borderTop: 1,
                borderColor: 'divider',
                alignItems: 'center',
              }}
            >
              <Box sx={{ minWidth: 0 }}>
                <Link to={`/unanswered/${encodeURIComponent(g.id)}/show`} lang={lang} sx={{ overflowWrap: 'anywhere' }}>
                  {labelOf(g)}
                </Link>{' '}
                <Typography component="span" variant="body2">
                  ({translate('app.similar.count')}: {fmt.number(g.totalCount)})
                </Typography>
                <Box component="ul" sx={{ m: 0, pl: 3 }} aria-label={translate('app.similar.why')}>
                  {similarReasons(g, translate).map((reason) => (
                    <Typography component="li" variant="body2" key={reason} sx={{ overflowWrap: 'anywhere' }}>
                      {reason}
                    </Typography>
                  ))}
                </Box>
              </Box>
              {canMerge ? (
                <Button
                  variant="outlined"
                  startIcon={<MergeIcon />}
                  onClick={() => merge.mutate(g)}
                  disabled={merge.isPending}
                  aria-label={translate('app.similar.merge_label', { label: labelOf(g) })}
                  data-testid="similar-merge"
                  sx={{ justifySelf: 'start' }}
                >
                  {translate('app.similar.merge')}
                </Button>
              ) : null}
            </Box>
          ))}
        </Box>
      ) : null}
      {!canMerge && rows.length > 0 ? (
        <Alert severity="info" data-testid="similar-readonly">
          {translate('app.similar.readonly')}
        </Alert>
      ) : null}
    </Box>
  );
}
