import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::guidance-path.guidance-path');
