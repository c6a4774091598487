import type { AnswerDecision, AnswerDecisionReason } from '@botkb/contract';

/** The parts of a ranked candidate's score the decision reads (see relevanceScore in @botkb/search). */
export interface DecidedCandidate {
  /** The score: 0.4 × coverage + 0.6 × n-gram similarity. */
  _confidence?: number;
  /** The n-gram part: how much the question's own words resemble the entry's title, phrasings or body. */
  _gram?: number;
}

/**
 * How far under the threshold a candidate may score and still be answered when the question resembles it
 * (MIN_NEAR_GRAM). Measured on the eval's tuning half: most Finnish misses had the right entry first, just under
 * the threshold; within 0.05 of it, out-of-scope questions matched one word of an entry and little else.
 */
export const NEAR_THRESHOLD = 0.05;

/**
 * The n-gram similarity a near-threshold candidate needs. An out-of-scope question that reaches the threshold's
 * neighbourhood does so through the coverage of one common word ("kalastuslupa mistä ostetaan": 0.08), an
 * in-scope one also shares character n-grams with the entry ("palvelutalopaikka mummole": 0.14). A lead over
 * the runner-up was measured too and separated nothing the n-gram part did not.
 */
export const MIN_NEAR_GRAM = 0.1;

const scoreOf = (c: DecidedCandidate) => c._confidence ?? 0;
const gramOf = (c: DecidedCandidate) => c._gram ?? 0;

/** Why a candidate is, or is not, answered at the score it needs (`needed`: the locale's threshold or more). */
export function decisionReason(candidate: DecidedCandidate, needed: number): AnswerDecisionReason {
  const score = scoreOf(candidate);
  if (score >= needed) return 'above_threshold';
  if (score < needed - NEAR_THRESHOLD) return 'below_threshold';
  return gramOf(candidate) >= MIN_NEAR_GRAM ? 'near_threshold_resembles' : 'near_threshold_one_word';
}

const ANSWERED: ReadonlySet<AnswerDecisionReason> = new Set(['above_threshold', 'near_threshold_resembles']);

/** Whether a candidate is confident enough to be answered when it needs `needed` (the answer decision). */
export function isConfident(candidate: DecidedCandidate, needed: number): boolean {
  return ANSWERED.has(decisionReason(candidate, needed));
}

/**
 * The decision as the workbench explains it: for the answer, why it was answered; unanswered, why the best
 * candidate was not (null without candidates). `needed` is the score the candidate had to reach.
 */
export function explainDecision(
  candidate: DecidedCandidate | null,
  answered: boolean,
  needed: number,
): AnswerDecision | null {
  if (!candidate) return null;
  const reason = decisionReason(candidate, needed);
  return {
    answered,
    // Confident but not answered: another audience's entry needs a margin above the threshold (pickAnswer).
    reason: !answered && ANSWERED.has(reason) ? 'other_audience_not_strong' : reason,
    score: scoreOf(candidate),
    gram: gramOf(candidate),
    needed,
    nearFloor: needed - NEAR_THRESHOLD,
    minGram: MIN_NEAR_GRAM,
  };
}
