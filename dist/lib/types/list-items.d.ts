/**
 * Empty items of a comma-separated list, as the CLI's list options and the action's list
 * inputs both refuse them: one wording for `--kernel 6.1,,6.12` and `kernel: 6.1,,6.12`.
 */
/**
 * Where the empty item at `index` of `items` sits, for a message: at the start, at the end,
 * or after the item before it.
 */
export declare function emptyItemWhere(items: readonly string[], index: number): string;
/**
 * The message for an empty item of a list option (`6.1,,6.12`, `2G,`), or undefined when no
 * item is empty: an empty item is what is left of a value that was meant to be there (an
 * unset shell variable in `6.1,$NEXT`), so it is refused rather than dropped.
 *
 * @param value - the option's value as typed
 * @param items - its items, trimmed, empty ones kept
 * @example
 * emptyItemMessage('6.1,,6.12', ['6.1', '', '6.12'], '--kernel') // → '--kernel: "6.1,,6.12" has an empty item after "6.1"'
 */
export declare function emptyItemMessage(value: string, items: readonly string[], option: string): string | undefined;
/**
 * A hint for an item that holds blanks between words (`--boards "rpi4 x86"`, `kernel: 6.12 7.2`):
 * no board id or kernel has a blank in it, so the item can only be two items separated the
 * wrong way; '' for any other item.
 *
 * @example
 * spaceSeparatedHint('rpi4 x86-server') // → '; the items of a list are separated by commas: "rpi4,x86-server"'
 */
export declare function spaceSeparatedHint(item: string): string;
/**
 * The blank-separated words of `text`, trimmed (`''` gives `['']`).
 *
 * @example
 * wordsOf(' 512M,high  128M,low ') // → ['512M,high', '128M,low']
 */
export declare function wordsOf(text: string): string[];
