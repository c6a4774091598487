import type { AnswerDecision, AnswerDecisionReason } from '@botkb/contract';
import type { SearchLocale } from '@botkb/search';

/** The parts of a ranked candidate's score the decision reads (see relevanceScore in @botkb/search). */
export interface DecidedCandidate {
  /** The score: 0.4 × coverage + 0.6 × n-gram similarity. */
  _confidence?: number;
  /** The n-gram part: how much the question's own words resemble the entry's title, phrasings or body. */
  _gram?: number;
}

/**
 * How far under the locale's threshold a clear winner may score and still be answered. Measured on the eval's
 * tuning half: most Finnish misses had the right entry first, just under the threshold. Swedish 0: there the
 * band answered no more eval questions and 3 more of the usage generator's out-of-scope questions.
 */
export const NEAR_THRESHOLD: Record<SearchLocale, number> = { fi: 0.05, sv: 0 };

/**
 * The n-gram similarity a near-threshold candidate needs: an out-of-scope question that gets near the
 * threshold mostly does so through the coverage of one common word ("kalastuslupa mistä ostetaan": 0.08).
 */
export const MIN_NEAR_GRAM = 0.1;

/**
 * The lead over the runner-up a near-threshold candidate needs (a clear winner, not a near-tie). Without it
 * the band answered 15 more of the usage generator's 161 Finnish out-of-scope questions; with it, 3.
 */
export const MIN_NEAR_LEAD = 0.08;

const scoreOf = (c: DecidedCandidate) => c._confidence ?? 0;
const gramOf = (c: DecidedCandidate) => c._gram ?? 0;

/** What a candidate is decided on: the score it needs, its lead over the runner-up, the locale's near band. */
export interface DecisionTerms {
  needed: number;
  /** Its score minus the best other entry's (its own score when it has no rival). */
  lead: number;
  near: number;
}

/** Why a candidate is, or is not, answered. */
export function decisionReason(
  candidate: DecidedCandidate,
  { needed, lead, near }: DecisionTerms,
): AnswerDecisionReason {
  const score = scoreOf(candidate);
  if (score >= needed) return 'above_threshold';
  if (score < needed - near) return 'below_threshold';
  if (gramOf(candidate) < MIN_NEAR_GRAM) return 'near_threshold_one_word';
  return lead >= MIN_NEAR_LEAD ? 'near_threshold_clear_winner' : 'near_threshold_close_rival';
}

const ANSWERED: ReadonlySet<AnswerDecisionReason> = new Set(['above_threshold', 'near_threshold_clear_winner']);

/** Whether a candidate is confident enough to be answered (the answer decision). */
export function isConfident(candidate: DecidedCandidate, terms: DecisionTerms): boolean {
  return ANSWERED.has(decisionReason(candidate, terms));
}

/**
 * The decision as the workbench explains it: for the answer, why it was answered; unanswered, why the best
 * candidate was not (null without candidates). `ownAudience`: for another audience's entry (`terms.needed`
 * above the threshold), the terms it would be answered on were it for the asked audience.
 */
export function explainDecision(
  candidate: DecidedCandidate | null,
  answered: boolean,
  terms: DecisionTerms,
  ownAudience?: DecisionTerms,
): AnswerDecision | null {
  if (!candidate) return null;
  const reason = decisionReason(candidate, terms);
  // Confident for the asked audience but not answered: another audience's entry needs a margin (pickAnswer).
  const otherAudience = ownAudience !== undefined && isConfident(candidate, ownAudience);
  return {
    answered,
    reason: !answered && (otherAudience || ANSWERED.has(reason)) ? 'other_audience_not_strong' : reason,
    score: scoreOf(candidate),
    gram: gramOf(candidate),
    lead: terms.lead,
    needed: terms.needed,
    nearFloor: terms.needed - terms.near,
    minGram: MIN_NEAR_GRAM,
    minLead: MIN_NEAR_LEAD,
  };
}
