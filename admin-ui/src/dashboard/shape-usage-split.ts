/**
 * Locale / channel / audience split: monthly-usage rows with a breakdown summed
 * over the range per dimension value, largest first, with each value's share of
 * conversations (null when there are none). Pure.
 */
import type { MonthlyUsageRow } from '../types';

export const UNKNOWN_DIMENSION = 'unknown';

export interface UsageSplitItem {
  dimension: string;
  conversations: number;
  questions: number;
  handoffs: number;
  share: number | null;
}

export interface UsageSplitShape {
  items: UsageSplitItem[];
  totalConversations: number;
}

export function shapeUsageSplit(rows: readonly MonthlyUsageRow[]): UsageSplitShape {
  const byDim = new Map<string, UsageSplitItem>();
  for (const r of rows) {
    const dimension = r.dimension == null || r.dimension === '' ? UNKNOWN_DIMENSION : String(r.dimension);
    const item = byDim.get(dimension) ?? { dimension, conversations: 0, questions: 0, handoffs: 0, share: null };
    item.conversations += Number(r.conversations) || 0;
    item.questions += Number(r.questions) || 0;
    item.handoffs += Number(r.handoffs) || 0;
    byDim.set(dimension, item);
  }
  const items = [...byDim.values()].sort(
    (a, b) => b.conversations - a.conversations || a.dimension.localeCompare(b.dimension),
  );
  const totalConversations = items.reduce((acc, i) => acc + i.conversations, 0);
  for (const i of items) i.share = totalConversations > 0 ? i.conversations / totalConversations : null;
  return { items, totalConversations };
}
