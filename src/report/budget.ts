// SPDX-License-Identifier: GPL-2.0-only
/**
 * Builds a document under a size cap out of whole blocks (a table row, a code fence, a
 * `<details>` element), so truncation never leaves an open fence or tag behind. Once one
 * block does not fit, every later block is counted but dropped, and `finish()` appends a
 * note saying how many were left out and where the full report is.
 */

/** How a cap is measured: GitHub counts a job summary in bytes and a comment body in characters. */
export type Measure = (text: string) => number

const encoder = new TextEncoder()

/** UTF-8 bytes. */
export const utf8Bytes: Measure = (text) => encoder.encode(text).length
/** UTF-16 code units: never fewer than the characters GitHub counts, so a safe stand-in. */
export const utf16Units: Measure = (text) => text.length

export class BudgetedText {
  private readonly parts: string[] = []
  private used = 0
  private dropped = 0

  /**
   * @param cap - the hard limit
   * @param measure - how `cap` is counted
   * @param reserve - room kept for the truncation note
   */
  constructor(
    readonly cap: number,
    private readonly measure: Measure,
    private readonly reserve = 512,
  ) {}

  /** Whether a block was already dropped. */
  get truncated(): boolean {
    return this.dropped > 0
  }

  /** What a block may still take (its trailing newline included) before the cap's reserve. */
  room(): number {
    return this.dropped > 0 ? 0 : this.cap - this.reserve - this.used
  }

  /** Adds one block (a newline is appended); returns false when it was dropped. */
  add(block: string): boolean {
    const text = `${block}\n`
    const size = this.measure(text)
    if (this.dropped > 0 || this.used + size > this.cap - this.reserve) {
      this.dropped++
      return false
    }
    this.parts.push(text)
    this.used += size
    return true
  }

  /** The document, with `note(dropped)` appended when blocks were dropped. */
  finish(note: (dropped: number) => string): string {
    if (this.dropped === 0) return this.parts.join('')
    const tail = `\n${note(this.dropped)}\n`
    // The reserve is sized for the note; cut the note itself rather than exceed the cap.
    let text = tail
    while (this.measure(text) > this.cap - this.used && text.length > 0) text = text.slice(0, -1)
    return this.parts.join('') + text
  }
}
