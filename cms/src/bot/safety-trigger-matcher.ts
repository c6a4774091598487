import { editDistance, type Analyzer } from '@botkb/search';

export interface SafetyTrigger {
  slug: string;
  target: { kind: 'answer' | 'path'; documentId: string; slug: string };
  phrases: string[];
}

/** A trigger and the phrase of it that a question contains. */
export interface SafetyTriggerMatch {
  readonly trigger: SafetyTrigger;
  readonly phrase: string;
}

/**
 * Emergency/crisis phrases per locale. A question matches a phrase when every
 * analyzed term of the phrase occurs in the question (inflection, compounds
 * and word order do not matter; one typo — a wrong, missing, extra or swapped letter — allowed in terms of 5+ letters).
 */
export class SafetyTriggerMatcher {
  private readonly phrases: Array<SafetyTriggerMatch & { words: Array<{ stem: string; parts: string[] }> }> = [];

  constructor(
    private readonly analyzer: Analyzer,
    triggers: SafetyTrigger[],
  ) {
    for (const trigger of triggers) {
      for (const phrase of trigger.phrases) {
        const words = analyzer.words(phrase);
        if (words.length) this.phrases.push({ trigger, phrase, words });
      }
    }
  }

  /** The first trigger one of whose phrases the question contains (each phrase word as such or as its compound parts). */
  match(question: string): SafetyTrigger | null {
    return this.matchPhrase(question)?.trigger ?? null;
  }

  /** Like `match`, with the phrase that matched. */
  matchPhrase(question: string): SafetyTriggerMatch | null {
    const terms = this.analyzer.terms(question);
    if (terms.length === 0) return null;
    const has = (t: string) =>
      terms.some((q) => q === t || (t.length >= 5 && q.length >= 5 && editDistance(q, t, 1) <= 1));
    for (const entry of this.phrases) {
      if (entry.words.every((w) => has(w.stem) || (w.parts.length > 1 && w.parts.every(has)))) return entry;
    }
    return null;
  }
}
