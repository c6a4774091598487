/** Text normalised for matching personal data, with where each of its characters came from. */
export interface MatchingText {
  text: string;
  /** Index in the original text of the character that produced `text[i]`. */
  start: number[];
  /** Index in the original text just after that character. */
  end: number[];
}

const DASH = /[\u2010-\u2015\u2212\u2796\uFE58\uFE63\uFF0D]/u;
const SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/u;
/** Zero-width characters and the soft hyphen: invisible, so they are dropped before matching. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/u;
const DIGIT = /\p{Nd}/u;
/** ASCII and the Latin-1 letters (å, ä, ö, é…): nothing in them changes, so the text is used as is. */
const UNCHANGED = /^[\u0000-\u007f\u00c0-\u00ff]*$/;

/** A decimal digit of any script as its ASCII digit: Unicode lays each script's digits out 0–9 in a row. */
function asciiDigit(char: string): string {
  const code = char.codePointAt(0)!;
  let value = 0;
  while (value < 9 && DIGIT.test(String.fromCodePoint(code - value - 1))) value += 1;
  return String(value);
}

function normaliseChar(char: string): string {
  if (DASH.test(char)) return '-';
  if (SPACE.test(char)) return ' ';
  if (INVISIBLE.test(char)) return '';
  const nfkc = char.normalize('NFKC');
  return nfkc.length === 1 && nfkc > '\u007f' && DIGIT.test(nfkc) ? asciiDigit(nfkc) : nfkc;
}

/**
 * The text with full-width and other scripts' digits as ASCII digits (NFKC),
 * every dash as "-", every space as " " and zero-width characters removed,
 * character by character so that each match maps back to the text as typed.
 */
export function matchingText(original: string): MatchingText {
  if (UNCHANGED.test(original)) {
    const start = Array.from({ length: original.length }, (_, i) => i);
    return { text: original, start, end: start.map((i) => i + 1) };
  }
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  let at = 0;
  for (const char of original) {
    const normalised = normaliseChar(char);
    for (let i = 0; i < normalised.length; i++) {
      start.push(at);
      end.push(at + char.length);
    }
    text += normalised;
    at += char.length;
  }
  return { text, start, end };
}
