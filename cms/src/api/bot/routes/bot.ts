/** Bot endpoints: callable with an API token that has the bot permissions (api::bot.bot.*), nothing else. */
export default {
  routes: [
    { method: 'POST', path: '/bot/ask', handler: 'bot.ask', config: { middlewares: ['api::bot.rate-limit'] } },
    { method: 'POST', path: '/bot/events', handler: 'bot.events', config: { middlewares: ['api::bot.rate-limit'] } },
    { method: 'GET', path: '/bot/paths/:slug', handler: 'bot.path', config: { middlewares: ['api::bot.rate-limit'] } },
  ],
};
