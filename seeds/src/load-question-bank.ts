import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Core } from '@strapi/strapi';

/** What the CMS's question bank offers the seed (see cms/src/question-bank/question-bank.ts). */
interface BankImport {
  addMany(items: Array<{ locale: 'fi' | 'sv'; question: string; expected: string[] }>, source: 'seed'): Promise<number>;
}

/** The evaluation questions (`npm run eval`) are the demo bank: test data about the content, not content. */
export const DEMO_BANK_FILE = resolve(__dirname, '..', '..', 'test', 'fixtures', 'eval-questions.json');

/** Adds the demo bank's questions that are not in the bank yet; idempotent. */
export async function loadQuestionBank(
  strapi: Core.Strapi,
  file = DEMO_BANK_FILE,
): Promise<{ added: number; total: number }> {
  const questions = JSON.parse(readFileSync(file, 'utf8')) as Array<{
    q: string;
    locale: 'fi' | 'sv';
    expect: string[];
  }>;
  const bank = strapi.get('botkb-question-bank') as BankImport;
  const items = questions.map((q) => ({ locale: q.locale, question: q.q.trim(), expected: q.expect }));
  return { added: await bank.addMany(items, 'seed'), total: items.length };
}
