import type { Core } from '@strapi/strapi';
import type { DemoContent } from './content-types';
import {
  answerSpec,
  partnerSpec,
  pathSpec,
  safetyTriggerSpec,
  topicSpec,
  vocabularySpec,
  type SlugIndex,
} from './document-specs';
import { upsertDocument, type DocumentSpec, type Outcome } from './upsert-document';

export type Kind = 'topics' | 'partners' | 'answers' | 'paths' | 'vocabulary' | 'safetyTriggers';
export type Counts = Record<Outcome | 'failed', number>;
export interface LoadReport {
  counts: Record<Kind, Counts>;
  failures: Array<{ kind: Kind; slug: string; message: string }>;
}
export interface LoadOptions {
  /** Called after each record; use it to show progress. */
  onProgress?: (kind: Kind, done: number, total: number) => void;
}

const zero = (): Counts => ({ created: 0, updated: 0, unchanged: 0, failed: 0 });

/**
 * Upserts the demo knowledge base by slug, in dependency order (topics and
 * partner services, then answers, then guidance paths). A record that fails
 * is reported and the rest still load; callers decide the exit code.
 */
export async function loadDemoContent(
  strapi: Core.Strapi,
  content: DemoContent,
  opts: LoadOptions = {},
): Promise<LoadReport> {
  const report: LoadReport = {
    counts: {
      topics: zero(),
      partners: zero(),
      answers: zero(),
      paths: zero(),
      vocabulary: zero(),
      safetyTriggers: zero(),
    },
    failures: [],
  };
  const index: SlugIndex = { topic: new Map(), partner: new Map(), answer: new Map(), path: new Map() };

  async function loadAll<T extends { slug: string }>(
    kind: Kind,
    records: T[],
    spec: (r: T) => DocumentSpec,
    into?: Map<string, string>,
  ) {
    let done = 0;
    for (const record of records) {
      try {
        const { outcome, documentId } = await upsertDocument(strapi, spec(record));
        report.counts[kind][outcome] += 1;
        into?.set(record.slug, documentId);
      } catch (error) {
        report.counts[kind].failed += 1;
        report.failures.push({ kind, slug: record.slug, message: describe(error) });
      }
      opts.onProgress?.(kind, ++done, records.length);
    }
  }

  await loadAll('topics', content.topics, topicSpec, index.topic);
  await loadAll('partners', content.partners, partnerSpec, index.partner);
  await loadAll('answers', content.answers, (a) => answerSpec(a, index), index.answer);
  await loadAll('paths', content.paths, (p) => pathSpec(p, index), index.path);
  await loadAll('vocabulary', [{ slug: 'search-vocabulary' }], () => vocabularySpec(content.vocabulary));
  await loadAll('safetyTriggers', content.safetyTriggers, (t) => safetyTriggerSpec(t, index));
  return report;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const details = (error as { details?: { errors?: Array<{ message: string }> } }).details;
  const extra = details?.errors?.map((e) => e.message).join('; ');
  return extra && !error.message.includes(extra) ? `${error.message} (${extra})` : error.message;
}

export function totalFailed(report: LoadReport): number {
  return Object.values(report.counts).reduce((n, c) => n + c.failed, 0);
}
