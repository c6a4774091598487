import { suggestedPhrasing } from '../../admin-ui/src/unanswered/suggested-phrasing';

describe('suggestedPhrasing (what the resolve form pre-fills)', () => {
  it('is the newest example, never a stem key', () => {
    expect(
      suggestedPhrasing({ label: '[koira terveysasem tuota]', examples: ['saako koiran tuoda terveysasemalle'] }),
    ).toBe('saako koiran tuoda terveysasemalle');
    expect(
      suggestedPhrasing({
        label: 'Saako koiran tuoda terveysasemalle?',
        examples: ['koiran tuominen terveysasemalle'],
      }),
    ).toBe('koiran tuominen terveysasemalle');
  });

  it('falls back to a real label, and to nothing when the group has only a stem key', () => {
    expect(suggestedPhrasing({ label: 'lähin apteekki', examples: [] })).toBe('lähin apteekki');
    expect(suggestedPhrasing({ label: '[apteek läh]', examples: [] })).toBe('');
  });
});
