import { similarReasons } from '../../admin-ui/src/unanswered/similar-reasons';
import { enApp } from '../../admin-ui/src/i18n/en';

/** Looks a key up in the English catalog and fills its %{placeholders}. */
const translate = (key: string, options: Record<string, unknown> = {}) => {
  const path = key.replace(/^app\./, '').split('.');
  const text = path.reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], enApp) as string;
  return text.replace(/%\{(\w+)\}/g, (_, name: string) => String(options[name]));
};

describe('similarReasons', () => {
  it('says which words are the same, which are related and which entry the bot offers both groups', () => {
    const reasons = similarReasons(
      {
        sharedWords: ['terveysasemalla'],
        relatedWords: [{ word: 'parkkia', other: 'parkkipaikka' }],
        sameCandidate: { kind: 'answer', slug: 'pysakointi', title: 'Pysäköinti' },
      },
      translate,
    );
    expect(reasons).toEqual([
      'Same words: terveysasemalla',
      'Related words: parkkia ~ parkkipaikka',
      'The bot offers both “Pysäköinti”',
    ]);
  });

  it('leaves out a kind of reason the suggestion does not have', () => {
    const only = { sharedWords: [], relatedWords: [{ word: 'wifi', other: 'verkko' }], sameCandidate: null };
    expect(similarReasons(only, translate)).toEqual(['Related words: wifi ~ verkko']);
  });
});
