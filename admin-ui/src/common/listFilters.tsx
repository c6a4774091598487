import { DateInput, SelectInput } from 'react-admin';
import { useTranslate } from 'react-admin';
import { AUDIENCES, CONTENT_LOCALES, KNOWN_CHANNELS } from '../types';

/** react-admin filter inputs for the common report parameters. */
export function useCommonListFilters({ channel = true }: { channel?: boolean } = {}) {
  const translate = useTranslate();
  return [
    <DateInput key="from" source="from" label={translate('app.filters.from')} alwaysOn />,
    <DateInput key="to" source="to" label={translate('app.filters.to')} alwaysOn />,
    <SelectInput
      key="locale"
      source="locale"
      label={translate('app.filters.locale')}
      choices={CONTENT_LOCALES.map((l) => ({ id: l, name: translate(`app.locale.${l}`) }))}
      emptyText={translate('app.common.all')}
      alwaysOn
    />,
    <SelectInput
      key="audience"
      source="audience"
      label={translate('app.filters.audience')}
      choices={AUDIENCES.map((a) => ({ id: a, name: translate(`app.audience.${a}`) }))}
      emptyText={translate('app.common.all')}
      alwaysOn
    />,
    ...(channel
      ? [
          <SelectInput
            key="channel"
            source="channel"
            label={translate('app.filters.channel')}
            choices={KNOWN_CHANNELS.map((c) => ({ id: c, name: translate(`app.channel.${c}`, { _: c }) }))}
            emptyText={translate('app.common.all')}
            alwaysOn
          />,
        ]
      : []),
  ];
}

/** "?from=…&to=…" of the list's filter values, for links to pages using the URL filter. */
export function filterQuery(values: Record<string, unknown>): string {
  const q = new URLSearchParams();
  for (const k of ['from', 'to', 'locale', 'audience', 'channel']) {
    const v = values[k];
    if (typeof v === 'string' && v) q.set(k, v);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}
