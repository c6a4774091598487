import { SEARCH_LOCALES, isSearchLocale, type EntryKind, type SearchLocale } from '@botkb/search';
import type { ChangeDetail } from '../cluster/change-bus';
import { isJobTarget } from './sync-queue';

/** One entry (answer or guidance path) in one locale, to be read again and re-counted. */
export interface EntryChange {
  readonly kind: EntryKind;
  readonly documentId: string;
  readonly locale: SearchLocale;
}

/** What a list of changes (sync jobs, or their details announced to other instances) asks to redo. */
export interface ChangePlan {
  /** Locales whose vocabulary changed: analyzers rebuilt, index settings pushed, documents re-analyzed. */
  readonly settings: Set<SearchLocale>;
  /** Locales rebuilt whole (a new or restored index). */
  readonly whole: Set<SearchLocale>;
  /** Entries to apply one by one, once each, in order of first mention, outside the locales above. */
  readonly entries: EntryChange[];
}

/** Sorts changes into locales to redo and entries to apply; throws on a target no version knows. */
export function planChanges(changes: readonly ChangeDetail[]): ChangePlan {
  const settings = new Set<SearchLocale>();
  const whole = new Set<SearchLocale>();
  const entries = new Map<string, EntryChange>();
  for (const { target, documentId, locale: only } of changes) {
    if (!isJobTarget(target)) throw new Error(`a change has an unknown target "${target}"`);
    for (const locale of isSearchLocale(only) ? [only] : SEARCH_LOCALES) {
      if (target === 'settings') settings.add(locale);
      else if (target === 'all') whole.add(locale);
      else if (documentId) entries.set(`${target}|${documentId}|${locale}`, { kind: target, documentId, locale });
    }
  }
  const redone = (e: EntryChange) => settings.has(e.locale) || whole.has(e.locale);
  return { settings, whole, entries: [...entries.values()].filter((e) => !redone(e)) };
}
