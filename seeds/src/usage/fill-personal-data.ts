import type { Random } from './create-random';
import { testIdentityCode } from './test-identity-code';

const FIRST = ['matti', 'maija', 'juha', 'anna', 'pekka', 'liisa', 'mikko', 'sanna', 'erik', 'sara', 'johan', 'aino'];
const LAST = [
  'virtanen',
  'korhonen',
  'nieminen',
  'makinen',
  'hamalainen',
  'laine',
  'lindholm',
  'nyberg',
  'koskinen',
  'heikkinen',
];
const DOMAINS = ['example.com', 'example.net', 'example.org'];
const MOBILE = ['040', '041', '044', '045', '046', '050'];

function digits(random: Random, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(random.int(10));
  return s;
}

function phone(random: Random): string {
  const prefix = random.pick(MOBILE);
  const a = digits(random, 3),
    b = digits(random, 4);
  // The forms residents type, including those an older redactor let through.
  const forms = [
    `${prefix}${a}${b}`,
    `+358 ${prefix.slice(1)} ${a} ${b}`,
    `${prefix}-${a}${b}`,
    `${prefix} ${a} ${b}`,
    `${prefix} - ${a} ${b}`,
    `${prefix}.${a}.${b}`,
    `${prefix}/${a}${b}`,
    `358${prefix.slice(1)}${a}${b}`,
  ];
  return random.pick(forms);
}

/** How residents write "@": as is, or spelled out against spam harvesters. */
const AT = ['@', '@', '@', '(at)', ' [at] ', ' @ '];

function email(random: Random): string {
  const first = random.pick(FIRST),
    last = random.pick(LAST);
  const local = random.chance(0.5) ? `${first}.${last}` : `${first}${random.intBetween(1, 99)}`;
  return `${local}${random.pick(AT)}${random.pick(DOMAINS)}`;
}

/** Fills `{phone}`, `{email}` and `{hetu}` placeholders with fake but well-formed personal data. */
export function fillPersonalData(template: string, random: Random): string {
  if (template.indexOf('{') < 0) return template;
  return template
    .replace('{phone}', () => phone(random))
    .replace('{email}', () => email(random))
    .replace('{hetu}', () => testIdentityCode(random).replace('-', random.pick(['-', '-', '–', ' - '])));
}
