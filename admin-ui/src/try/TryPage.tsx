import { useState, type FormEvent } from 'react';
import {
  Alert,
  Box,
  Button,
  FormControl,
  FormControlLabel,
  FormLabel,
  MenuItem,
  Radio,
  RadioGroup,
  TextField,
  Typography,
} from '@mui/material';
import { useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { useMutation } from '@tanstack/react-query';
import type { AnalyticsDataProvider } from '../dataProvider';
import {
  AUDIENCES,
  CONTENT_LOCALES,
  TRY_CONTENTS,
  type Audience,
  type ContentLocale,
  type TryContent,
  type TryRequest,
} from '../types';
import { PageTitle } from '../common/PageTitle';
import { ApiErrorAlert } from '../common/ApiErrorAlert';
import { titleLocaleFor } from '../common/titleLocale';
import { TryResultView } from './TryResultView';

const MAX_QUESTION_LENGTH = 500;

/** "Try the bot": a question, its language and audience → what the bot would answer and why. */
export function TryPage() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AnalyticsDataProvider>();
  const [question, setQuestion] = useState('');
  const [ui] = useLocaleState();
  // A Swedish-speaking expert mostly tries Swedish questions: the question's language starts as the UI's.
  const [locale, setLocale] = useState<ContentLocale>(() => titleLocaleFor(ui) ?? 'fi');
  const [audience, setAudience] = useState<Audience | ''>('');
  const [content, setContent] = useState<TryContent>('published');
  const mutation = useMutation({ mutationFn: (request: TryRequest) => dataProvider.tryAsk(request) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!question.trim()) return;
    mutation.mutate({ question: question.trim(), locale, content, ...(audience ? { audience } : {}) });
  };
  return (
    <Box sx={{ py: 2, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 2 }} data-testid="try">
      <PageTitle text={translate('app.try.title')} />
      <Typography>{translate('app.try.intro')}</Typography>
      <Box
        component="form"
        onSubmit={submit}
        sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}
      >
        <TextField
          label={translate('app.try.question')}
          value={question}
          onChange={(e) => setQuestion(e.target.value)}
          required
          inputProps={{ maxLength: MAX_QUESTION_LENGTH, 'data-testid': 'try-question' }}
          sx={{ flex: '1 1 24rem' }}
        />
        <TextField
          select
          label={translate('app.try.locale')}
          value={locale}
          onChange={(e) => setLocale(e.target.value as ContentLocale)}
          SelectProps={{ SelectDisplayProps: { 'data-testid': 'try-locale' } as object }}
          sx={{ minWidth: '12rem' }}
        >
          {CONTENT_LOCALES.map((l) => (
            <MenuItem key={l} value={l} data-testid={`try-locale-${l}`}>
              {translate(`app.locale.${l}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label={translate('app.try.audience')}
          value={audience}
          onChange={(e) => setAudience(e.target.value as Audience | '')}
          SelectProps={{ displayEmpty: true }}
          InputLabelProps={{ shrink: true }}
          sx={{ minWidth: '12rem' }}
        >
          <MenuItem value="">{translate('app.try.all_audiences')}</MenuItem>
          {AUDIENCES.map((a) => (
            <MenuItem key={a} value={a}>
              {translate(`app.audience.${a}`)}
            </MenuItem>
          ))}
        </TextField>
        <FormControl component="fieldset">
          <FormLabel component="legend">{translate('app.workbench.try_content')}</FormLabel>
          <RadioGroup row value={content} onChange={(e) => setContent(e.target.value as TryContent)}>
            {TRY_CONTENTS.map((c) => (
              <FormControlLabel
                key={c}
                value={c}
                label={translate(`app.workbench.content.${c}`)}
                control={<Radio inputProps={{ 'data-testid': `try-content-${c}` } as object} />}
              />
            ))}
          </RadioGroup>
        </FormControl>
        <Button type="submit" variant="contained" disabled={mutation.isPending} data-testid="try-submit" sx={{ mt: 1 }}>
          {translate(mutation.isPending ? 'app.try.trying' : 'app.try.submit')}
        </Button>
      </Box>
      <div aria-live="polite">
        {mutation.error ? <ApiErrorAlert error={mutation.error} /> : null}
        {mutation.data?.content === 'drafts' ? (
          <Alert severity="info" data-testid="try-drafts-note" sx={{ mb: 2 }}>
            {translate('app.workbench.try_content_drafts_note')}
          </Alert>
        ) : null}
        {mutation.data && mutation.variables ? (
          <TryResultView result={mutation.data} askedLocale={mutation.variables.locale} />
        ) : null}
      </div>
    </Box>
  );
}
