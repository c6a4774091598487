import type { HttpClient } from '../httpClient';
import type { ContentKind, ContentLocale } from '../types';

const BASE = '/analytics-api/question-bank';

export type KnowledgeContent = 'published' | 'drafts';
export type Outcome = 'passed' | 'failed' | 'not_run';

export interface LocaleTotals {
  questions: number;
  passed: number;
  passRate: number;
  inScope: number;
  hit1: number;
  hit3: number;
  outOfScope: number;
  falseAnswers: number;
}

export interface BankRun {
  id: number;
  content: KnowledgeContent;
  trigger: 'publish' | 'manual' | 'startup';
  status: 'queued' | 'running' | 'done' | 'failed';
  questions: number;
  done: number;
  queuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  totals: Record<string, LocaleTotals> | null;
  error: string | null;
}

export interface LinkedEntry {
  kind: ContentKind;
  slug: string;
  adminUrl: string | null;
}

export interface ChangedQuestion {
  questionId: number;
  locale: ContentLocale;
  question: string;
  expected: string[];
  change: 'now_failing' | 'now_passing';
  before: LinkedEntry | null;
  now: LinkedEntry | null;
}

export interface RunComparison {
  latest: BankRun | null;
  previous: BankRun | null;
  changes: ChangedQuestion[];
}

export interface BankSummary {
  published: RunComparison;
  drafts: RunComparison;
  pending: BankRun[];
}

export interface BankQuestionInput {
  locale: ContentLocale;
  question: string;
  expected: string[];
}

export interface BankQuestion extends BankQuestionInput {
  id: number;
  source: 'manual' | 'unanswered' | 'seed';
  lastResult: { passed: boolean; answered: boolean; answer: { kind: ContentKind; slug: string } | null } | null;
}

export interface QuestionFilter {
  locale?: ContentLocale;
  outcome?: Outcome;
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
      const { json } = await http<{ data: BankQuestion[]; total: number }>(`${BASE}/questions?${params}`);
      return json;
    },
    save: async (input: BankQuestionInput, id?: number) => {
      const path = id === undefined ? `${BASE}/questions` : `${BASE}/questions/${id}`;
      return (await http<{ data: BankQuestion }>(path, { method: id === undefined ? 'POST' : 'PUT', body: input }))
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
