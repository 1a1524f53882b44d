/**
 * Random access to the lines of a long text without splitting it: line offsets are found on first use
 * (one indexOf pass, no string allocations), and a line is cut out only when asked for.
 */
export class LineTable {
  private starts: Int32Array | undefined;

  constructor(private readonly text: string) {}

  get length(): number {
    return this.offsets().length;
  }

  /** Line i, or undefined past the end. */
  get(i: number): string | undefined {
    const s = this.offsets();
    if (i < 0 || i >= s.length) return undefined;
    const end = i + 1 < s.length ? s[i + 1]! - 1 : this.text.length;
    return this.text.slice(s[i]!, end);
  }

  private offsets(): Int32Array {
    if (this.starts) return this.starts;
    let n = this.text.length > 0 ? 1 : 0;
    for (let p = this.text.indexOf('\n'); p >= 0; p = this.text.indexOf('\n', p + 1)) n++;
    const starts = new Int32Array(n);
    let k = 0;
    if (n > 0) starts[k++] = 0;
    for (let p = this.text.indexOf('\n'); p >= 0; p = this.text.indexOf('\n', p + 1)) starts[k++] = p + 1;
    return (this.starts = starts);
  }
}
