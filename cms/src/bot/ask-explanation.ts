import type { QueryWordTrace, SearchLocale, TermCoverage, TermStatistics } from '@botkb/search';
import type { AnswerDecision, RankedAsk } from '@botkb/contract';

/** One analyzed term of a question word, as the ranking searched it. */
export interface TermExplanation {
  /** The term (a stem) the analyzer made of the word or its compound part. */
  term: string;
  /** The knowledge-base term a misspelled term was corrected to, or null. */
  correctedTo: string | null;
  /** Synonyms (Search vocabulary) searched with the term. */
  synonyms: string[];
  /** The knowledge base uses the (corrected) term or has synonyms for it; unknown terms match nothing. */
  known: boolean;
}

export interface WordExplanation {
  /** The word as typed (lower-cased). */
  word: string;
  how: QueryWordTrace['how'];
  terms: TermExplanation[];
}

/** The answer or a runner-up with the parts of its score. */
export interface CandidateExplanation {
  role: 'answer' | 'suggestion';
  slug: string;
  kind: 'answer' | 'path';
  title: string;
  locale: SearchLocale;
  score: number;
  /** Share of the question's terms the entry covers (0–1). */
  coverage: number;
  /** Character n-gram similarity of the question to the entry (0–1). */
  gram: number;
  /** How each searched term counted in `coverage`. */
  terms: TermCoverage[];
}

export interface AskExplanation {
  words: WordExplanation[];
  /** The safety trigger phrase the question contains, if any. */
  trigger: { slug: string; phrase: string } | null;
  /** The answer is a Finnish entry shown for a Swedish question (no Swedish version). */
  fallback: boolean;
  candidates: CandidateExplanation[];
  /** Why the answer was answered or the best candidate was not (answer-decision); null without a ranking. */
  decision: AnswerDecision | null;
}

/** What /analytics-api/try answers: the bot's response, the threshold it applied and why. */
export interface ExplainedAsk extends RankedAsk {
  threshold: number;
  explanation: AskExplanation;
}

/** The search's own test of a term: the index has it, or the vocabulary has synonyms for it. */
export function isKnownTerm(term: string, stats: TermStatistics, synonyms: ReadonlyMap<string, string[]>): boolean {
  return stats.has(term) || synonyms.has(term);
}

/** A misspelled term corrected against the knowledge base's own terms, as the search does it. */
export function correctTerm(term: string, stats: TermStatistics): string {
  return stats.correct(term) ?? term;
}

/** Each question word with the terms the search made of it: corrected, with synonyms, known or not. */
export function explainWords(
  trace: QueryWordTrace[],
  stats: TermStatistics,
  synonyms: ReadonlyMap<string, string[]>,
): WordExplanation[] {
  return trace.map(({ word, how, terms }) => ({
    word,
    how,
    terms: terms.map((term) => {
      const searched = correctTerm(term, stats);
      return {
        term,
        correctedTo: searched === term ? null : searched,
        synonyms: synonyms.get(searched) ?? [],
        known: isKnownTerm(searched, stats, synonyms),
      };
    }),
  }));
}
