/**
 * Handoffs per handoff channel: /handoffs rows (channel × reason × urgency)
 * summed per handoffChannel, largest first, with shares. Pure.
 */
import type { HandoffRow } from '../types';

export interface HandoffChannelItem {
  channel: string;
  count: number;
  share: number | null;
}

export interface HandoffsShape {
  items: HandoffChannelItem[];
  total: number;
}

export function shapeHandoffs(rows: readonly HandoffRow[]): HandoffsShape {
  const byChannel = new Map<string, number>();
  for (const r of rows) {
    const channel = String(r.handoffChannel || 'unknown');
    byChannel.set(channel, (byChannel.get(channel) ?? 0) + (Number(r.count) || 0));
  }
  const total = [...byChannel.values()].reduce((a, b) => a + b, 0);
  const items = [...byChannel.entries()]
    .map(([channel, count]) => ({ channel, count, share: total > 0 ? count / total : null }))
    .sort((a, b) => b.count - a.count || a.channel.localeCompare(b.channel));
  return { items, total };
}
