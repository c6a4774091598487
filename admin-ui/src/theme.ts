import { defaultTheme, type RaThemeOptions } from 'react-admin';
import { THEME_COLORS } from './charts/palette';

/**
 * Light theme with WCAG AA contrast: primary/secondary ≥ 4.5:1 against white
 * (and white text on them), a visible focus ring everywhere, and a layout that
 * reflows at 320 px (react-admin's Layout has min-width: fit-content).
 */
const focusRing = {
  outline: `3px solid ${THEME_COLORS.focus}`,
  outlineOffset: '2px',
  boxShadow: '0 0 0 5px #ffffff',
};

export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    mode: 'light',
    primary: { main: THEME_COLORS.primary, dark: THEME_COLORS.primaryDark, contrastText: '#ffffff' },
    secondary: { main: THEME_COLORS.secondary, contrastText: '#ffffff' },
    error: { main: THEME_COLORS.error, contrastText: '#ffffff' },
    text: { primary: THEME_COLORS.text, secondary: THEME_COLORS.textSecondary },
    background: { default: THEME_COLORS.background, paper: '#ffffff' },
  },
  components: {
    ...defaultTheme.components,
    MuiCssBaseline: {
      styleOverrides: {
        'html body *:focus-visible': focusRing,
        'html body .Mui-focusVisible': focusRing,
        // Text fields: a ring around the whole field, not only MUI's underline.
        'html body .MuiInputBase-root.Mui-focused': {
          outline: `2px solid ${THEME_COLORS.focus}`,
          outlineOffset: '2px',
        },
        // On the dark app bar the ring is white.
        'html body .MuiAppBar-root *:focus-visible, html body .MuiAppBar-root .Mui-focusVisible': {
          outline: '3px solid #ffffff',
          outlineOffset: '2px',
          boxShadow: `0 0 0 5px ${THEME_COLORS.primary}`,
        },
        '@media (prefers-reduced-motion: reduce)': {
          '*, *::before, *::after': { animationDuration: '0.01ms !important', transitionDuration: '0.01ms !important' },
        },
      },
    },
    MuiLink: { defaultProps: { underline: 'always' } },
    RaLayout: {
      styleOverrides: {
        root: {
          minWidth: 0,
          '& .RaLayout-content': { minWidth: 0 },
          '& .RaLayout-contentWithSidebar': { minWidth: 0 },
        },
      },
    },
    // Flex children default to min-width: auto, which lets wide tables widen the page.
    RaList: { styleOverrides: { root: { minWidth: 0, '& .RaList-main': { minWidth: 0 } } } },
    RaShow: {
      styleOverrides: { root: { minWidth: 0, '& .RaShow-main': { minWidth: 0 }, '& .RaShow-card': { minWidth: 0 } } },
    },
    // Bulk-actions bar: dark text on a light tint (react-admin's default puts white text on it).
    RaBulkActionsToolbar: {
      styleOverrides: {
        root: {
          '& .RaBulkActionsToolbar-toolbar': { backgroundColor: '#e3ebf6', color: THEME_COLORS.text },
          '& .RaBulkActionsToolbar-title': { color: THEME_COLORS.text },
        },
      },
    },
    RaLogin: {
      styleOverrides: {
        root: {
          backgroundImage: 'none',
          backgroundColor: THEME_COLORS.primaryDark,
          padding: '0 8px',
          '& .RaLogin-card': { minWidth: 0, width: '100%', maxWidth: 380, marginTop: '4em' },
        },
      },
    },
    RaLoginForm: {
      styleOverrides: {
        root: { '& .RaLoginForm-content': { width: 'auto' } },
      },
    },
  },
};
