import { parseUserNumber } from '../../admin-ui/src/simulation/parse-user-number';

describe('parseUserNumber (numbers typed in the simulation editor)', () => {
  it.each([
    ['12 000', 'fi', 12000],
    ['12\u00a0000,5', 'sv', 12000.5],
    ['3,5', 'fi', 3.5],
    ['3.5', 'fi', 3.5],
    ['-10', 'fi', -10],
    ['12,000', 'en', 12000],
    ['1,234,567.25', 'en', 1234567.25],
    ['3.5', 'en', 3.5],
  ])('%s in %s is %d', (text, language, value) => expect(parseUserNumber(text, language)).toBe(value));

  it.each([
    ['', 'fi'],
    ['12,000.5', 'fi'],
    ['1,2,3', 'sv'],
    ['12,5', 'en'],
    ['12,00', 'en'],
    ['abc', 'en'],
    ['1e3', 'fi'],
  ])('refuses %s in %s (NaN: the field shows an error, nothing is guessed)', (text, language) =>
    expect(parseUserNumber(text, language)).toBeNaN(),
  );
});
