const VOWEL = '[aeiouyäö]';
/** A double consonant in the last syllable, where gradation alternates it with a single one. */
const FINAL_DOUBLE_CONSONANT = new RegExp(`([bcdfghjklmnpqrstvwxz])\\1(?=${VOWEL}*$)`);
const TRAILING_VOWELS = new RegExp(`${VOWEL}+$`);
const HAS_VOWEL = new RegExp(VOWEL);
const LONG_VOWEL_END = new RegExp(`(${VOWEL})\\1$`);
/** -us/-ys/-os nouns keep -ks- before endings: "hakemuksen" → "hakemus", "raivokohtauksia" → "raivokohtaus". */
const KS_STEM = /(?<=[uyo])ks$/;
/** -us/-ys nouns of quality keep -de- before endings: "terveyden" → "terveys", "turvallisuuden" → "-suus". */
const DE_STEM = new RegExp(`(?<=${VOWEL}[uy])d$`);
/** -nen adjectives and nouns inflect with -se-/-s-: "ihminen" / "ihmisen", "sosiaalinen" / "sosiaalisen". */
const NEN_STEM = /(?<=i)n(?:e|en)?$/;
/** -as/-äs nouns and adjectives inflect with -aa-/-ää-: "potilas" / "potilaan", "asiakas" / "asiakkaan". */
const AS_STEM = /(?<=[aä])s$/;
/** The shortest key a stem is cut to: shorter keys would merge unrelated short words. */
const MIN_KEY = 3;

/**
 * One key for the forms of a Finnish word that the Snowball stemmer leaves apart:
 * consonant gradation (soittaa / soitan / soitto → "soit", kyyti / kyydin → "kyyt"),
 * -us/-uks- ("hakemus" / "hakemuksen"), -ys/-yde- ("terveys" / "terveyden"), -nen/-se-
 * ("ihminen" / "ihmisen") and -as/-aa- ("potilas" / "potilaan"). Takes the Snowball stem; both the
 * index and the query go through it, so only the keys' equality matters, not that they are words.
 */
export function finnishStemKey(stem: string): string {
  let key = stem.replace(KS_STEM, 's');
  if (key.length >= 6) key = key.replace(DE_STEM, 's');
  if (key.length >= 5) key = key.replace(NEN_STEM, 's');
  if (key.length >= 5) key = key.replace(AS_STEM, '');
  key = key.replace(FINAL_DOUBLE_CONSONANT, '$1');
  // Final vowels are mostly endings ("soita", "soito", "soitai" → "soit"); a long one is not ("taksikyy").
  const bare = LONG_VOWEL_END.test(key) ? key : key.replace(TRAILING_VOWELS, '');
  if (bare.length >= MIN_KEY && HAS_VOWEL.test(bare)) key = bare;
  // Weak grade at the end of the key back to the strong one: "hoid" → "hoit", "kaupung" → "kaupunk".
  return key.replace(/(?<=[aeiouyäöhlnr])d$/, 't').replace(/ng$/, 'nk');
}
