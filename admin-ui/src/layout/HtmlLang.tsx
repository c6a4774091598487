import { useEffect } from 'react';
import { useLocaleState } from 'react-admin';

/** Keeps <html lang> in step with the UI language. */
export function HtmlLang() {
  const [locale] = useLocaleState();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return null;
}
