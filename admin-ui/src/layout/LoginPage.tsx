import { useEffect } from 'react';
import { Box, Typography } from '@mui/material';
import {
  Login,
  LoginForm,
  LocalesMenuButton,
  PasswordInput,
  TextInput,
  email,
  required,
  useTranslate,
} from 'react-admin';
import { HtmlLang } from './HtmlLang';

/** react-admin login with the admin-panel account (email + password). */
export function LoginPage() {
  const translate = useTranslate();
  useEffect(() => {
    document.title = `${translate('ra.auth.sign_in')} – ${translate('app.name')}`;
  }, [translate]);
  return (
    <Login>
      <HtmlLang />
      <Box component="main">
        <Box sx={{ px: 2, pt: 1 }}>
          <Box sx={{ display: 'flex', justifyContent: 'flex-end' }}>
            <LocalesMenuButton />
          </Box>
          <Typography component="h1" variant="h5" sx={{ textAlign: 'center' }}>
            {translate('app.auth.sign_in_title')}
          </Typography>
          <Typography variant="body2" sx={{ textAlign: 'center', color: 'text.secondary', mt: 1 }}>
            {translate('app.auth.sign_in_help')}
          </Typography>
        </Box>
        <LoginForm>
          <TextInput
            autoFocus
            source="email"
            type="email"
            label={translate('app.auth.email')}
            autoComplete="username"
            validate={[required(), email()]}
          />
          <PasswordInput
            source="password"
            label={translate('app.auth.password')}
            autoComplete="current-password"
            validate={required()}
          />
        </LoginForm>
      </Box>
    </Login>
  );
}
