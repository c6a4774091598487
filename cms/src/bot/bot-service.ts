import type { Core, Modules } from '@strapi/strapi';
import type { SearchService } from '../search/search-service';
import { TRIGGER_UID } from '../content-uids';
import { onDocumentWrite } from '../documents/on-document-write';
import { AskService } from './ask-service';
import { RateLimiter } from './rate-limiter';
import { BotTokenAuthenticator, type BotToken } from './bot-token-authenticator';
import type { KnowledgeContent } from '../search/knowledge-content';

interface BotConfig { rateLimit: { perSecond: number; burst: number }; maxQuestionLength: number; answerCacheSize: number; tokenCacheMs: number }

interface StrapiTokenService { hash(accessKey: string): string; getByAccessKey(hash: string): Promise<Record<string, any> | null> }
const TOKEN_MODELS = ['admin::api-token', 'admin::api-token-permission'];

/** The bot API's long-lived parts: the ask service (search, cache, recorder) and the rate limiter. */
export class BotService {
  readonly config: BotConfig;
  readonly limiter: RateLimiter;
  readonly authenticator: BotTokenAuthenticator;
  private askService: AskService | null = null;
  /** Asks against the draft index: staff tries and question-bank runs only, never the bot API. */
  private draftAskService: AskService | null = null;

  constructor(private readonly strapi: Core.Strapi, private readonly search: SearchService) {
    this.config = strapi.config.get('bot') as BotConfig;
    this.limiter = new RateLimiter(this.config.rateLimit.perSecond, this.config.rateLimit.burst);
    const tokens = (): StrapiTokenService => strapi.service('admin::api-token-content-api') as unknown as StrapiTokenService;
    this.authenticator = new BotTokenAuthenticator({
      hash: (accessKey) => tokens().hash(accessKey),
      lookup: async (hash) => {
        const t = await tokens().getByAccessKey(hash);
        return t ? { id: t.id, kind: t.kind ?? null, type: t.type, permissions: t.permissions ?? [], expiresAt: t.expiresAt ?? null, lastUsedAt: t.lastUsedAt ?? null } satisfies BotToken : null;
      },
      touch: async (token, at) => { await strapi.db.query('admin::api-token').update({ where: { id: token.id }, data: { lastUsedAt: at } }); },
      ttlMs: this.config.tokenCacheMs,
    });
  }

  /** Any write to API tokens or their permissions (admin panel, scripts) clears the bot's token cache. */
  watchTokens(): void {
    const invalidate = () => this.authenticator.invalidate();
    this.strapi.db.lifecycles.subscribe({
      models: TOKEN_MODELS,
      afterCreate: invalidate, afterCreateMany: invalidate, afterUpdate: invalidate, afterUpdateMany: invalidate, afterDelete: invalidate, afterDeleteMany: invalidate,
    });
  }

  /** The ask service (of the published content, or of the drafts), or null while search is not ready. */
  asker(content: KnowledgeContent = 'published'): AskService | null {
    const runtime = this.search.of(content).runtime;
    if (!runtime?.ready) return null;
    const create = () => new AskService(this.strapi, runtime, {
      threshold: runtime.config.threshold, cacheSize: this.config.answerCacheSize,
    });
    if (content === 'drafts') return (this.draftAskService ??= create());
    return (this.askService ??= create());
  }

  /** Document Service middleware: any write to a safety trigger makes the bot reload them. */
  readonly watchTriggers: Modules.Documents.Middleware.Middleware = onDocumentWrite(TRIGGER_UID, () => {
    if (this.askService) this.askService.triggerRevision += 1;
  });

  async stop(): Promise<void> {
    await this.askService?.recorder.close();
    await this.draftAskService?.recorder.close();
  }
}

