/**
 * Builds a document under a size cap out of whole blocks (a table row, a code fence, a
 * `<details>` element), so truncation never leaves an open fence or tag behind. Once one
 * block does not fit, every later block is counted but dropped, and `finish()` appends a
 * note saying how many were left out and where the full report is.
 */
/** How a cap is measured: GitHub counts a job summary in bytes and a comment body in characters. */
export type Measure = (text: string) => number;
/** UTF-8 bytes. */
export declare const utf8Bytes: Measure;
/** UTF-16 code units: never fewer than the characters GitHub counts, so a safe stand-in. */
export declare const utf16Units: Measure;
export declare class BudgetedText {
    readonly cap: number;
    private readonly measure;
    private readonly reserve;
    private readonly parts;
    private used;
    private dropped;
    /**
     * @param cap - the hard limit
     * @param measure - how `cap` is counted
     * @param reserve - room kept for the truncation note
     */
    constructor(cap: number, measure: Measure, reserve?: number);
    /** Whether a block was already dropped. */
    get truncated(): boolean;
    /** What a block may still take (its trailing newline included) before the cap's reserve. */
    room(): number;
    /** Adds one block (a newline is appended); returns false when it was dropped. */
    add(block: string): boolean;
    /** The document, with `note(dropped)` appended when blocks were dropped. */
    finish(note: (dropped: number) => string): string;
}
