import {
  MIN_NEAR_GRAM,
  NEAR_THRESHOLD,
  decisionReason,
  explainDecision,
  isConfident,
} from '../../cms/src/bot/answer-decision';

const THRESHOLD = 0.32;
const scored = (score: number, gram: number) => ({ _confidence: score, _gram: gram });
const NEAR = THRESHOLD - NEAR_THRESHOLD / 2;

describe('the answer decision: a score just under the threshold is answered when the question resembles the entry', () => {
  it('answers at the threshold whatever the n-gram part', () => {
    expect(decisionReason(scored(THRESHOLD, 0), THRESHOLD)).toBe('above_threshold');
    expect(isConfident(scored(THRESHOLD, 0), THRESHOLD)).toBe(true);
  });

  it('answers just under the threshold when the n-gram similarity reaches MIN_NEAR_GRAM', () => {
    expect(decisionReason(scored(NEAR, MIN_NEAR_GRAM), THRESHOLD)).toBe('near_threshold_resembles');
    expect(isConfident(scored(NEAR, MIN_NEAR_GRAM), THRESHOLD)).toBe(true);
    expect(isConfident(scored(THRESHOLD - NEAR_THRESHOLD, MIN_NEAR_GRAM), THRESHOLD)).toBe(true);
  });

  it('does not answer a near score made by matching one word (little n-gram similarity)', () => {
    expect(decisionReason(scored(NEAR, MIN_NEAR_GRAM - 0.01), THRESHOLD)).toBe('near_threshold_one_word');
    expect(isConfident(scored(NEAR, MIN_NEAR_GRAM - 0.01), THRESHOLD)).toBe(false);
  });

  it('does not answer further under the threshold, however similar', () => {
    const far = scored(THRESHOLD - NEAR_THRESHOLD - 0.001, 1);
    expect(decisionReason(far, THRESHOLD)).toBe('below_threshold');
    expect(isConfident(far, THRESHOLD)).toBe(false);
  });

  it('explains the answer, an unanswered best candidate, and a confident entry of another audience', () => {
    expect(explainDecision(scored(NEAR, 0.2), true, THRESHOLD)).toEqual({
      answered: true,
      reason: 'near_threshold_resembles',
      score: NEAR,
      gram: 0.2,
      needed: THRESHOLD,
      nearFloor: THRESHOLD - NEAR_THRESHOLD,
      minGram: MIN_NEAR_GRAM,
    });
    expect(explainDecision(scored(0.1, 0.05), false, THRESHOLD)?.reason).toBe('below_threshold');
    expect(explainDecision(scored(0.35, 0.3), false, THRESHOLD)?.reason).toBe('other_audience_not_strong');
    expect(explainDecision(null, false, THRESHOLD)).toBeNull();
  });
});
