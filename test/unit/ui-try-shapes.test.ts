import { decisionOf, shapeCandidates, shapeWordRows, verdictOf } from '../../admin-ui/src/try/shape-try-result';
import type { TryCandidate, TryResult, TryWord } from '../../admin-ui/src/types';

const term = (t: string, extra: Partial<TryWord['terms'][number]> = {}) => ({
  term: t,
  correctedTo: null,
  synonyms: [],
  known: true,
  ...extra,
});
const candidate = (
  slug: string,
  role: TryCandidate['role'],
  score: number,
  terms: Array<[string, number]>,
): TryCandidate => ({
  role,
  slug,
  kind: 'answer',
  title: `Title ${slug}`,
  locale: 'fi',
  score,
  coverage: score,
  gram: score,
  adminUrl: `/admin/${slug}`,
  terms: terms.map(([t, match]) => ({
    term: t,
    weight: 1 / terms.length,
    match,
    field: match ? 's_title' : null,
    variant: match ? t : null,
  })),
});
const result = (words: TryWord[], candidates: TryCandidate[], answered = true): TryResult => ({
  content: 'published',
  answered,
  answer: answered
    ? {
        slug: candidates[0].slug,
        kind: 'answer',
        title: candidates[0].title,
        locale: 'fi',
        score: candidates[0].score,
        adminUrl: '/admin/a',
      }
    : null,
  suggestions: [],
  threshold: 0.32,
  explanation: { words, trigger: null, fallback: false, candidates, decision: null },
});

describe('shapeWordRows', () => {
  const words: TryWord[] = [
    { word: 'miten', how: 'stop', terms: [] },
    { word: 'x', how: 'short', terms: [] },
    { word: 'hammaslääkäriajan', how: 'compound', terms: [term('hammaslääkär'), term('aja')] },
    { word: 'kotihoidno', how: 'stem', terms: [term('kotihoidno', { correctedTo: 'kotihoito' })] },
    { word: 'lekuri', how: 'stem', terms: [term('lekur', { synonyms: ['lääkär'] })] },
    { word: 'zqxwv', how: 'stem', terms: [term('zqxwv', { known: false })] },
    { word: 'ajanvaraus', how: 'stem', terms: [term('ajanvaraus')] },
  ];
  const best = candidate('a', 'answer', 0.6, [
    ['hammaslääkär', 1],
    ['aja', 0.55],
    ['kotihoito', 1],
    ['lekur', 1],
    ['zqxwv', 0],
    ['ajanvaraus', 0],
  ]);

  it('names how each word was recognized and what was searched', () => {
    const rows = shapeWordRows(result(words, [best]));
    expect(rows.map((r) => [r.word, r.recognition, r.searchedAs])).toEqual([
      ['miten', 'stop', ''],
      ['x', 'short', ''],
      ['hammaslääkäriajan', 'compound', 'hammaslääkär + aja'],
      ['kotihoidno', 'typo', 'kotihoito'],
      ['lekuri', 'synonym', 'lekur'],
      ['zqxwv', 'unknown', 'zqxwv'],
      ['ajanvaraus', 'stem', 'ajanvaraus'],
    ]);
    expect(rows[4].synonyms).toEqual(['lääkär']);
  });

  it('reads coverage from the answer (a compound by its weakest part, a typo by its corrected form) and hints what to add', () => {
    const rows = shapeWordRows(result(words, [best]));
    expect(rows.map((r) => r.match)).toEqual([null, null, 0.55, 1, 1, 0, 0]);
    expect(rows.map((r) => r.hint?.key ?? null)).toEqual([null, null, 'weak', null, null, 'unknown', 'not_covered']);
    expect(rows[6].hint?.params).toEqual({ word: 'ajanvaraus', title: 'Title a' });
  });

  it('gives no hint for a number (a phone number is no phrasing or synonym)', () => {
    const numbers: TryWord[] = [
      { word: '040', how: 'stem', terms: [term('040', { known: false })] },
      { word: '1.12.', how: 'stem', terms: [term('1.12.', { known: false })] },
    ];
    const rows = shapeWordRows(result([...numbers, words[5]], [best]));
    expect(rows.map((r) => r.hint?.key ?? null)).toEqual([null, null, 'unknown']);
  });

  it('hints on unknown words even when nothing was found', () => {
    const rows = shapeWordRows(result(words, [], false));
    expect(rows.map((r) => r.hint?.key ?? null)).toEqual([null, null, null, null, null, 'unknown', null]);
  });
});

describe('shapeCandidates and verdictOf', () => {
  it('lists the answer and runner-ups with score parts, the threshold and the Finnish fallback', () => {
    const runnerUp = { ...candidate('b', 'suggestion', 0.2, []), locale: 'fi' as const, coverage: 0.1, gram: 0.27 };
    const rows = shapeCandidates(result([], [candidate('a', 'answer', 0.6, []), runnerUp]), 'sv');
    expect(
      rows.map((r) => [r.role, r.score, r.coverage, r.gram, r.reachesThreshold, r.otherLocale, r.adminUrl]),
    ).toEqual([
      ['answer', 0.6, 0.6, 0.6, 'yes', true, '/admin/a'],
      ['suggestion', 0.2, 0.1, 0.27, 'no', true, '/admin/b'],
    ]);
    // The answer decision answered a clear winner just under the threshold: the table says so, not "No".
    const near = shapeCandidates(result([], [candidate('a', 'answer', 0.3, []), runnerUp]), 'fi');
    expect(near.map((r) => r.reachesThreshold)).toEqual(['near', 'no']);
  });

  it('says whether the bot answers, urgently, below the threshold or not at all', () => {
    const answered = result([], [candidate('a', 'answer', 0.6, [])]);
    expect(verdictOf(answered)).toEqual({ key: 'answered', score: 0.6 });
    expect(verdictOf({ ...answered, answer: { ...answered.answer!, urgent: true } })).toEqual({
      key: 'urgent',
      score: null,
    });
    expect(verdictOf(result([], [candidate('b', 'suggestion', 0.2, [])], false))).toEqual({
      key: 'unanswered',
      score: 0.2,
    });
    expect(verdictOf(result([], [], false))).toEqual({ key: 'nothing', score: null });
  });

  it("reads why the bot answers or not from the ranking's own decision, and none for a safety trigger", () => {
    const answered = result([], [candidate('a', 'answer', 0.29, [])]);
    const decision = {
      answered: true,
      reason: 'near_threshold_clear_winner' as const,
      score: 0.29,
      gram: 0.14,
      lead: 0.12,
      needed: 0.32,
      nearFloor: 0.27,
      minGram: 0.1,
      minLead: 0.08,
    };
    const decided = { ...answered, explanation: { ...answered.explanation, decision } };
    expect(decisionOf(decided)).toEqual({
      key: 'near_threshold_clear_winner',
      numbers: { score: 0.29, gram: 0.14, lead: 0.12, needed: 0.32, floor: 0.27, minGram: 0.1, minLead: 0.08 },
    });
    expect(decisionOf(answered)).toBeNull();
    expect(decisionOf({ ...decided, answer: { ...decided.answer!, urgent: true } })).toBeNull();
  });

  it('explains a score under the threshold only where a near band lies under it (the verdict says the rest)', () => {
    const unanswered = result([], [candidate('b', 'suggestion', 0.25, [])], false);
    const below = (nearFloor: number) => ({
      ...unanswered,
      explanation: {
        ...unanswered.explanation,
        decision: {
          answered: false,
          reason: 'below_threshold' as const,
          score: 0.25,
          gram: 0.15,
          lead: 0.09,
          needed: 0.32,
          nearFloor,
          minGram: 0.1,
          minLead: 0.08,
        },
      },
    });
    expect(decisionOf(below(0.27))?.key).toBe('below_threshold');
    expect(decisionOf(below(0.27))?.numbers.floor).toBe(0.27);
    expect(decisionOf(below(0.32))).toBeNull();
  });
});
