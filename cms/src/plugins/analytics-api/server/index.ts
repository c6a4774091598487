import analytics from './routes/analytics';

/** The analytics API as a local Strapi plugin (see README, "Architecture"): routes and thin controllers. */
export default {
  routes: { analytics },
};
