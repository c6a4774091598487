// Synthetic knowledge bases for `npm run bench`: published answers × 2 locales written straight
// into the database (no sync jobs); a reindex or a restart makes the search see them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './steps.mjs';

const LOCALES = ['fi', 'sv'];
const SHORT_WORDS = [
  'hakemus',
  'ajanvaraus',
  'palvelu',
  'maksu',
  'todistus',
  'neuvonta',
  'tuki',
  'asiakas',
  'lomake',
  'yhteystiedot',
];

/** Section 3's entries: a title and one short sentence from ten common words. */
export function shortText(i, locale) {
  const w = (k) => SHORT_WORDS[k % SHORT_WORDS.length];
  return {
    title: `${w(i)} ${w(i * 7)} ${i} (${locale})`,
    body: `Synteettinen vastaus numero ${i}: ${w(i * 3)} ja ${w(i * 5)}.`,
  };
}

/** Every word (4+ letters) of the demo answers' texts in `locale`, once each, in file order. */
function demoWords(locale) {
  const dir = join(ROOT, 'seeds', 'content', 'answers');
  const words = new Set();
  const visit = (value, inLocale) => {
    if (typeof value === 'string' && inLocale) {
      for (const w of value.toLowerCase().match(/\p{L}{4,}/gu) ?? []) words.add(w);
    } else if (Array.isArray(value)) value.forEach((v) => visit(v, inLocale));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) visit(v, inLocale || k === locale);
  };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')))
    visit(JSON.parse(readFileSync(join(dir, file), 'utf8')), false);
  return [...words];
}

/**
 * Entries of about `bodyChars` characters written like the demo answers: words of the demo content
 * in the locale, a few very common and a long tail (Zipf), so questions find synthetic candidates
 * among the real ones and the search statistics hold tens of thousands of terms.
 */
export function realisticText(bodyChars = 2000) {
  const pools = Object.fromEntries(LOCALES.map((l) => [l, demoWords(l)]));
  return (i, locale) => {
    const pool = pools[locale];
    let x = (i + 1) * 2_654_435_761 + (locale === 'fi' ? 0 : 97);
    const rand = () => (x = (x * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const word = () => pool[Math.floor(pool.length * rand() ** 2)];
    const title = `${word()} ${word()} ${word()} ${i}`;
    const parts = [];
    for (let n = 0; n < bodyChars;) {
      const w = word();
      parts.push(w);
      n += w.length + 1;
    }
    return { title, body: `${parts.join(' ')}.` };
  };
}

/** Writes `count` published answers (documentIds bench000…) in fi and sv, each with a draft, 500 at a time. */
export async function createSyntheticAnswers(strapi, count, text) {
  const q = strapi.db.query('api::answer.answer');
  const now = new Date();
  for (let start = 0; start < count; start += 500) {
    const rows = [];
    for (let i = start; i < Math.min(start + 500, count); i++) {
      const documentId = `bench${String(i).padStart(19, '0')}`;
      for (const locale of LOCALES) {
        const { title, body } = text(i, locale);
        for (const publishedAt of [null, now]) {
          rows.push({
            documentId,
            locale,
            publishedAt,
            slug: `synteettinen-${i}`,
            title,
            body,
            audience: 'resident',
            createdAt: now,
            updatedAt: now,
          });
        }
      }
    }
    await q.createMany({ data: rows });
  }
}
