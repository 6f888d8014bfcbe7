/** RFC 6901 JSON Pointers on plain JSON values: read, and write (replace or add). */
import type { JsonPointer } from '../report/types.js';
/** `/boards/0/kernels/1` → ['boards', '0', 'kernels', '1'] (with ~1 → / and ~0 → ~). */
export declare function pointerSegments(pointer: JsonPointer): string[];
/** RFC 6901 §4: an array index is `0` or digits without a leading zero. */
export declare const ARRAY_INDEX: RegExp;
/** The value at `pointer` (own members and array elements only), or undefined. */
export declare function valueAt(root: unknown, pointer: JsonPointer): unknown;
/**
 * Sets the value at `pointer` in place (replacing it, or adding an object member); false when
 * the parent does not exist.
 */
export declare function setValueAt(root: unknown, pointer: JsonPointer, value: unknown): boolean;
