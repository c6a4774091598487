import type { Random } from './create-random';

const PREFIX: Record<'fi' | 'sv', readonly string[]> = {
  fi: ['moi, ', 'hei ', 'moikka ', 'terve, ', 'hei! ', 'anteeks, ', 'kysyisin ', 'moi '],
  sv: ['hej ', 'hej, ', 'hejsan ', 'god dag, ', 'hallå '],
};
const SUFFIX: Record<'fi' | 'sv', readonly string[]> = {
  fi: [' kiitos', ' kiitos!', ' kiitos etukäteen', ' pls'],
  sv: [' tack', ' tack!', ' tack på förhand'],
};
const LETTER = /\p{L}/u;

function typo(q: string, random: Random): string {
  if (q.length < 5) return q;
  const i = random.intBetween(1, q.length - 2);
  if (!LETTER.test(q[i])) return q;
  const kind = random.int(3);
  if (kind === 0 && LETTER.test(q[i + 1])) return q.slice(0, i) + q[i + 1] + q[i] + q.slice(i + 2); // swap
  if (kind === 1) return q.slice(0, i) + q.slice(i + 1); // drop
  return q.slice(0, i) + q[i] + q.slice(i); // double
}

/**
 * How a user would actually type a phrasing: case, trailing punctuation,
 * an occasional typo (swapped, dropped or doubled letter), missing
 * diacritics, a greeting in front or thanks at the end.
 */
export function varyQuestion(text: string, locale: 'fi' | 'sv', random: Random): string {
  let q = text.trim().replace(/[?.!]+$/, '');
  const c = random.next();
  const shouting = c >= 0.33 && c < 0.345;
  if (c < 0.33) q = q.charAt(0).toUpperCase() + q.slice(1);
  else if (c < 0.345) q = q.toUpperCase();
  else if (c < 0.85) q = q.toLowerCase();
  if (random.chance(0.08)) q = typo(q, random);
  if (random.chance(0.05))
    q =
      locale === 'fi'
        ? q.replace(/ä/g, 'a').replace(/ö/g, 'o')
        : q.replace(/å/g, 'a').replace(/ä/g, 'a').replace(/ö/g, 'o');
  const p = random.next();
  if (p < 0.33) q += '?';
  else if (p < 0.36) q += '??';
  else if (p < 0.39) q += '.';
  if (random.chance(0.12)) q = random.pick(PREFIX[locale]) + (shouting ? q : q.charAt(0).toLowerCase() + q.slice(1));
  if (random.chance(0.04)) q += random.pick(SUFFIX[locale]);
  return q;
}
