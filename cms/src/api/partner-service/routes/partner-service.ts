import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::partner-service.partner-service');
