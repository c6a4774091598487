import { translatedText } from '../../cms/src/analytics/translated-text';

/** What a Swedish translation follows in a Finnish answer or path (content health's "Swedish version behind"). */
describe('translatedText', () => {
  const answer = { title: 'Kirjastokortti', body: 'Kortin saa kirjastosta.' };
  const path = {
    name: 'Tarvitsetko apua nyt?',
    description: 'Kiireellisyyden arvio',
    steps: [{ key: 'alku', prompt: 'Onko hätä?', options: [{ key: 'kylla', label: 'Kyllä' }] }],
  };

  it('changes with an answer title or body, not with its phrasings or shared fields', () => {
    const fp = translatedText('answer', answer);
    expect(translatedText('answer', { ...answer, body: `${answer.body} Myös verkossa.` })).not.toBe(fp);
    expect(translatedText('answer', { ...answer, title: 'Kirjastokortti ja PIN' })).not.toBe(fp);
    const republished = { ...answer, phrasings: [{ text: 'miten saan kirjastokortin' }], owner: 'Tiimi' };
    expect(translatedText('answer', republished)).toBe(fp);
  });

  it("changes with a path's name, description, step prompts, option labels and keys", () => {
    const fp = translatedText('path', path);
    const step = path.steps[0];
    expect(translatedText('path', { ...path, description: 'Arvio' })).not.toBe(fp);
    expect(translatedText('path', { ...path, steps: [{ ...step, prompt: 'Onko kyseessä hätä?' }] })).not.toBe(fp);
    expect(
      translatedText('path', { ...path, steps: [{ ...step, options: [{ key: 'kylla', label: 'Kyllä, nyt' }] }] }),
    ).not.toBe(fp);
    expect(translatedText('path', { ...path, steps: [step, { key: 'toinen', prompt: '', options: [] }] })).not.toBe(fp);
    expect(translatedText('path', { ...path, steps: [{ ...step, options: [...step.options] }] })).toBe(fp);
  });
});
