import { useIntl } from 'react-intl';
import { translator } from './messages';

export type Translate = ReturnType<typeof translator>;

/** The designer's strings in the admin user's interface language (fi, sv, else en). */
export function useMessages(): Translate {
  const { locale } = useIntl();
  return translator(locale.startsWith('fi') ? 'fi' : locale.startsWith('sv') ? 'sv' : 'en');
}
