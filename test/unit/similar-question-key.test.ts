import { similarQuestionKeys } from '../../cms/src/analytics/similar-question-key';

describe('similarQuestionKeys (grouping unanswered questions)', () => {
  it('matches typos within the allowance, term by term in any order', () => {
    expect(similarQuestionKeys(['koir', 'terveysasem', 'tuod'], ['koir', 'terveysasem', 'tuod'])).toBe(true);
    expect(similarQuestionKeys(['koir', 'terveysasem', 'tuod'], ['koir', 'terveysasm', 'tuodd'])).toBe(true);
    expect(similarQuestionKeys(['koir', 'terveysasem', 'tuod'], ['kisa', 'terveysasem', 'tuod'])).toBe(false);
    expect(similarQuestionKeys(['auto'], ['auta'])).toBe(true);
    expect(similarQuestionKeys(['uni'], ['uno'])).toBe(false); // no typos in short words
  });

  it('matches a compound written as two words, in either term order', () => {
    expect(similarQuestionKeys(['asem', 'koir', 'tervey', 'tuod'], ['koir', 'terveysasem', 'tuod'])).toBe(true);
    expect(similarQuestionKeys(['koir', 'terveysasem', 'tuod'], ['asem', 'koir', 'tervey', 'tuod'])).toBe(true);
    expect(similarQuestionKeys(['kirjasto', 'koir', 'tuod'], ['koir', 'terveysasem', 'tuod'])).toBe(false);
  });

  it('keeps different questions apart', () => {
    expect(similarQuestionKeys(['ilmain', 'pysäköin', 'terveysasem'], ['koir', 'terveysasem', 'tuod'])).toBe(false);
    expect(similarQuestionKeys([], [])).toBe(false);
  });
});
