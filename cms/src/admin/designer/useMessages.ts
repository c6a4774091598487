import { useIntl } from 'react-intl';
import { DESIGNER_MESSAGES, type DesignerMessage } from './messages';

export type Translate = (key: DesignerMessage, values?: Record<string, string | number>) => string;

/** The designer's strings in the admin user's interface language (fi, sv, else en). */
export function useMessages(): Translate {
  const { locale } = useIntl();
  const language = locale.startsWith('fi') ? 'fi' : locale.startsWith('sv') ? 'sv' : 'en';
  const messages = DESIGNER_MESSAGES[language].pathDesigner;
  return (key, values) => messages[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name] ?? ''));
}
