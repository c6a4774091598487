import { useTranslate } from 'react-admin';
import type { Breakdown } from '../types';

/** Translated names of API enum values; unknown values are shown as they come. */
export function useValueLabels() {
  const translate = useTranslate();
  const t = (prefix: string, value: string | null | undefined) =>
    value ? translate(`app.${prefix}.${value}`, { _: value }) : '–';
  return {
    audience: (v: string | null | undefined) => t('audience', v),
    channel: (v: string | null | undefined) => t('channel', v),
    locale: (v: string | null | undefined) => t('locale', v),
    status: (v: string | null | undefined) => t('status', v),
    kind: (v: string | null | undefined) => t('kind', v),
    handoffChannel: (v: string | null | undefined) => t('handoff_channel', v),
    /** A known reason code by name; a bot's own code as it was sent. */
    handoffReason: (v: string | null | undefined) => t('handoff_reason', v),
    dimension: (breakdown: Breakdown, v: string | null | undefined) =>
      breakdown === 'locale' ? t('locale', v) : breakdown === 'channel' ? t('channel', v) : t('audience', v),
    metric: (key: string) => translate(`app.metrics.${key}`, { _: key }),
  };
}

/** "a: 1, b: 2" for screen-reader summaries. */
export function summaryList(items: { label: string; value: string }[]): string {
  return items.map((i) => `${i.label}: ${i.value}`).join('; ');
}
