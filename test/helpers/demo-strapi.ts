import type { UsageHistoryReport } from '@botkb/seeds';
import { startTestStrapi, type TestStrapi, type TestStrapiOptions } from './test-strapi';
import { copyOfTemplate } from './demo-template';
import { waitForSearchRebuilt } from './search';

export interface DemoStrapiOptions extends TestStrapiOptions {
  /** Also the demo usage history (24 months up to DEMO_USAGE_END), as the analytics suites need it. */
  usageHistory?: boolean;
}

export interface DemoStrapi extends TestStrapi {
  /** The usage history load the template was built with (usageHistory only). */
  usage?: UsageHistoryReport;
}

/**
 * A test Strapi with the demo content loaded (no load failures) and indexed, booted on its own copy of
 * the run's seeded template database (test/helpers/demo-template.ts); `opts.database` is not used.
 * Bot and analytics rate limits default to 1000/s (burst 1000); `opts.env` may override them.
 * Stops the instance again when the setup fails, since the caller never gets it.
 */
export async function startDemoStrapi(opts: DemoStrapiOptions = {}): Promise<DemoStrapi> {
  const database = await copyOfTemplate(opts.usageHistory ? 'demo-usage' : 'demo');
  const t = await startTestStrapi({
    ...opts,
    database,
    // The rate limits have suites of their own (bot-rate-limit, multi-instance); a suite that polls a run or
    // reads many reports as one user would otherwise hit the per-user limit, shared on PostgreSQL, as soon as
    // the machine is fast enough.
    env: {
      BOT_RATE_LIMIT_PER_SEC: '1000',
      BOT_RATE_LIMIT_BURST: '1000',
      ANALYTICS_RATE_LIMIT_PER_SEC: '1000',
      ANALYTICS_RATE_LIMIT_BURST: '1000',
      ...opts.env,
    },
  });
  try {
    // The copy's fresh index prefix has empty indexes: the sync workers rebuild them at start.
    await waitForSearchRebuilt(t.strapi, 180_000);
  } catch (error) {
    await t.stop();
    throw error;
  }
  return { ...t, usage: database.info.usage };
}
