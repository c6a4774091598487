import { titleIn, type CatalogEntry } from '../../cms/src/analytics/content-catalog';
import { markedTitle, titleLocaleFor } from '../../admin-ui/src/common/titleLocale';

const entry = (titles: Record<string, string>): CatalogEntry => ({
  kind: 'answer',
  slug: 'hammashoito',
  documentId: 'd1',
  audience: 'resident',
  titles,
  steps: [],
});

describe('titles in the asked language', () => {
  it('gives the asked locale’s title where the content has it, else Finnish, and says which', () => {
    const both = entry({ fi: 'Hammashoito', sv: 'Tandvård' });
    expect(titleIn(both, 'hammashoito', 'sv')).toEqual({ title: 'Tandvård', titleLocale: 'sv' });
    expect(titleIn(both, 'hammashoito')).toEqual({ title: 'Hammashoito', titleLocale: 'fi' });
    expect(titleIn(entry({ fi: 'Hammashoito' }), 'hammashoito', 'sv')).toEqual({
      title: 'Hammashoito',
      titleLocale: 'fi',
    });
    expect(titleIn(entry({ sv: 'Tandvård' }), 'hammashoito', 'fi')).toEqual({ title: 'Tandvård', titleLocale: 'sv' });
    expect(titleIn(undefined, 'poistettu')).toEqual({ title: 'poistettu', titleLocale: null });
  });

  it('marks a title that fell back to another language under a UI language content has', () => {
    expect(markedTitle({ title: 'Hammashoito', titleLocale: 'fi' }, 'sv')).toBe('Hammashoito (fi)');
    expect(markedTitle({ title: 'Tandvård', titleLocale: 'sv' }, 'sv')).toBe('Tandvård');
    expect(markedTitle({ title: 'Hammashoito', titleLocale: 'fi' }, 'fi')).toBe('Hammashoito');
    // No content is in English: the English UI shows Finnish titles unmarked.
    expect(markedTitle({ title: 'Hammashoito', titleLocale: 'fi' }, 'en')).toBe('Hammashoito');
    expect(markedTitle({ title: '', slug: 'poistettu', titleLocale: null }, 'sv')).toBe('poistettu');
    expect([titleLocaleFor('sv'), titleLocaleFor('en')]).toEqual(['sv', undefined]);
  });
});
