/**
 * Digits grouped in threes with commas, as en-US writes them (`8,317,962`): the counts in
 * findings (LM001's translations), the terminal drawings and the HTML report.
 *
 * Not `toLocaleString('en-US')`: its first call in a process loads ICU's number formatting,
 * about 30 ms (Node 20 on the project's machine), which was a twentieth of the action's cold
 * start when one finding counted something.
 */
/**
 * @param n - a count: a `number`, or a `bigint` of at most 64 bits (the regex backtracks over
 *   the digits, so its input is kept short: test/hostile/regex.test.ts bounds it)
 * @example
 * groupDigits(8317962n) // → '8,317,962'
 * groupDigits(1234567) // → '1,234,567'
 */
export declare function groupDigits(n: number | bigint): string;
