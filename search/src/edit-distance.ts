/**
 * Optimal string alignment distance: Levenshtein where swapping two adjacent
 * letters ("rintakpiu" for "rintakipu", the most common typing slip) is one
 * edit, not two. Stops early with `max + 1` once the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (max <= 1) return a === b ? 0 : max === 1 && oneEditApart(a, b) ? 1 : max + 1;
  return alignmentDistance(a, b, max);
}

/** Three DP rows reused by every call (the spelling correction calls this thousands of times per question). */
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/** The full DP, row by row in the reused rows, stopping once a whole row exceeds `max`. */
function alignmentDistance(a: string, b: string, max: number): number {
  const n = b.length;
  if (rows[0].length <= n) rows = rows.map(() => new Int32Array(2 * (n + 1)));
  let [prev2, prev, cur] = rows;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ai = a.charCodeAt(i - 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ai === bj ? 0 : 1));
      const swapped = i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj;
      if (swapped) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n];
}

/** One wrong, missing, extra or swapped letter apart, in one pass without allocating (the hot paths ask only this). */
function oneEditApart(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (a.length === b.length) {
    return (
      sameTails(a, i + 1, b, i + 1) || // substitution
      (a.charCodeAt(i) === b.charCodeAt(i + 1) &&
        a.charCodeAt(i + 1) === b.charCodeAt(i) &&
        sameTails(a, i + 2, b, i + 2))
    ); // swap
  }
  return a.length > b.length ? sameTails(a, i + 1, b, i) : sameTails(a, i, b, i + 1);
}

/** Whether a from x on equals b from y on. */
function sameTails(a: string, x: number, b: string, y: number): boolean {
  if (a.length - x !== b.length - y) return false;
  while (x < a.length) if (a.charCodeAt(x++) !== b.charCodeAt(y++)) return false;
  return true;
}
