import type { SearchLocale } from '@botkb/search';

/**
 * Words that never tell two unanswered questions apart: greetings, thanks,
 * politeness, fillers and question words. They are the grouping's own list,
 * not search stop words: the search vocabulary is edited by the content team
 * and changes what content is found ("kiitos", "tack" and "terve" are words
 * of real answers), while these only decide which asks are one question.
 */
export const GROUPING_STOP_WORDS: Readonly<Record<SearchLocale, readonly string[]>> = {
  fi: [
    'moi', 'moikka', 'hei', 'heippa', 'hejo', 'terve', 'moro', 'morjens', 'hyvää', 'päivää', 'huomenta', 'iltaa',
    'anteeks', 'anteeksi', 'sori', 'kysyisin', 'kysymys', 'kysyä', 'haluaisin', 'tietää', 'tiedättekö', 'tuota',
    'kiitos', 'kiitoksia', 'kiitti', 'etukäteen', 'ystävällisesti', 'pls', 'plz', 'please', 'apua',
    'missä', 'mistä', 'mihin', 'milloin', 'mitä', 'mitkä', 'mikä', 'miten', 'kuinka', 'onko', 'onks', 'on', 'ovat',
    'oisko', 'olisiko', 'voin', 'voi', 'voiko', 'voinko', 'saa', 'saako', 'saan', 'saisin', 'saada',
    'pitää', 'pitääkö', 'tarvii', 'tarviiko', 'tarvitseeko', 'kuka', 'kenelle', 'nyt', 'tänään', 'meidän',
    'minun', 'mun', 'minä', 'mä', 'minulla', 'minua', 'ja', 'tai', 'kun', 'jos', 'että', 'se', 'ne', 'olla',
  ],
  sv: [
    'hej', 'hejsan', 'hallå', 'god', 'dag', 'morgon', 'kväll', 'tjena', 'tack', 'tackar', 'förhand', 'snälla',
    'ursäkta', 'vänligen', 'undrar', 'fråga', 'hur', 'var', 'vart', 'när', 'vad', 'vem', 'vilka', 'vilken',
    'kan', 'får', 'jag', 'man', 'min', 'mitt', 'mina', 'ni', 'det', 'den', 'är', 'finns', 'som', 'i', 'på', 'till',
    'av', 'om', 'med', 'och', 'eller', 'en', 'ett', 'att', 'för', 'nu', 'idag', 'vid', 'blir',
  ],
};
