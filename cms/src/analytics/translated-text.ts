import { createHash } from 'node:crypto';
import type { EntryKind } from '@botkb/search';

/** A guidance step as stored: its key, prompt and options. */
interface StepText {
  key?: string | null;
  prompt?: string | null;
  options?: Array<{ key?: string | null; label?: string | null }> | null;
}

/** The fields of an answer or path that hold what a translation renders (read from the database). */
export interface TranslatedFields {
  title?: string | null;
  body?: string | null;
  name?: string | null;
  description?: string | null;
  steps?: StepText[] | null;
}

/** What `translatedText` reads of a published version: its columns, and the components to populate. */
export const TRANSLATED_FIELDS: Record<EntryKind, { select: string[]; populate?: Record<string, unknown> }> = {
  answer: { select: ['title', 'body'] },
  path: { select: ['name', 'description'], populate: { steps: { populate: { options: true } } } },
};

/**
 * A fingerprint of what a translation follows: an answer's title and body, a path's name, description and steps
 * (keys, prompts, option keys and labels). Phrasings are left out — each language has its own questions, and the
 * triage adds them to one language — as are the fields shared by all languages (owner, review date, audience).
 */
export function translatedText(kind: EntryKind, version: TranslatedFields): string {
  const text =
    kind === 'answer'
      ? [version.title ?? '', version.body ?? '']
      : [
          version.name ?? '',
          version.description ?? '',
          (version.steps ?? []).map((s) => [
            s.key ?? '',
            s.prompt ?? '',
            (s.options ?? []).map((o) => [o.key ?? '', o.label ?? '']),
          ]),
        ];
  return createHash('sha256').update(JSON.stringify(text)).digest('base64url');
}
