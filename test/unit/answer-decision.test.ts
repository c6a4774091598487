import {
  MIN_NEAR_GRAM,
  MIN_NEAR_LEAD,
  NEAR_THRESHOLD,
  decisionReason,
  explainDecision,
  isConfident,
} from '../../cms/src/bot/answer-decision';

const THRESHOLD = 0.32;
const NEAR_BAND = NEAR_THRESHOLD.fi;
const scored = (score: number, gram: number) => ({ _confidence: score, _gram: gram });
const NEAR = THRESHOLD - NEAR_BAND / 2;
const terms = (lead: number, near = NEAR_BAND) => ({ needed: THRESHOLD, lead, near });

describe('the answer decision: a clear winner just under the threshold is answered', () => {
  it('answers at the threshold whatever the n-gram part and the lead', () => {
    expect(decisionReason(scored(THRESHOLD, 0), terms(0))).toBe('above_threshold');
    expect(isConfident(scored(THRESHOLD, 0), terms(0))).toBe(true);
  });

  it('answers just under the threshold when the question resembles the entry and it leads clearly', () => {
    expect(decisionReason(scored(NEAR, MIN_NEAR_GRAM), terms(MIN_NEAR_LEAD))).toBe('near_threshold_clear_winner');
    expect(isConfident(scored(NEAR, MIN_NEAR_GRAM), terms(MIN_NEAR_LEAD))).toBe(true);
    expect(isConfident(scored(THRESHOLD - NEAR_BAND, MIN_NEAR_GRAM), terms(MIN_NEAR_LEAD))).toBe(true);
  });

  it('does not answer a near score made by matching one word, or with a close runner-up', () => {
    expect(decisionReason(scored(NEAR, MIN_NEAR_GRAM - 0.01), terms(1))).toBe('near_threshold_one_word');
    expect(decisionReason(scored(NEAR, 1), terms(MIN_NEAR_LEAD - 0.01))).toBe('near_threshold_close_rival');
    expect(isConfident(scored(NEAR, MIN_NEAR_GRAM - 0.01), terms(1))).toBe(false);
    expect(isConfident(scored(NEAR, 1), terms(MIN_NEAR_LEAD - 0.01))).toBe(false);
  });

  it('does not answer further under the threshold, nor near it in a locale without a near band (sv)', () => {
    expect(decisionReason(scored(THRESHOLD - NEAR_BAND - 0.001, 1), terms(1))).toBe('below_threshold');
    expect(NEAR_THRESHOLD.sv).toBe(0);
    expect(isConfident(scored(NEAR, 1), terms(1, NEAR_THRESHOLD.sv))).toBe(false);
  });

  it('explains the answer, an unanswered best candidate, and a confident entry of another audience', () => {
    expect(explainDecision(scored(NEAR, 0.2), true, terms(0.1))).toEqual({
      answered: true,
      reason: 'near_threshold_clear_winner',
      score: NEAR,
      gram: 0.2,
      lead: 0.1,
      needed: THRESHOLD,
      nearFloor: THRESHOLD - NEAR_BAND,
      minGram: MIN_NEAR_GRAM,
      minLead: MIN_NEAR_LEAD,
    });
    expect(explainDecision(scored(0.1, 0.05), false, terms(0))?.reason).toBe('below_threshold');
    // Another audience's entry needs the threshold + a margin: confident at the threshold, it is explained so.
    const otherTerms = { needed: THRESHOLD + 0.1, lead: 0.1, near: NEAR_BAND };
    const other = explainDecision(scored(0.35, 0.3), false, otherTerms, terms(0.1));
    expect(other).toMatchObject({ reason: 'other_audience_not_strong', needed: THRESHOLD + 0.1, score: 0.35 });
    expect(explainDecision(scored(0.35, 0.3), false, otherTerms)?.reason).toBe('below_threshold');
    expect(explainDecision(scored(0.2, 0.3), false, otherTerms, terms(0.1))?.reason).toBe('below_threshold');
    expect(explainDecision(null, false, terms(0))).toBeNull();
  });
});
