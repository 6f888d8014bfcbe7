import type { JsonPointer } from '../report/types.js';
import type { BoardMatrix } from './generated/board-matrix.js';
export interface UnusedDefault {
    /** `/defaults/cmdline`, `/defaults/config/CMA`. */
    pointer: JsonPointer;
    /** The setting as written in the message: `cmdline`, `config.CMA`. */
    name: string;
    /** Who sets it instead: the presets by name, then how many boards set it themselves. */
    setBy: {
        presets: string[];
        boards: number;
    };
}
/**
 * Every `defaults` setting that no board of `boards` takes.
 *
 * @param doc - the matrix (its `defaults` and boards)
 * @param boards - indices of the boards to judge by (objects, the first of each id; valid or not, filtered out or not)
 * @param kernelsOverridden - a `--kernel` list replaces every board's kernels, `defaults.kernels` too
 * @returns nothing when no board is checked: then nothing takes anything, for another reason
 * @example
 * unusedDefaults({ version: 1, defaults: { cmdline: 'crashkernel=2G' }, boards: [{ id: 'q', extends: 'qemu-q35-x86_64' }] }, [0], false)
 * // → [{ pointer: '/defaults/cmdline', name: 'cmdline', setBy: { presets: ['qemu-q35-x86_64'], boards: 0 } }]
 */
export declare function unusedDefaults(doc: BoardMatrix, boards: readonly number[], kernelsOverridden: boolean): UnusedDefault[];
