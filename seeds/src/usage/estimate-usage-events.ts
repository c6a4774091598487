import { planUsage } from './plan-usage';
import type { UsageOptions } from './usage-options';

/** Mean events per conversation of generateUsage with the demo content (measured; asks not included). */
const EVENTS_PER_CONVERSATION = 9.8;

/**
 * Approximate number of events (not asks) generateUsage yields for these
 * options, from the same day plan without generating anything — for progress
 * bars. It needs no content: content only matters through the (fixed) mean
 * conversation length.
 */
export function estimateUsageEvents(options: UsageOptions): number {
  const plan = planUsage(options);
  let conversations = 0;
  for (const day of plan.days()) {
    const covered = Math.min(day.endMs, plan.endMs) - Math.max(day.startMs, plan.startMs);
    if (covered > 0) conversations += day.expectedConversations * (covered / (day.endMs - day.startMs));
  }
  return Math.round(conversations * EVENTS_PER_CONVERSATION);
}
