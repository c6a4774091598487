import { useState, type MouseEvent } from 'react';
import { Button, Menu, MenuItem, useMediaQuery, type Theme } from '@mui/material';
import LanguageIcon from '@mui/icons-material/Translate';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useLocales, useLocaleState } from 'react-admin';

/**
 * The UI language menu (react-admin's LocalesMenuButton, compact on phones): it shows the language's name,
 * below the `sm` breakpoint only its code ("SV"), so the page title beside it keeps its room. Each
 * language is named in its own language and marked with it (`lang`).
 */
export function LanguageMenu() {
  const languages = useLocales();
  const [locale, setLocale] = useLocaleState();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const wide = useMediaQuery<Theme>((theme) => theme.breakpoints.up('sm'));
  const name = languages.find((l) => l.locale === locale)?.name ?? locale;
  return (
    <>
      <Button
        color="inherit"
        aria-controls="language-menu"
        aria-haspopup="true"
        aria-label={wide ? undefined : `${locale.toUpperCase()} – ${name}`}
        onClick={(e: MouseEvent<HTMLElement>) => setAnchor(e.currentTarget)}
        startIcon={<LanguageIcon />}
        endIcon={wide ? <ExpandMoreIcon fontSize="small" /> : undefined}
        sx={{ flexShrink: 0, minWidth: 0, px: wide ? 1 : 0.5 }}
        data-testid="language-menu"
      >
        <span lang={locale}>{wide ? name : locale.toUpperCase()}</span>
      </Button>
      <Menu id="language-menu" anchorEl={anchor} keepMounted open={anchor !== null} onClose={() => setAnchor(null)}>
        {languages.map((l) => (
          <MenuItem
            key={l.locale}
            lang={l.locale}
            selected={l.locale === locale}
            onClick={() => {
              setLocale(l.locale);
              setAnchor(null);
            }}
          >
            {l.name}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
