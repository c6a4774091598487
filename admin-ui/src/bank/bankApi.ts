import type {
  BankOutcome,
  BankQuestionInput,
  BankQuestionRow,
  BankRun,
  BankSummary,
  ContentLocale,
  KnowledgeContent,
} from '@botkb/contract';
import type { HttpClient } from '../httpClient';

export type {
  BankOutcome as Outcome,
  BankQuestionInput,
  BankQuestionRow as BankQuestion,
  BankRun,
  BankSummary,
  ChangedQuestion,
  KnowledgeContent,
  LinkedEntry,
  LocaleTotals,
  RunComparison,
} from '@botkb/contract';

const BASE = '/analytics-api/question-bank';

/** The question list's filters as the UI keeps them (sent as query parameters). */
export interface QuestionFilter {
  locale?: ContentLocale;
  outcome?: BankOutcome;
  q?: string;
  page: number;
  perPage: number;
}

/** The question bank's endpoints (/analytics-api/question-bank/*). */
export function createBankApi(http: HttpClient) {
  return {
    summary: async () => (await http<{ data: BankSummary }>(`${BASE}/summary`)).json.data,
    questions: async (filter: QuestionFilter) => {
      const params = new URLSearchParams();
      for (const [k, v] of Object.entries(filter)) if (v !== undefined && v !== '') params.set(k, String(v));
      const { json } = await http<{ data: BankQuestionRow[]; total: number }>(`${BASE}/questions?${params}`);
      return json;
    },
    save: async (input: BankQuestionInput, id?: number) => {
      const path = id === undefined ? `${BASE}/questions` : `${BASE}/questions/${id}`;
      return (await http<{ data: BankQuestionRow }>(path, { method: id === undefined ? 'POST' : 'PUT', body: input }))
        .json.data;
    },
    remove: async (id: number) => {
      await http(`${BASE}/questions/${id}`, { method: 'DELETE' });
    },
    run: async (content: KnowledgeContent) =>
      (await http<{ data: BankRun }>(`${BASE}/runs`, { method: 'POST', body: { content } })).json.data,
  };
}

export type BankApi = ReturnType<typeof createBankApi>;
