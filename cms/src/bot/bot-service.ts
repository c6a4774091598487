import type { Core } from '@strapi/strapi';
import { getSearch } from '../search/search-service';
import { AskService } from './ask-service';
import { RateLimiter } from './rate-limiter';

interface BotConfig { rateLimit: { perSecond: number; burst: number }; maxQuestionLength: number; answerCacheSize: number }

/** The bot API's long-lived parts: the ask service (search, cache, recorder) and the rate limiter. */
export class BotService {
  readonly config: BotConfig;
  readonly limiter: RateLimiter;
  private askService: AskService | null = null;

  constructor(private readonly strapi: Core.Strapi) {
    this.config = strapi.config.get('bot') as BotConfig;
    this.limiter = new RateLimiter(this.config.rateLimit.perSecond, this.config.rateLimit.burst);
  }

  /** The ask service, or null while search is not configured or not yet reachable. */
  asker(): AskService | null {
    const runtime = getSearch().runtime;
    if (!runtime?.ready) return null;
    this.askService ??= new AskService(this.strapi, runtime, { threshold: runtime.config.threshold, cacheSize: this.config.answerCacheSize });
    return this.askService;
  }

  triggersChanged(): void {
    if (this.askService) this.askService.triggerRevision += 1;
  }

  async stop(): Promise<void> {
    await this.askService?.recorder.idle();
  }
}

let instance: BotService | null = null;
export function registerBot(strapi: Core.Strapi): BotService {
  instance = new BotService(strapi);
  return instance;
}
export function getBot(): BotService {
  if (!instance) throw new Error('bot is not registered');
  return instance;
}
