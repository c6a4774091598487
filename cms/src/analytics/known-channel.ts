import { CHANNEL_PATTERN } from '@botkb/contract';

/**
 * A stored channel as reports show it: a name that follows CHANNEL_PATTERN,
 * else '' (shown as "unknown", like asks sent without a channel). Older
 * releases stored free text from /bot/ask ("Web Chat!"); its counts stay in
 * the totals but never appear as a channel the report's own filter refuses.
 */
export function knownChannel(channel: string | null | undefined): string {
  return channel && CHANNEL_PATTERN.test(channel) ? channel : '';
}
