/**
 * The admin panel in the team's languages: Strapi ships Finnish and Swedish translations,
 * each user picks one in their profile (English stays the fallback). Field labels and help
 * texts come from the content manager's view configuration (src/admin-labels).
 */
export default {
  config: {
    locales: ['fi', 'sv'],
  },
  bootstrap() {},
};
