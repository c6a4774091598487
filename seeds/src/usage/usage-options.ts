export interface UsageOptions {
  /** Default 2026. */
  seed?: number;
  /** The history ends here (exclusive), e.g. now. */
  end: Date;
  /** Length of the history in calendar months (Europe/Helsinki), default 24. */
  months?: number;
  /** Conversations in the first month before seasonality, default 500. */
  startConversationsPerMonth?: number;
  /** Conversations in the last month before seasonality, default 1000. */
  endConversationsPerMonth?: number;
  /** Multiplies conversation counts (benchmarks reach 10M events with ≈ 50), default 1. */
  scale?: number;
}
