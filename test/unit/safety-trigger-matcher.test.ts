import { createAnalyzer } from '@botkb/search';
import { SafetyTriggerMatcher, type SafetyTrigger } from '../../cms/src/bot/safety-trigger-matcher';

const emergency: SafetyTrigger = {
  slug: 'hatatilanne',
  target: { kind: 'path', documentId: 'd1', slug: 'tarvitsen-apua-nyt' },
  phrases: ['rintakipu', 'ei herää', 'kipu rinnassa'],
};
const matcher = new SafetyTriggerMatcher(createAnalyzer({ locale: 'fi', stopWords: ['mitä', 'mun'] }), [emergency]);

describe('SafetyTriggerMatcher', () => {
  it('matches inflected and reordered phrase words', () => {
    expect(matcher.match('kovaa kipua rinnassa')?.slug).toBe('hatatilanne');
    expect(matcher.match('rintakipua illalla')?.slug).toBe('hatatilanne');
  });

  it('matches any form of the negation verb ("eikä herää" for "ei herää")', () => {
    expect(matcher.match('mies makaa lattialla eikä herää')?.slug).toBe('hatatilanne');
    expect(matcher.match('isä ei herää')?.slug).toBe('hatatilanne');
  });

  it('forgives one typo, swapped letters included, in longer words', () => {
    expect(matcher.match('kova rintakpiu mitä teen')?.slug).toBe('hatatilanne');
    expect(matcher.match('kova rintakipuu')?.slug).toBe('hatatilanne');
    expect(matcher.match('kova rntkpiu')).toBeNull();
  });

  it('names the phrase that matched', () => {
    expect(matcher.matchPhrase('kovaa kipua rinnassa')).toMatchObject({ trigger: emergency, phrase: 'kipu rinnassa' });
    expect(matcher.matchPhrase('mies makaa lattialla eikä herää')?.phrase).toBe('ei herää');
    expect(matcher.matchPhrase('rintasyövän seulonta')).toBeNull();
  });

  it('does not fire on questions without the phrase', () => {
    expect(matcher.match('herään aina aamulla kipeänä')).toBeNull();
    expect(matcher.match('rintasyövän seulonta')).toBeNull();
    expect(matcher.match('')).toBeNull();
  });
});
