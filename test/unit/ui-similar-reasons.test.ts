import { similarReasons } from '../../admin-ui/src/unanswered/similar-reasons';
import { enApp } from '../../admin-ui/src/i18n/en';

/** Looks a key up in the English catalog, picks the singular or plural by smart_count and fills %{placeholders}. */
const translate = (key: string, options: Record<string, unknown> = {}) => {
  const path = key.replace(/^app\./, '').split('.');
  const forms = path.reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], enApp) as string;
  const [one, many] = forms.split(' |||| ');
  const text = options.smart_count === undefined || options.smart_count === 1 ? one : (many ?? one);
  return text.replace(/%\{(\w+)\}/g, (_, name: string) => String(options[name]));
};

describe('similarReasons', () => {
  it('says which words are the same, which are related and which entry the bot offers both groups', () => {
    const reasons = similarReasons(
      {
        sharedWords: ['terveysasemalla'],
        relatedWords: [{ word: 'parkkia', other: 'parkkipaikka' }],
        sameCandidate: { kind: 'answer', slug: 'pysakointi', title: 'Pysäköinti' },
        rephraseConversations: 0,
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
    const only = {
      sharedWords: [],
      relatedWords: [{ word: 'wifi', other: 'verkko' }],
      sameCandidate: null,
      rephraseConversations: 0,
    };
    expect(similarReasons(only, translate)).toEqual(['Related words: wifi ~ verkko']);
  });

  it("says in how many conversations residents reworded one group's question as the other's", () => {
    const reworded = { sharedWords: [], relatedWords: [], sameCandidate: null, rephraseConversations: 2 };
    expect(similarReasons(reworded, translate)).toEqual(['Residents reworded one as the other in 2 conversations']);
    const once = { ...reworded, rephraseConversations: 1 };
    expect(similarReasons(once, translate)).toEqual(['Residents reworded one as the other in 1 conversation']);
  });
});
