import { helsinkiOffsetMinutes } from './helsinki-offset-minutes';

/**
 * The UTC instant of a Europe/Helsinki wall-clock time given as "local ms"
 * (`Date.UTC` of the local fields). A time skipped by the spring switch maps
 * one hour later; a repeated autumn hour maps to its first occurrence.
 */
export function helsinkiLocalToUtc(localMs: number): number {
  const guess = localMs - helsinkiOffsetMinutes(localMs - 7_200_000) * 60_000;
  return localMs - helsinkiOffsetMinutes(guess) * 60_000;
}
