import { Link as RouterLink } from 'react-router-dom';
import { Box, Button, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';

/**
 * What an unknown address shows (react-admin's `catchAll`): the same words as react-admin's own page, in full
 * contrast (its page dims the text to half opacity, under WCAG's 4.5:1), and a way on to the overview.
 */
export function NotFoundPage() {
  const translate = useTranslate();
  return (
    <Box component="section" aria-labelledby="not-found-title" sx={{ p: 2 }} data-testid="not-found">
      <Title title={translate('ra.page.not_found')} />
      <Typography component="h1" variant="h5" id="not-found-title" gutterBottom>
        {translate('ra.page.not_found')}
      </Typography>
      <Typography sx={{ mb: 2 }}>{translate('ra.message.not_found')}</Typography>
      <Button component={RouterLink} to="/" variant="contained">
        {translate('app.menu.dashboard')}
      </Button>
    </Box>
  );
}
