import { loadDemoContent, readDemoContent } from '@botkb/seeds';
import { startTestStrapi, type TestStrapi, type TestStrapiOptions } from './test-strapi';
import { drainSearch } from './search';

/**
 * A test Strapi with the demo content loaded (no load failures) and indexed.
 * Bot rate limits default to 1000/s (burst 1000); `opts.env` may override them.
 * Stops the instance again when the setup fails, since the caller never gets it.
 */
export async function startDemoStrapi(opts: TestStrapiOptions = {}): Promise<TestStrapi> {
  const t = await startTestStrapi({ ...opts, env: { BOT_RATE_LIMIT_PER_SEC: '1000', BOT_RATE_LIMIT_BURST: '1000', ...opts.env } });
  try {
    expect((await loadDemoContent(t.strapi, readDemoContent())).failures).toEqual([]);
    await drainSearch(t.strapi, 180_000); // published and draft indexes are built at start (slow on a busy machine)
  } catch (error) {
    await t.stop();
    throw error;
  }
  return t;
}
