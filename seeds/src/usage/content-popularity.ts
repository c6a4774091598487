/**
 * How often content is asked about, beyond a Zipf-like rank: the leaders are
 * the topics residents ask most (in this order, ahead of all others of their
 * audience), and seasonal slugs get a factor per calendar month (Jan…Dec).
 */
export const CONTENT_POPULARITY: {
  leaders: readonly string[];
  seasonal: Readonly<Record<string, readonly number[]>>;
} = {
  leaders: [
    'ajanvaraus-terveysasema',
    'omakanta-resepti',
    'terveysaseman-aukioloajat',
    'hammashoito-ajanvaraus',
    'tarvitsen-apua-nyt',
    'reseptin-uusiminen',
    'ajanvaraus-ohjaus',
    'laboratorio-ajanvaraus',
    'oirearvio-omaolo',
    'omapalvelu-kirjautuminen',
    'yopaivystys',
    'sairauslomatodistus',
    'influenssarokotus',
    'lapsi-sairastui',
    'it-tuki-ammattilainen',
    'sijaisuudet-ja-vuorot',
    'starttiraha',
    'yritysneuvonta',
    'kirjastokortti',
    'varhaiskasvatus-hakeminen',
    'jatehuolto-ja-kierratys',
  ],
  seasonal: {
    influenssarokotus: [1.3, 0.6, 0.3, 0.2, 0.15, 0.15, 0.15, 0.3, 1.2, 4, 5, 2.5],
    rokotusohjaus: [1.1, 0.8, 0.7, 0.7, 0.8, 0.9, 0.8, 1, 1.2, 1.8, 2, 1.3],
    'oirearvio-omaolo': [1.5, 1.5, 1.2, 1, 0.9, 0.8, 0.8, 0.9, 1.1, 1.2, 1.4, 1.5],
    'lapsi-sairastui': [1.6, 1.5, 1.2, 1, 0.9, 0.7, 0.6, 0.8, 1.2, 1.3, 1.5, 1.6],
    'lapsen-akillinen-sairastuminen': [1.6, 1.5, 1.2, 1, 0.9, 0.7, 0.6, 0.8, 1.2, 1.3, 1.5, 1.6],
    sairauslomatodistus: [1.5, 1.4, 1.2, 1, 0.9, 0.7, 0.6, 0.8, 1.1, 1.2, 1.4, 1.4],
    hoitovapaatodistus: [1.5, 1.4, 1.2, 1, 0.9, 0.6, 0.5, 0.9, 1.3, 1.3, 1.4, 1.4],
    yopaivystys: [1.3, 1.2, 1.1, 1, 1, 1, 1.1, 1, 1, 1, 1.2, 1.4],
    'varhaiskasvatus-hakeminen': [1.4, 2, 2, 1.6, 1, 0.7, 0.5, 1.2, 0.9, 0.8, 0.8, 0.7],
    'varhaiskasvatus-ohjaus': [1.4, 2, 2, 1.6, 1, 0.7, 0.5, 1.2, 0.9, 0.8, 0.8, 0.7],
    kouluterveydenhuolto: [0.9, 0.9, 0.9, 0.9, 0.8, 0.4, 0.3, 2, 1.8, 1.1, 1, 0.8],
    opiskeluterveydenhuolto: [1, 1, 0.9, 0.9, 0.8, 0.4, 0.3, 1.8, 2, 1.2, 1, 0.8],
    ajokorttitodistus: [0.7, 0.8, 1, 1.4, 1.6, 1.4, 1, 1, 1, 0.9, 0.8, 0.6],
    'jatehuolto-ja-kierratys': [0.8, 0.7, 0.9, 1.6, 1.8, 1.3, 1, 1.1, 1.1, 1, 0.8, 1],
    rakennuslupa: [0.6, 0.8, 1.2, 1.6, 1.7, 1.4, 0.8, 1, 1, 0.9, 0.7, 0.5],
    'liikuntapalvelut-ja-uimahallit': [1.6, 1.3, 1.1, 1, 0.8, 0.6, 0.6, 0.9, 1.2, 1.1, 1, 0.9],
    'sijaisuudet-ja-vuorot': [0.9, 0.9, 1, 1.2, 1.5, 1.6, 1.3, 0.9, 0.8, 0.8, 0.9, 1.2],
    starttiraha: [1.5, 1.2, 1.1, 1, 1, 0.8, 0.6, 1, 1.2, 1.1, 1, 0.7],
  },
};
