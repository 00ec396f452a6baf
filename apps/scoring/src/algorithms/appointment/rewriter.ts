/**
 * Text rewritten by regex passes that still knows which original characters each rewritten character
 * came from, so a phrase found in "2:30 tomorrow" can be quoted as it was said: "two thirty tomorrow".
 */
export class Rewriter {
  private current: string;
  /** For each rewritten character, where its original words start and end. */
  private readonly from: number[];
  private readonly to: number[];

  constructor(readonly original: string) {
    this.current = original;
    this.from = Array.from({ length: original.length }, (_, index) => index);
    this.to = this.from.map((index) => index + 1);
  }

  get text(): string {
    return this.current;
  }

  replace(pattern: RegExp, replacement: (match: RegExpExecArray) => string | null): this {
    const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
    const edits: { index: number; length: number; text: string }[] = [];
    for (const match of this.current.matchAll(global)) {
      const text = replacement(match);
      if (text !== null && text !== match[0]) edits.push({ index: match.index, length: match[0].length, text });
    }
    for (const edit of edits.reverse()) this.splice(edit.index, edit.length, edit.text);
    return this;
  }

  /** The original words behind characters [start, end) of the rewritten text. */
  originalOf(start: number, end: number): string {
    if (end <= start) return '';
    return this.original.slice(this.from[start], this.to[end - 1]).trim();
  }

  private splice(index: number, length: number, text: string): void {
    const from = this.from[index];
    const to = this.to[index + length - 1];
    this.current = this.current.slice(0, index) + text + this.current.slice(index + length);
    this.from.splice(index, length, ...Array<number>(text.length).fill(from));
    this.to.splice(index, length, ...Array<number>(text.length).fill(to));
  }
}
