import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::guidance-path.guidance-path');
