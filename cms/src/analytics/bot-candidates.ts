import type { SearchLocale } from '@botkb/search';
import type { AskService } from '../bot/ask-service';

/**
 * The bot's nearest entries for a question (`kind:slug`, best first): its answer
 * and suggestions from the same ranking the bot API and the try endpoint use
 * (through the answer cache; records nothing).
 */
export function botCandidates(asker: Pick<AskService, 'rank'>, locale: SearchLocale) {
  return async (question: string): Promise<string[]> => {
    const { answer, suggestions } = await asker.rank({ question, locale });
    return [...(answer ? [answer] : []), ...suggestions].map((e) => `${e.kind}:${e.slug}`);
  };
}
