import { useMediaQuery, type Theme } from '@mui/material';
import { AppBar as RaAppBar, LoadingIndicator, TitlePortal, UserMenu, useGetIdentity, useTranslate } from 'react-admin';
import { LanguageMenu } from './LanguageMenu';

/**
 * User menu whose accessible name contains its visible text (WCAG 2.5.3):
 * react-admin labels the button "Profile" while it shows the user's name.
 */
function AppUserMenu() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const wide = useMediaQuery<Theme>((theme) => theme.breakpoints.up('sm'));
  const name = identity?.fullName ?? '';
  const label = name ? (wide ? name : `${translate('ra.auth.user_menu')}: ${name}`) : 'ra.auth.user_menu';
  return <UserMenu label={label} />;
}

/**
 * App bar on the primary colour (white text 8:1), the page title as the page's h1 (cut with "…" when the
 * bar is narrow), language menu (compact on phones).
 */
export function AppBar() {
  const translate = useTranslate();
  return (
    <RaAppBar
      color="primary"
      userMenu={<AppUserMenu />}
      toolbar={
        <>
          <LanguageMenu />
          {/* The spinner shown while data loads needs a name (axe: aria-progressbar-name); react-admin passes extra props to it. */}
          <LoadingIndicator aria-label={translate('ra.page.loading')} />
        </>
      }
    >
      <TitlePortal component="h1" variant="h6" sx={{ minWidth: 0 }} />
    </RaAppBar>
  );
}
