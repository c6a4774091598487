import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::guidance-path.guidance-path');
