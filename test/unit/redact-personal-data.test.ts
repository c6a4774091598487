import fc from 'fast-check';
import { redactPersonalData, PLACEHOLDERS } from '../../cms/src/privacy/redact-personal-data';

// A test identity code as the population register publishes them (individual number 900–999).
const CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const checkChar = (ddmmyy: string, nnn: string) => CHECK[Number(ddmmyy + nnn) % 31];
const testCode = (ddmmyy: string, sign: string, nnn: string) => `${ddmmyy}${sign}${nnn}${checkChar(ddmmyy, nnn)}`;
const { identityCode: HETU, phone: PHONE, email: EMAIL, iban: IBAN, number: NUMBER } = PLACEHOLDERS;

describe('redactPersonalData', () => {
  it.each([
    ['1900s with -', testCode('010150', '-', '902')],
    ['1900s with Y', testCode('150385', 'Y', '915')],
    ['2000s with A', testCode('240704', 'A', '987')],
    ['2000s with B', testCode('311210', 'B', '933')],
    ['1800s with +', testCode('050589', '+', '946')],
    ['lower-case check character', testCode('010150', '-', '902').toLowerCase()],
    ['invalid check character', '010150-902Q'],
  ])('replaces a personal identity code (%s)', (_, code) => {
    const out = redactPersonalData(`minun hetu on ${code}, auttakaa`);
    expect(out).toBe(`minun hetu on ${PLACEHOLDERS.identityCode}, auttakaa`);
  });

  it.each([
    '+358 40 123 4567',
    '+358401234567',
    '+358 (0)40 123 4567',
    '00358 50 765 4321',
    '040 123 4567',
    '040-1234567',
    '0401234567',
    '09 3101 2345',
    '050 765 43 21',
  ])('replaces the phone number %s', (phone) => {
    expect(redactPersonalData(`soittakaa numeroon ${phone} kiitos`)).toBe(
      `soittakaa numeroon ${PLACEHOLDERS.phone} kiitos`,
    );
  });

  it.each(['matti.meikalainen@example.fi', 'ÄITI.SUOMALAINEN+kela@posti.example.com'])(
    'replaces the email %s',
    (email) => {
      expect(redactPersonalData(`laita viesti ${email}`)).toBe(`laita viesti ${PLACEHOLDERS.email}`);
    },
  );

  it.each(['FI21 1234 5600 0007 85', 'FI2112345600000785', 'fi21 1234 5600 0007 85', 'SE45 5000 0000 0583 9825 7466'])(
    'replaces the IBAN %s',
    (iban) => {
      expect(redactPersonalData(`tilinumero ${iban} maksuun`)).toBe(`tilinumero ${PLACEHOLDERS.iban} maksuun`);
    },
  );

  it('keeps service numbers, times, years and ordinary text', () => {
    const text = 'soita 112 tai 116117, auki klo 8–16, vuonna 2026 maksu 35,50 € ja asiakasnumero 12345';
    expect(redactPersonalData(text)).toBe(text);
  });

  it('redacts several items in one text', () => {
    const code = testCode('010150', '-', '902');
    expect(redactPersonalData(`${code} / 040 123 4567 / a@b.fi`)).toBe(
      `${PLACEHOLDERS.identityCode} / ${PLACEHOLDERS.phone} / ${PLACEHOLDERS.email}`,
    );
  });
});

// Realistic texts residents type, each with the personal data in it and what must be stored instead.
const REDACTED: Array<[string, string]> = [
  // Identity codes.
  ['hetu 010150-902X kiitos', `hetu ${HETU} kiitos`],
  ['hetu 010150–902X kiitos', `hetu ${HETU} kiitos`],
  ['hetu 010150—902X kiitos', `hetu ${HETU} kiitos`],
  ['hetu 010150\u2212902X kiitos', `hetu ${HETU} kiitos`],
  ['hetu060690-977E', `hetu${HETU}`],
  ['henkilötunnus:080890 - 9992', `henkilötunnus:${HETU}`],
  ['mitt personnummer är 131052-308T.', `mitt personnummer är ${HETU}.`],
  ['hetu 010150-902Z onko oikein', `hetu ${HETU} onko oikein`],
  ['hetu 010150-902 ilman tarkistetta', `hetu ${HETU} ilman tarkistetta`],
  [`lapsen hetu ${testCode('240704', 'A', '987')}`, `lapsen hetu ${HETU}`],
  [`lapsen hetu ${testCode('240712', 'C', '950')}`, `lapsen hetu ${HETU}`],
  [`isän hetu ${testCode('150385', 'Y', '915')}`, `isän hetu ${HETU}`],
  ['hetu ０１０１５０－９０２Ｘ', `hetu ${HETU}`],
  ['hetu 010150 902X', `hetu ${HETU}`],
  ['(010150-902X)', `(${HETU})`],
  // Phone numbers.
  ['soita (09) 310 1677', `soita ${PHONE}`],
  ['numero 040 - 123 4584', `numero ${PHONE}`],
  ['numero 040.123.4567', `numero ${PHONE}`],
  ['numero 040/1234567', `numero ${PHONE}`],
  ['numero 358401234585', `numero ${PHONE}`],
  ['numero ０４０１２３４５６７', `numero ${PHONE}`],
  ['numero 040–123 4567', `numero ${PHONE}`],
  ['numero 040\u00a0123\u00a04567', `numero ${PHONE}`],
  ['numero 040\u2009123\u20094567', `numero ${PHONE}`],
  ['numero 040\u200b1234567', `numero ${PHONE}`],
  ['numero +358-40-123-4567', `numero ${PHONE}`],
  ['numero +358 40 1234 567', `numero ${PHONE}`],
  ['numero 09  310  1677', `numero ${PHONE}`],
  ['puh0401234567', `puh${PHONE}`],
  ['soita 0401234567!', `soita ${PHONE}!`],
  ['ring 08-123 456 78', `ring ${PHONE}`],
  ['ring +46 70 123 45 67', `ring ${PHONE}`],
  ['numero 044 123 456', `numero ${PHONE}`],
  ['soita 310 1677', `soita ${NUMBER}`],
  // Emails.
  ['viesti x(at)domain.fi', `viesti ${EMAIL}`],
  ['viesti maija @ domain.fi', `viesti ${EMAIL}`],
  ['viesti maija[at]domain.fi', `viesti ${EMAIL}`],
  ['viesti maija (at) domain.fi', `viesti ${EMAIL}`],
  ['viesti maija(a)kela.fi', `viesti ${EMAIL}`],
  ['viesti maija ät domain.fi', `viesti ${EMAIL}`],
  ['viesti maija at domain dot fi', `viesti ${EMAIL}`],
  ['viesti maija.virtanen at gmail piste com', `viesti ${EMAIL}`],
  ['viesti maija＠domain.fi', `viesti ${EMAIL}`],
  ['viesti maija@posti.hel.fi.', `viesti ${EMAIL}.`],
  ['sähköposti:maija85@example.com', `sähköposti:${EMAIL}`],
  ['skicka till sara[at]example.se tack', `skicka till ${EMAIL} tack`],
  // IBANs.
  ['tili FI21-1234-5600-0007-85', `tili ${IBAN}`],
  ['tili FI 21 1234 5600 0007 85', `tili ${IBAN}`],
  ['tili FI21  1234  5600  0007  85', `tili ${IBAN}`],
  ['tili FI21 1234 5600 0007 85.', `tili ${IBAN}.`],
  ['tili GB29 NWBK 6016 1331 9268 19', `tili ${IBAN}`],
  // Other long numbers.
  ['viitenumero 12345 67890', `viitenumero ${NUMBER}`],
  ['asiakasnumero 1234567', `asiakasnumero ${NUMBER}`],
  ['Y-tunnus 1234567-8', `Y-tunnus ${NUMBER}`],
];

// Ordinary things residents type that must stay as they are.
const KEPT = [
  'vuonna 2026',
  'ajalla 2024–2026',
  'vuosina 2024-2026',
  'aika 12.3.2026',
  'aika 12.03.2026 klo 14',
  'välillä 1.3.–12.3.2026',
  'välillä 12.3.2026–15.3.2026',
  'auki klo 8.00–16.00',
  'klo 10:00-12:00',
  'maksu 1 200 €',
  'maksu 1 200 000 €',
  'maksu 12 500 euroa',
  'vuokra 850,50 e',
  'hinta 2 000 000 kr',
  'olen 85-vuotias',
  'ikä 7 v',
  'postinumero 00100 Helsinki',
  '00930 Helsinki',
  'lomake SV 67',
  'lomake KU 130',
  'hakemus Y 38',
  'soita 112',
  'soita 116 117',
  'asiakasnumero 12345',
  '2 lasta ja 3 koiraa',
];

describe('redactPersonalData on realistic texts', () => {
  it.each(REDACTED)('redacts %j', (text, expected) => {
    expect(redactPersonalData(text)).toBe(expected);
  });

  it.each(KEPT)('keeps %j', (text) => {
    expect(redactPersonalData(text)).toBe(text);
  });

  it('is idempotent: redacted text stays as it is', () => {
    for (const [, expected] of REDACTED) expect(redactPersonalData(expected)).toBe(expected);
  });
});

// Property-based: each format generated with random separators and surrounding text; nothing of it may survive.
const WORDS = ['soita', 'minulle', 'kiitos', 'hetu', 'numero', 'puhelin', 'ring', 'mig', 'tack', 'och', 'är', 'mitt'];
const word = fc.constantFrom(...WORDS);
const punctuation = fc.constantFrom('', '.', ',', '!', '?', ':', ' (', ')');
/** Text around the personal data: words without digits, glued to it or not, with punctuation. */
const context = fc.record({
  before: fc.array(word, { maxLength: 3 }).map((w) => w.join(' ')),
  glueBefore: fc.boolean(),
  after: fc.array(word, { maxLength: 3 }).map((w) => w.join(' ')),
  mark: punctuation,
});
const embed = (c: { before: string; glueBefore: boolean; after: string; mark: string }, data: string) =>
  `${c.before}${c.glueBefore ? '' : ' '}${data}${c.mark} ${c.after}`;
const digitsOf = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const space = fc.constantFrom(' ', '  ', '\u00a0', '\u2009', '\u202f');
const dash = fc.constantFrom('-', '–', '—', '\u2212', ' - ', ' – ');
const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));

/** Asserts that the output has no digit at all (the context has none) and optionally no given fragment. */
function expectNothingLeft(data: string, c: Parameters<typeof embed>[0], fragments: string[] = []): void {
  const out = redactPersonalData(embed(c, data));
  expect(out).not.toMatch(/\p{Nd}/u);
  for (const f of fragments) expect(out.toLowerCase()).not.toContain(f.toLowerCase());
}

const identityCode = fc
  .record({
    date: fc.date({ min: new Date('1900-01-01'), max: new Date('2025-12-31'), noInvalidDate: true }),
    nnn: fc.integer({ min: 2, max: 999 }).map((n) => String(n).padStart(3, '0')),
    sign: fc.constantFrom('-', '+', 'A', 'B', 'C', 'D', 'E', 'F', 'U', 'V', 'W', 'X', 'Y', '–', '—', ' - ', ' – '),
    check: fc.constantFrom('valid', 'wrong', 'missing', 'lower'),
    wide: fc.boolean(),
  })
  .map(({ date, nnn, sign, check, wide }) => {
    const ddmmyy = date.toISOString().slice(2, 10).split('-').reverse().join('');
    const right = checkChar(ddmmyy, nnn);
    const char = { valid: right, wrong: right === 'Q' ? 'Z' : 'Q', missing: '', lower: right.toLowerCase() }[check];
    const code = `${ddmmyy}${sign}${nnn}${char}`;
    return wide ? fullWidth(code) : code;
  });

const phone = fc
  .record({
    prefix: fc.constantFrom(
      '040',
      '041',
      '044',
      '045',
      '050',
      '09',
      '02',
      '+358 40',
      '+35840',
      '358 40',
      '00358 50',
      '+358 (0)40',
    ),
    rest: digitsOf(7),
    sep: fc.oneof(space, dash, fc.constantFrom('', '.', '/', ' / ')),
    parens: fc.boolean(),
    wide: fc.boolean(),
  })
  .map(({ prefix, rest, sep, parens, wide }) => {
    const local = parens && /^0/.test(prefix) ? `(${prefix})` : prefix;
    const number = `${local}${sep}${rest.slice(0, 3)}${sep}${rest.slice(3)}`;
    return wide ? fullWidth(number) : number;
  });

const mod97 = (digits: string) => [...digits].reduce((r, d) => (r * 10 + Number(d)) % 97, 0);
const ibanParts = {
  bban: digitsOf(14),
  sep: fc.oneof(space, dash, fc.constantFrom('', ' ')),
  cc: fc.constantFrom('FI', 'fi'),
};
const iban = fc.record(ibanParts).map(({ bban, sep, cc }) => {
  const check = String(98 - mod97(`${bban}151800`)).padStart(2, '0');
  const groups = `${check}${bban}`.match(/.{1,4}/g)!;
  return `${cc}${sep === '' ? '' : sep}${groups.join(sep)}`;
});

const email = fc
  .record({
    name: fc.constantFrom('maija', 'matti.virtanen', 'sara_lind', 'äiti', 'Erik.Nyberg'),
    n: fc.integer({ min: 1, max: 99 }),
    at: fc.constantFrom('@', ' @ ', '(at)', ' (at) ', '[at]', '(a)', ' at ', ' ät ', '＠', '{at}'),
    domain: fc.constantFrom('example', 'posti.example', 'kunta-esimerkki'),
    dot: fc.constantFrom('.', ' dot ', ' piste ', '(dot)', ' [piste] '),
    tld: fc.constantFrom('fi', 'se', 'com', 'org'),
  })
  .map(({ name, n, at, domain, dot, tld }) => ({ text: `${name}${n}${at}${domain}${dot}${tld}`, name: `${name}${n}` }));

const customerNumber = fc
  .record({ digits: digitsOf(9), sep: fc.oneof(space, dash, fc.constantFrom('', '.', '/')) })
  .map(({ digits, sep }) => `${digits.slice(0, 4)}${sep}${digits.slice(4)}`);

describe('redactPersonalData properties', () => {
  it('leaves nothing of an identity code, whatever the sign, spacing, check character or digit width', () => {
    fc.assert(fc.property(identityCode, context, (code, c) => expectNothingLeft(code, c)));
  });

  it('leaves nothing of a phone number, whatever the separators, brackets or digit width', () => {
    fc.assert(fc.property(phone, context, (number, c) => expectNothingLeft(number, c)));
  });

  it('leaves nothing of an IBAN, whatever the grouping and separators', () => {
    fc.assert(fc.property(iban, context, (account, c) => expectNothingLeft(account, c)));
  });

  it('leaves nothing of an email address, however its "@" and dots are written', () => {
    fc.assert(fc.property(email, context, (address, c) => expectNothingLeft(address.text, c, [address.name])));
  });

  it('leaves nothing of a long number (7+ digits) with any separator', () => {
    fc.assert(fc.property(customerNumber, context, (number, c) => expectNothingLeft(number, c)));
  });

  it('keeps dates, times, years, money, postcodes and form numbers residents type', () => {
    const day = fc.integer({ min: 1, max: 28 });
    const month = fc.integer({ min: 1, max: 12 });
    const year = fc.integer({ min: 1990, max: 2030 });
    const kept = fc.oneof(
      fc.tuple(day, month, year).map(([d, m, y]) => `${d}.${m}.${y}`),
      fc.tuple(day, month, year, dash).map(([d, m, y, s]) => `${d}.${m}.${s}${d}.${m}.${y}`),
      fc
        .tuple(fc.integer({ min: 6, max: 12 }), fc.integer({ min: 13, max: 22 }), dash)
        .map(([a, b, s]) => `klo ${a}.00${s}${b}.30`),
      fc.tuple(year, year, dash).map(([a, b, s]) => `${a}${s}${b}`),
      fc.integer({ min: 1, max: 9_999_999 }).map((n) => `${n.toLocaleString('fi-FI')} €`),
      fc.integer({ min: 0, max: 99_999 }).map((n) => `${String(n).padStart(5, '0')} Helsinki`),
      fc
        .tuple(fc.constantFrom('SV', 'KU', 'Y', 'OM'), fc.integer({ min: 1, max: 999 }))
        .map(([f, n]) => `lomake ${f} ${n}`),
      fc.integer({ min: 0, max: 120 }).map((n) => `olen ${n}-vuotias`),
    );
    fc.assert(
      fc.property(kept, word, word, (text, a, b) => {
        const sentence = `${a} ${text} ${b}`;
        expect(redactPersonalData(sentence)).toBe(sentence);
      }),
    );
  });
});
