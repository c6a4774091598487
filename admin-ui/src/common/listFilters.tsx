import { DateInput, SelectInput } from 'react-admin';
import { useTranslate } from 'react-admin';
import { AUDIENCES, CONTENT_LOCALES, KNOWN_CHANNELS } from '../types';
import { useValueLabels } from './labels';

/** react-admin filter inputs for the common report parameters. */
export function useCommonListFilters({ channel = true }: { channel?: boolean } = {}) {
  const translate = useTranslate();
  const labels = useValueLabels();
  return [
    <DateInput key="from" source="from" label={translate('app.filters.from')} alwaysOn />,
    <DateInput key="to" source="to" label={translate('app.filters.to')} alwaysOn />,
    <SelectInput
      key="locale"
      source="locale"
      label={translate('app.filters.locale')}
      choices={CONTENT_LOCALES.map((l) => ({ id: l, name: labels.locale(l) }))}
      emptyText={translate('app.common.all')}
      alwaysOn
    />,
    <SelectInput
      key="audience"
      source="audience"
      label={translate('app.filters.audience')}
      choices={AUDIENCES.map((a) => ({ id: a, name: labels.audience(a) }))}
      emptyText={translate('app.common.all')}
      alwaysOn
    />,
    ...(channel
      ? [
          <SelectInput
            key="channel"
            source="channel"
            label={translate('app.filters.channel')}
            choices={KNOWN_CHANNELS.map((c) => ({ id: c, name: labels.channel(c) }))}
            emptyText={translate('app.common.all')}
            alwaysOn
          />,
        ]
      : []),
  ];
}
