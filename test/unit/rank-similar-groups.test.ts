import { MAX_SIMILAR_GROUPS } from '@botkb/contract';
import type { SuggestionQuality } from '../../cms/src/analytics/measure-suggestions';
import { rankSimilarGroups, SUGGESTION_FLOOR } from '../../cms/src/analytics/rank-similar-groups';
import { suggestSimilarGroups, SHORTLIST } from '../../cms/src/analytics/suggest-similar-groups';
import {
  demoAsked,
  demoKey as key,
  demoSynonyms,
  expectSuggestionBounds,
  measureDemoSuggestions,
  SUGGESTION_BOUNDS_TITLE,
  type SuggestionBounds,
} from '../helpers/suggestion-quality';

/** Groups of Finnish questions, one inner list (its forms) per group, ids from 1. */
const groupsOf = (...forms: string[][]) => forms.map((f, i) => ({ id: i + 1, keys: f.map((q) => key('fi', q)) }));
const ids = (found: Array<{ id: number }>) => found.map((s) => s.id);

describe('rankSimilarGroups', () => {
  const groups = groupsOf(
    ['onko terveysasemalla ilmaista parkkia'],
    ['terveysaseman parkkipaikka maksullinen', 'parkkipaikka terveysasemalla'],
    ['onko terveysasemalla wifi'],
    ['kirjaston aukioloajat'],
    ['saako koiran tuoda terveysasemalle'],
  );

  it('suggests a reworded group through a compound part, with the words that relate them', () => {
    const [best] = rankSimilarGroups(groups[0], groups);
    expect(best.id).toBe(2);
    expect(best.shared).toContain('terveysasem');
    expect(best.related).toContainEqual(['park', 'parkkipaik']);
  });

  it('never suggests the group itself or a group sharing no word, related word or synonym', () => {
    for (const g of groups) expect(ids(rankSimilarGroups(g, groups, { floor: 0 }))).not.toContain(g.id);
    expect(ids(rankSimilarGroups(groups[3], groups, { floor: 0 }))).toEqual([]);
  });

  it('joins words the search vocabulary lists as synonyms, and only then', () => {
    const pair = groupsOf(['terkkarin aukioloajat'], ['milloin terveyskeskus on auki'], ['kirjaston aukioloajat']);
    const synonyms = demoSynonyms().fi;
    const without = rankSimilarGroups(pair[0], pair, { floor: 0 });
    const withSynonyms = rankSimilarGroups(pair[0], pair, { floor: 0, synonyms });
    expect(ids(without)).not.toContain(2);
    expect(withSynonyms[0].id).toBe(2);
    expect(withSynonyms[0].related).toContainEqual(['terkkar', 'terveyskeskus']);
  });

  it('ranks first the group whose labels lead the bot to the same entry, if they share a word', () => {
    const wifi = groupsOf(
      ['onko terveysasemalla wifi'],
      ['saako koiran tuoda terveysasemalle'],
      ['onko terveysasemalla langaton verkko'],
      ['langaton kuulokemikrofoni'],
    );
    const candidates = new Map([
      [1, ['answer:verkkoyhteys', 'answer:koirat']],
      [2, ['answer:koirat']],
      [3, ['answer:verkkoyhteys']],
      [4, ['answer:verkkoyhteys']],
    ]);
    const words = rankSimilarGroups(wifi[0], wifi, { floor: 0 });
    const withBot = rankSimilarGroups(wifi[0], wifi, { candidates, floor: 0 });
    expect(words.find((s) => s.id === 3)!.score).toBeLessThan(words.find((s) => s.id === 2)!.score + 0.05);
    expect(withBot[0]).toMatchObject({ id: 3, sameCandidate: 'answer:verkkoyhteys' });
    expect(ids(withBot)).not.toContain(4);
  });

  it('counts a typo of a word as that word, so many typo forms do not make a general word weigh more', () => {
    const typos = groupsOf(
      ['onko terveysasemalla wifi'],
      ['kadotin lompakon terveysasemalle', 'kadotin lompakon tervyesasemalle', 'kadotin lompakon terveyssaemalle'],
      ['kadotin lompakon terveysasemalle'],
    );
    const [a, b] = rankSimilarGroups(typos[0], typos, { floor: 0 });
    expect(a.score).toBeCloseTo(b.score, 6);
  });

  it(`answers at most ${MAX_SIMILAR_GROUPS} groups at or above the floor, best first`, () => {
    const many = groupsOf(...Array.from({ length: 12 }, (_, i) => [`terveysasema kysymys${'abcdefghijkl'[i]}nen`]));
    const found = rankSimilarGroups(many[0], many, { floor: 0 });
    expect(found.length).toBe(MAX_SIMILAR_GROUPS);
    const scores = found.map((s) => s.score);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
    for (const s of rankSimilarGroups(many[0], many)) expect(s.score).toBeGreaterThanOrEqual(SUGGESTION_FLOOR);
  });
});

describe('suggestSimilarGroups', () => {
  it(`asks the bot only about the target and the ${SHORTLIST} best groups by words`, async () => {
    const many = groupsOf(...Array.from({ length: 30 }, (_, i) => [`terveysasema kysymys${i}`]));
    const asked: number[] = [];
    await suggestSimilarGroups(many[0], many, { candidatesOf: async (id) => (asked.push(id), []) });
    expect(asked.length).toBe(SHORTLIST + 1);
    expect(asked[0]).toBe(1);
  });
});

describe("merge suggestions on the demo history's unanswered groups against the generator's intents (words only)", () => {
  let quality: SuggestionQuality[];
  beforeAll(async () => {
    quality = await measureDemoSuggestions(demoAsked());
  });

  // Measured: fi recall@3 0.586, precision@3 0.743, every first suggestion accepted 56 groups (1.27) at purity 0.821;
  // sv 0.414, 0.667, 25 (1.32), 0.80. With the bot's candidates: test/integration/similar-groups.test.ts. The figures
  // follow the demo content (its synonyms, and the usage generator's draws, which take the content as input). Once the
  // grouping joins variants one word apart (issue 15) the siblings left are harder: fi 0.459, 0.667, 59 (1.34), 0.847;
  // sv 0.346, 0.667, 26 (1.37), 0.846. Once the grouping also joins Swedish questions apart only by "nytt", "tar",
  // "gått" or a linked compound (sv 34 → 28 groups at purity 1), fi 60 siblings, 0.467, 0.667, 58 (1.32), 0.845; sv
  // keeps 15 groups with a sibling, and they share no word with it, or only a part of 3 letters ("elavbrott",
  // "strömmen är borta"; "höstlov", "skolornas lov"): words suggest none of them (3 suggestions, all wrong; 26 groups,
  // 1.37, 0.923), so Swedish recall and precision are not bounded here.
  const bounds: SuggestionBounds[] = [
    ['fi', 50, 0.45, 0.65, 1.33, 0.83],
    ['sv', 12, null, null, 1.38, 0.9],
  ];
  it.each(bounds)(SUGGESTION_BOUNDS_TITLE, (...b) => expectSuggestionBounds(quality, b));
});
