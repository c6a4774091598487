/** Strings numbered 0, 1, 2 … in order of first sight, each kept once. */
export class StringNumbers {
  private readonly numbers = new Map<string, number>();
  private readonly strings: string[] = [];

  /** The string's number, given now if it has none. */
  number(text: string): number {
    let n = this.numbers.get(text);
    if (n === undefined) {
      n = this.strings.length;
      this.numbers.set(text, n);
      this.strings.push(text);
    }
    return n;
  }

  /** The string's number if it has one. */
  get(text: string): number | undefined {
    return this.numbers.get(text);
  }

  string(n: number): string {
    return this.strings[n];
  }

  get size(): number {
    return this.strings.length;
  }
}
