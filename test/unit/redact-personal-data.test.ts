import { redactPersonalData, PLACEHOLDERS } from '../../cms/src/privacy/redact-personal-data';

// A test identity code as the population register publishes them (individual number 900–999).
const CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const testCode = (ddmmyy: string, sign: string, nnn: string) => `${ddmmyy}${sign}${nnn}${CHECK[Number(ddmmyy + nnn) % 31]}`;

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
    '+358 40 123 4567', '+358401234567', '+358 (0)40 123 4567', '00358 50 765 4321',
    '040 123 4567', '040-1234567', '0401234567', '09 3101 2345', '050 765 43 21',
  ])('replaces the phone number %s', (phone) => {
    expect(redactPersonalData(`soittakaa numeroon ${phone} kiitos`)).toBe(`soittakaa numeroon ${PLACEHOLDERS.phone} kiitos`);
  });

  it.each(['matti.meikalainen@example.fi', 'ÄITI.SUOMALAINEN+kela@posti.example.com'])('replaces the email %s', (email) => {
    expect(redactPersonalData(`laita viesti ${email}`)).toBe(`laita viesti ${PLACEHOLDERS.email}`);
  });

  it.each(['FI21 1234 5600 0007 85', 'FI2112345600000785', 'fi21 1234 5600 0007 85', 'SE45 5000 0000 0583 9825 7466'])('replaces the IBAN %s', (iban) => {
    expect(redactPersonalData(`tilinumero ${iban} maksuun`)).toBe(`tilinumero ${PLACEHOLDERS.iban} maksuun`);
  });

  it('keeps service numbers, times, years and ordinary text', () => {
    const text = 'soita 112 tai 116117, auki klo 8–16, vuonna 2026 maksu 35,50 € ja asiakasnumero 12345';
    expect(redactPersonalData(text)).toBe(text);
  });

  it('redacts several items in one text', () => {
    const code = testCode('010150', '-', '902');
    expect(redactPersonalData(`${code} / 040 123 4567 / a@b.fi`)).toBe(`${PLACEHOLDERS.identityCode} / ${PLACEHOLDERS.phone} / ${PLACEHOLDERS.email}`);
  });
});
