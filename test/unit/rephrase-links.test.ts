import { rephraseLinks, type ConversationAsk } from '../../cms/src/analytics/rephrase-links';

const MINUTE = 60_000;
const unanswered = (group: number, minute: number, locale = 'fi'): ConversationAsk => ({
  locale,
  askedAt: minute * MINUTE,
  answered: false,
  group,
});
const answered = (minute: number): ConversationAsk => ({
  locale: 'fi',
  askedAt: minute * MINUTE,
  answered: true,
  group: null,
});
const open = (id: number, total: number) => ({ id, status: 'new', total });

describe('rephraseLinks.pairsOf', () => {
  it('links an unanswered ask to the unanswered ask just before it in another group, smaller id first', () => {
    expect(rephraseLinks.pairsOf([unanswered(7, 0), unanswered(3, 1)])).toEqual([null, { locale: 'fi', a: 3, b: 7 }]);
  });

  it('does not link across an answered ask, within one group, across languages or after the window', () => {
    const late = rephraseLinks.windowMs / MINUTE + 1;
    expect(rephraseLinks.pairsOf([unanswered(1, 0), answered(1), unanswered(2, 2)])).toEqual([null, null, null]);
    expect(rephraseLinks.pairsOf([unanswered(1, 0), unanswered(1, 1)])).toEqual([null, null]);
    expect(rephraseLinks.pairsOf([unanswered(1, 0), unanswered(2, 1, 'sv')])).toEqual([null, null]);
    expect(rephraseLinks.pairsOf([unanswered(1, 0), unanswered(2, late)])).toEqual([null, null]);
  });

  it('counts a conversation once per pair, whichever way round it was reworded', () => {
    const pairs = rephraseLinks.pairsOf([unanswered(1, 0), unanswered(2, 1), unanswered(1, 2), unanswered(3, 3)]);
    expect(pairs).toEqual([null, { locale: 'fi', a: 1, b: 2 }, null, { locale: 'fi', a: 1, b: 3 }]);
  });
});

describe('rephraseLinks.mergeOf', () => {
  const bar = rephraseLinks.minConversations;

  it('merges two open groups, the smaller into the bigger, once enough conversations link them', () => {
    expect(rephraseLinks.mergeOf(bar, open(1, 4), open(2, 10), 1000)).toEqual({ into: 2, from: 1, conversations: bar });
    expect(rephraseLinks.mergeOf(bar, open(5, 6), open(4, 6), 1000)).toEqual({ into: 4, from: 5, conversations: bar });
  });

  it('does not merge below the bar of conversations', () => {
    expect(rephraseLinks.mergeOf(bar - 1, open(1, 4), open(2, 10), 1000)).toBeNull();
  });

  it('does not merge what chance explains: two big groups whose questions often follow each other', () => {
    // Chance neighbours meet in about 400 × 300 ÷ 2000 = 60 conversations: 20 is not a rephrasing.
    expect(rephraseLinks.mergeOf(20, open(1, 400), open(2, 300), 2000)).toBeNull();
    expect(rephraseLinks.mergeOf(20, open(1, 40), open(2, 30), 2000)).not.toBeNull();
  });

  it('tells evidence beyond chance from what chance gives, whichever group is named first', () => {
    expect(rephraseLinks.beyondChance(1, 1, 2, 1000)).toBe(true);
    expect(rephraseLinks.beyondChance(1, 1300, 380, 5000)).toBe(false);
    expect(rephraseLinks.beyondChance(1, 380, 1300, 5000)).toBe(false);
  });

  it.each(['resolved', 'ignored'])('never merges a %s group automatically', (status) => {
    expect(rephraseLinks.mergeOf(50, { id: 1, status, total: 4 }, open(2, 10), 1000)).toBeNull();
    expect(rephraseLinks.mergeOf(50, open(1, 4), { id: 2, status, total: 10 }, 1000)).toBeNull();
  });
});
