import type { AskRecord } from '../../cms/src/bot/ask-recorder';

/**
 * An ask row as the bot records it, for suites that write rows directly: a Finnish, unanswered question from the
 * web chat, asked now, with no runner-up, not urgent and not test traffic; `fields` sets the rest.
 */
export const askRecord = (fields: Pick<AskRecord, 'sessionId' | 'question' | 'normalized'> & Partial<AskRecord>) =>
  ({
    askId: null,
    askedAt: new Date(),
    locale: 'fi',
    audience: null,
    channel: 'web_chat',
    answered: false,
    answerSlug: null,
    answerKind: null,
    answerLocale: null,
    score: null,
    runnerUpSlug: null,
    runnerUpKind: null,
    runnerUpScore: null,
    urgent: false,
    latencyMs: 1,
    clientId: null,
    test: false,
    ...fields,
  }) satisfies AskRecord as AskRecord;
