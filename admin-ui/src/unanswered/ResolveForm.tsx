import { useId, useState } from 'react';
import { Alert, Box, Button, TextField, Typography } from '@mui/material';
import { useNotify, useTranslate, useUpdate } from 'react-admin';
import type { ContentKind, KnowledgeRow, UnansweredDetail } from '../types';
import { useDescribeError } from '../common/ApiErrorAlert';
import { ExternalLink } from '../common/ExternalLink';
import type { ApiError } from '../httpClient';
import { suggestedPhrasing } from './suggested-phrasing';
import { TargetPicker } from './TargetPicker';

/**
 * Resolve a group: pick published content (TargetPicker), optionally add a new phrasing (prefilled with
 * suggestedPhrasing: the newest example, never a stem key), then PUT /unanswered/:id { status: "resolved", target, phrasing }.
 */
export function ResolveForm({ record, onDone }: { record: UnansweredDetail; onDone(): void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const describe = useDescribeError();
  const headingId = useId();
  const [kind, setKind] = useState<ContentKind>(record.resolution?.kind ?? 'answer');
  const [target, setTarget] = useState<KnowledgeRow | null>(null);
  const [phrasing, setPhrasing] = useState(() => suggestedPhrasing(record));
  const [targetError, setTargetError] = useState<string | null>(null);
  const [formError, setFormError] = useState<unknown>(null);
  const locale = record.locales?.length === 1 ? record.locales[0] : undefined;

  const [update, { isPending }] = useUpdate();
  const formErrorText = formError ? describe(formError) : null;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setFormError(null);
    if (!target) {
      setTargetError(translate('app.unanswered.resolve.pick_target'));
      return;
    }
    setTargetError(null);
    update(
      'unanswered',
      {
        id: record.id,
        data: {
          status: 'resolved',
          target: { kind: target.kind, slug: target.slug },
          phrasing: phrasing.trim() || undefined,
        },
        previousData: record,
      },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify('app.unanswered.resolve.success', { type: 'success', messageArgs: { title: target.title } });
          onDone();
        },
        onError: (error) => {
          const err = error as ApiError;
          const slugError = err?.fieldErrors?.find((f) => f.path === 'target.slug' || f.path.startsWith('target'));
          if (err?.status === 400 && slugError)
            setTargetError(translate('app.unanswered.resolve.target_error', { message: slugError.message }));
          else setFormError(error);
          notify(describe(error).text, { type: 'error' });
        },
      },
    );
  };

  return (
    <Box
      component="form"
      onSubmit={submit}
      aria-labelledby={headingId}
      noValidate
      data-testid="resolve-form"
      sx={{ mt: 2 }}
    >
      <Typography component="h3" variant="subtitle1" id={headingId} sx={{ fontWeight: 700 }}>
        {translate('app.unanswered.resolve.title')}
      </Typography>
      <TargetPicker
        id="resolve-target"
        kind={kind}
        locale={locale}
        value={target}
        error={targetError}
        onChange={(value) => {
          setTarget(value);
          setTargetError(null);
        }}
        onKindChange={(k) => {
          setKind(k);
          setTarget(null);
        }}
      />
      {target ? (
        <Typography variant="body2" sx={{ mt: 1 }} data-testid="resolve-chosen">
          {translate('app.unanswered.resolve.chosen', { title: target.title })} —{' '}
          <ExternalLink href={target.adminUrl} testId="resolve-admin-link">
            {translate('app.common.open_in_strapi')}
          </ExternalLink>
        </Typography>
      ) : null}
      <TextField
        id="resolve-phrasing"
        label={translate('app.unanswered.resolve.phrasing')}
        value={phrasing}
        onChange={(e) => setPhrasing(e.target.value)}
        helperText={translate('app.unanswered.resolve.phrasing_help')}
        slotProps={{ htmlInput: { 'data-testid': 'resolve-phrasing', maxLength: 500, lang: locale } }}
        multiline
        minRows={1}
        sx={{ mt: 2 }}
      />
      {formErrorText ? (
        <Alert severity="error" role="alert" sx={{ mt: 1 }}>
          {formErrorText.text}
          {formErrorText.details ? <div>{formErrorText.details}</div> : null}
        </Alert>
      ) : null}
      <Button type="submit" variant="contained" disabled={isPending} sx={{ mt: 2 }} data-testid="resolve-submit">
        {translate('app.unanswered.resolve.submit')}
      </Button>
    </Box>
  );
}
