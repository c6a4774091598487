/**
 * Search sync health: the queue length and parked jobs with their errors.
 * Not public (errors can name documents): an API token with full access, or a
 * custom token holding `api::search-job.search-health.status` (monitoring).
 */
export default {
  routes: [{ method: 'GET', path: '/search/health', handler: 'search-health.status' }],
};
