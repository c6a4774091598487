import { OTHER_AUDIENCE_LEAD, OTHER_AUDIENCE_MARGIN, pickAnswer } from '../../cms/src/bot/pick-answer';
import { MIN_NEAR_GRAM, MIN_NEAR_LEAD, NEAR_THRESHOLD } from '../../cms/src/bot/answer-decision';

const hit = (slug: string, audience: string, score: number) => ({ slug, audience, _confidence: score });
const THRESHOLD = 0.32;
const NEAR = NEAR_THRESHOLD.fi;

describe('pickAnswer: the asked audience is a preference, not a filter', () => {
  it("answers another audience when its entry is clearly stronger than the asked audience's", () => {
    const resident = hit('ajanvaraus-terveysasema', 'resident', 0.69);
    const business = hit('yrityksen-tilat', 'business', THRESHOLD);
    expect(pickAnswer([[resident, business]], THRESHOLD, 'business')).toBe(resident);
  });

  it('keeps the asked audience first when the other is stronger but not clearly', () => {
    const asked = hit('asked', 'business', 0.5);
    const other = hit('other', 'resident', 0.5 + OTHER_AUDIENCE_LEAD - 0.01);
    expect(pickAnswer([[other, asked]], THRESHOLD, 'business')).toBe(asked);
  });

  it('needs the margin above the threshold for another audience, lead or not', () => {
    const asked = hit('asked', 'business', THRESHOLD);
    const weakOther = hit('other', 'resident', THRESHOLD + OTHER_AUDIENCE_MARGIN - 0.01);
    expect(pickAnswer([[weakOther, asked]], THRESHOLD, 'business')).toBe(asked);
    expect(pickAnswer([[weakOther]], THRESHOLD, 'business')).toBeNull();
    const strongOther = hit('other', 'resident', THRESHOLD + OTHER_AUDIENCE_MARGIN);
    expect(pickAnswer([[strongOther]], THRESHOLD, 'business')).toBe(strongOther);
  });

  it("prefers the asked locale's list, and answers the best candidate when no audience is asked", () => {
    const own = hit('own', 'resident', 0.4);
    const fallback = hit('fallback', 'resident', 0.9);
    expect(pickAnswer([[own], [fallback]], THRESHOLD, 'resident')).toBe(own);
    expect(pickAnswer([[hit('a', 'staff', 0.5), own]], THRESHOLD, undefined)?.slug).toBe('a');
    expect(pickAnswer([[hit('low', 'resident', 0.1)]], THRESHOLD, undefined)).toBeNull();
  });

  it('answers a clear winner just under the threshold (the answer decision), not a near-tie', () => {
    const near = (gram: number) => ({ ...hit('near', 'resident', THRESHOLD - NEAR), _gram: gram });
    const rival = (lead: number) => hit('rival', 'resident', THRESHOLD - NEAR - lead);
    expect(pickAnswer([[near(MIN_NEAR_GRAM), rival(MIN_NEAR_LEAD)]], THRESHOLD, undefined, NEAR)?.slug).toBe('near');
    expect(pickAnswer([[near(MIN_NEAR_GRAM - 0.01)]], THRESHOLD, undefined, NEAR)).toBeNull();
    expect(pickAnswer([[near(1), rival(MIN_NEAR_LEAD - 0.01)]], THRESHOLD, undefined, NEAR)).toBeNull();
    expect(pickAnswer([[near(1)]], THRESHOLD, undefined)).toBeNull();
    // Another audience's entry needs the margin more, near band included.
    expect(pickAnswer([[near(1)]], THRESHOLD - OTHER_AUDIENCE_MARGIN, 'business', NEAR)?.slug).toBe('near');
    expect(pickAnswer([[near(1)]], THRESHOLD, 'business', NEAR)).toBeNull();
  });

  it("keeps the near band to the asked locale's list: another locale's untranslated entry needs the threshold", () => {
    const fallback = { ...hit('fallback', 'resident', THRESHOLD - NEAR / 2), _gram: 1 };
    expect(pickAnswer([[], [fallback]], THRESHOLD, undefined, NEAR)).toBeNull();
    expect(pickAnswer([[fallback]], THRESHOLD, undefined, NEAR)?.slug).toBe('fallback');
  });
});
