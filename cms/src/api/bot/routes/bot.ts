/**
 * Bot endpoints: callable with an API token that holds the bot permissions
 * (api::bot.bot.*) and nothing else. Authentication is the bot's own cached
 * token check (middleware api::bot.token-auth), so Strapi's per-request token
 * read is off (`auth: false`); the actions stay listed for token permissions.
 */
const guarded = (action: string) => ({
  auth: false as const,
  middlewares: [{ name: 'api::bot.token-auth', config: { action: `api::bot.bot.${action}` } }, 'api::bot.rate-limit'],
});

export default {
  routes: [
    { method: 'POST', path: '/bot/ask', handler: 'bot.ask', config: guarded('ask') },
    { method: 'POST', path: '/bot/events', handler: 'bot.events', config: guarded('events') },
    { method: 'GET', path: '/bot/paths/:slug', handler: 'bot.path', config: guarded('path') },
    { method: 'GET', path: '/bot/answers/:slug', handler: 'bot.answer', config: guarded('answer') },
  ],
};
