import type { Knex } from 'knex';
import { rollupTotals, sumRollups } from '../sum-rollups';
import type { ReportFilter } from '../report-query';
import { monthsBetween } from '../months';
import { RESOLVED_METRIC } from '../conversation-outcomes';
import { minutesPerContact, type SavingsParameters } from '../savings-parameters';

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * Conversations resolved by the bot (resolved-by-bot.ts) × minutes a phone
 * contact would have taken (per channel) × hourly staff cost, and the staff-years it equals.
 */
export async function savings(knex: Knex, filter: ReportFilter, p: SavingsParameters) {
  const metrics = ['conversations', 'handoff_conversations', RESOLVED_METRIC];
  const sums = await sumRollups(knex, filter, metrics, ['month', 'channel', 'metric']);
  const get = rollupTotals(sums, ['month', 'channel', 'metric']);
  // Channels per month in the order of the sums (the order minutes add up in).
  const channelsByMonth = new Map<string, Set<string>>();
  for (const s of sums) {
    const set = channelsByMonth.get(s.month) ?? new Set<string>();
    set.add(s.channel);
    channelsByMonth.set(s.month, set);
  }
  const totals = { conversations: 0, withHandoff: 0, resolvedByBot: 0, minutesSaved: 0, eurosSaved: 0, staffYears: 0 };
  const rows = monthsBetween(filter.from, filter.to).map((month) => {
    let conversations = 0;
    let withHandoff = 0;
    let resolvedByBot = 0;
    let minutes = 0;
    for (const channel of channelsByMonth.get(month) ?? []) {
      const c = get(month, channel, 'conversations');
      const h = Math.min(get(month, channel, 'handoff_conversations'), c);
      conversations += c;
      const resolved = get(month, channel, RESOLVED_METRIC);
      withHandoff += h;
      resolvedByBot += resolved;
      minutes += resolved * minutesPerContact(p, channel);
    }
    const hours = minutes / 60;
    const row = {
      id: month,
      month,
      conversations,
      withHandoff,
      resolvedByBot,
      minutesSaved: minutes,
      hoursSaved: round(hours, 1),
      eurosSaved: round(hours * p.hourlyCost, 2),
      staffYears: round(hours / p.hoursPerStaffYear, 3),
    };
    totals.conversations += row.conversations;
    totals.withHandoff += row.withHandoff;
    totals.resolvedByBot += row.resolvedByBot;
    totals.minutesSaved += minutes;
    return row;
  });
  const hours = totals.minutesSaved / 60;
  return {
    rows,
    totals: {
      ...totals,
      hoursSaved: round(hours, 1),
      eurosSaved: round(hours * p.hourlyCost, 2),
      staffYears: round(hours / p.hoursPerStaffYear, 3),
    },
  };
}
