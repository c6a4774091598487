const ZONE = 'Europe/Helsinki';
const HOUR = 3_600_000;
const offsets = new Map<number, number>();
const format = new Intl.DateTimeFormat('en-CA', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  hourCycle: 'h23',
});

/** Helsinki's UTC offset (ms) during the UTC hour that contains `ms`, cached per hour. */
function offsetAt(ms: number): number {
  const hour = Math.floor(ms / HOUR);
  let offset = offsets.get(hour);
  if (offset === undefined) {
    const parts = Object.fromEntries(format.formatToParts(new Date(hour * HOUR)).map((p) => [p.type, p.value]));
    const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour));
    offset = local - hour * HOUR;
    if (offsets.size > 200_000) offsets.clear();
    offsets.set(hour, offset);
  }
  return offset;
}

/** The calendar day (YYYY-MM-DD) in Europe/Helsinki of an instant; reports count days and months in Finnish time. */
export function helsinkiDay(ms: number): string {
  return new Date(ms + offsetAt(ms)).toISOString().slice(0, 10);
}

/** The UTC instant at which a Helsinki calendar day (YYYY-MM-DD) begins. */
export function helsinkiDayStart(day: string): number {
  const naive = Date.parse(`${day}T00:00:00Z`);
  return naive - offsetAt(naive - 2 * HOUR);
}
