import { editDistance, type Analyzer } from '@botkb/search';

export interface SafetyTrigger {
  slug: string;
  target: { kind: 'answer' | 'path'; documentId: string; slug: string };
  phrases: string[];
}

/**
 * Emergency/crisis phrases per locale. A question matches a phrase when every
 * analyzed term of the phrase occurs in the question (inflection, compounds
 * and word order do not matter; one typo — a wrong, missing, extra or swapped letter — allowed in terms of 5+ letters).
 */
export class SafetyTriggerMatcher {
  private readonly phrases: Array<{ trigger: SafetyTrigger; words: Array<{ stem: string; parts: string[] }> }> = [];

  constructor(private readonly analyzer: Analyzer, triggers: SafetyTrigger[]) {
    for (const trigger of triggers) {
      for (const phrase of trigger.phrases) {
        const words = analyzer.words(phrase);
        if (words.length) this.phrases.push({ trigger, words });
      }
    }
  }

  /** The first trigger one of whose phrases the question contains (each phrase word as such or as its compound parts). */
  match(question: string): SafetyTrigger | null {
    const terms = this.analyzer.terms(question);
    if (terms.length === 0) return null;
    const has = (t: string) => terms.some((q) => q === t || (t.length >= 5 && q.length >= 5 && editDistance(q, t, 1) <= 1));
    for (const { trigger, words } of this.phrases) {
      if (words.every((w) => has(w.stem) || (w.parts.length > 1 && w.parts.every(has)))) return trigger;
    }
    return null;
  }
}
