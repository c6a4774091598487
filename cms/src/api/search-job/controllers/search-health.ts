import { searchService } from '../../../services';

export default {
  async status(ctx: any) {
    ctx.body = { data: await searchService(strapi).health() };
  },
};
