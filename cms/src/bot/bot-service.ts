import type { Core, Modules } from '@strapi/strapi';
import type { SearchService } from '../search/search-service';
import { TRIGGER_UID } from '../content-uids';
import { onDocumentWrite } from '../documents/on-document-write';
import type { ChangeBus } from '../cluster/change-bus';
import { createClientRateLimit, type ClientRateLimit } from '../cluster/client-rate-limit';
import { AskService, type AskServiceDeps } from './ask-service';
import { BotTokenAuthenticator, type BotToken } from './bot-token-authenticator';
import type { KnowledgeContent } from '../search/knowledge-content';

interface BotConfig {
  rateLimit: { perSecond: number; burst: number };
  maxQuestionLength: number;
  answerCacheSize: number;
  tokenCacheMs: number;
}

interface StrapiTokenService {
  hash(accessKey: string): string;
  getByAccessKey(hash: string): Promise<Record<string, any> | null>;
}
const TOKEN_MODELS = ['admin::api-token', 'admin::api-token-permission'];

/** The bot API's long-lived parts: the ask service (search, cache, recorder) and the rate limiter. */
export class BotService {
  readonly config: BotConfig;
  readonly limiter: ClientRateLimit;
  readonly authenticator: BotTokenAuthenticator;
  private askService: AskService | null = null;
  /** Asks against the draft index: staff tries and question-bank runs only, never the bot API. */
  private draftAskService: AskService | null = null;

  constructor(
    private readonly strapi: Core.Strapi,
    private readonly search: SearchService,
    private readonly changes: ChangeBus,
    private readonly askDeps: AskServiceDeps,
  ) {
    this.config = strapi.config.get('bot') as BotConfig;
    this.limiter = createClientRateLimit(strapi, { name: 'bot', ...this.config.rateLimit });
    changes.on('tokens', () => this.authenticator.invalidate());
    changes.on('triggers', () => {
      for (const asker of [this.askService, this.draftAskService]) if (asker) asker.triggerRevision += 1;
    });
    const tokens = (): StrapiTokenService =>
      strapi.service('admin::api-token-content-api') as unknown as StrapiTokenService;
    this.authenticator = new BotTokenAuthenticator({
      hash: (accessKey) => tokens().hash(accessKey),
      lookup: async (hash) => {
        const t = await tokens().getByAccessKey(hash);
        return t
          ? ({
              id: t.id,
              kind: t.kind ?? null,
              type: t.type,
              permissions: t.permissions ?? [],
              expiresAt: t.expiresAt ?? null,
              lastUsedAt: t.lastUsedAt ?? null,
            } satisfies BotToken)
          : null;
      },
      touch: async (token, at) => {
        await strapi.db.query('admin::api-token').update({ where: { id: token.id }, data: { lastUsedAt: at } });
      },
      ttlMs: this.config.tokenCacheMs,
    });
  }

  /** Any write to API tokens or their permissions (admin panel, scripts) clears every instance's token cache. */
  watchTokens(): void {
    const invalidate = () => this.changes.changed('tokens');
    this.strapi.db.lifecycles.subscribe({
      models: TOKEN_MODELS,
      afterCreate: invalidate,
      afterCreateMany: invalidate,
      afterUpdate: invalidate,
      afterUpdateMany: invalidate,
      afterDelete: invalidate,
      afterDeleteMany: invalidate,
    });
  }

  /** The ask service (of the published content, or of the drafts), or null while search is not ready. */
  asker(content: KnowledgeContent = 'published'): AskService | null {
    const runtime = this.search.of(content).runtime;
    if (!runtime?.ready) return null;
    const opts = { threshold: runtime.config.threshold, cacheSize: this.config.answerCacheSize };
    const create = () => new AskService(this.strapi, runtime, opts, this.askDeps);
    if (content === 'drafts') return (this.draftAskService ??= create());
    return (this.askService ??= create());
  }

  /** Document Service middleware: any write to a safety trigger makes every instance reload them. */
  readonly watchTriggers: Modules.Documents.Middleware.Middleware = onDocumentWrite(TRIGGER_UID, () =>
    this.changes.changed('triggers'),
  );

  async stop(): Promise<void> {
    await this.askService?.recorder.close();
    await this.draftAskService?.recorder.close();
  }
}
