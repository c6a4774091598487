import type { TestStrapi } from './test-strapi';
import { startDemoStrapi } from './demo-strapi';
import { adminSession, api, createBotToken } from './api';
import { helsinkiDay } from '../../cms/src/analytics/helsinki-day';

/**
 * A demo CMS for the unanswered-question suites: a bot, a manager and a content expert (editor), a bot `ask`
 * that expects a 200, and the list of today's groups.
 */
export interface UnansweredSuite {
  t: TestStrapi;
  bot: ReturnType<typeof api>;
  manager: Awaited<ReturnType<typeof adminSession>>;
  editor: Awaited<ReturnType<typeof adminSession>>;
  /** The bot's answer to `question` (`extra`: channel, audience…); fails unless it is a 200. */
  ask(question: string, locale?: string, extra?: Record<string, unknown>): Promise<any>;
  /** GET /analytics-api/unanswered for today (in Finnish time) with `query` appended (`&q=…`). */
  groups(query?: string): Promise<any>;
}

// Reports count days in Finnish time: between 22:00 and 24:00 UTC it is already tomorrow there.
export const today = () => helsinkiDay(Date.now());

export async function startUnansweredSuite(): Promise<UnansweredSuite> {
  const t = await startDemoStrapi();
  const bot = api(t.url, await createBotToken(t.strapi));
  const manager = await adminSession(t.strapi, t.url, 'botkb-manager');
  const editor = await adminSession(t.strapi, t.url, 'strapi-editor');
  const ask = async (question: string, locale = 'fi', extra: Record<string, unknown> = {}) => {
    const res = await bot.post('/bot/ask', { question, locale, ...extra });
    expect(res.status).toBe(200);
    return res.body;
  };
  const groups = async (query = '') =>
    (await manager.get(`/analytics-api/unanswered?from=${today()}&to=${today()}${query}`)).body;
  return { t, bot, manager, editor, ask, groups };
}
