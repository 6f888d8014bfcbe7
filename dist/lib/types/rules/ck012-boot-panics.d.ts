import type { DecodedLayout } from '../matrix/types.js';
/**
 * Where a board makes the RAM a panic lacks: the command line when the kernel parses one of
 * `params` there (mem=, memmap= with a value; not memtest=), else the first bank.
 */
export declare function ramPointer(layout: Pick<DecodedLayout, 'layout' | 'pointers'>, params: readonly string[]): string;
declare const _default: import("./define-rule.js").Rule<"nodeWithoutPgdat" | "noRealModeTrampoline" | "panicsBeforeReservation">;
export default _default;
