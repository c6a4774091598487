import type { Random } from './create-random';

const CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/**
 * A Finnish personal identity code of the kind published for testing
 * (individual number 900–999) with a valid check character, born 1940–2009.
 */
export function testIdentityCode(random: Random): string {
  const year = random.intBetween(1940, 2009);
  const month = random.intBetween(1, 12);
  const day = random.intBetween(1, new Date(Date.UTC(year, month, 0)).getUTCDate());
  const ddmmyy = String(day).padStart(2, '0') + String(month).padStart(2, '0') + String(year % 100).padStart(2, '0');
  const nnn = String(random.intBetween(900, 999));
  return `${ddmmyy}${year >= 2000 ? 'A' : '-'}${nnn}${CHECK[Number(ddmmyy + nnn) % 31]}`;
}
